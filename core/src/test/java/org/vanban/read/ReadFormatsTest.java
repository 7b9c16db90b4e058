package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.normalize.VietnameseNormalizer;

/** The same content saved in every format reads to the same normalised text (modulo whitespace). */
class ReadFormatsTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static List<String> lines;

    @TempDir
    static Path dir;

    @BeforeAll
    static void loadSample() {
        lines = Fixtures.samplePlan();
    }

    private static String comparable(String text) {
        return NORMALIZER.normalize(text).text().replaceAll("\\s+", " ").strip();
    }

    /** This package's sample, and the corpus module's sample documents when the build has them. */
    static Stream<Arguments> samples() throws Exception {
        List<Arguments> samples = new java.util.ArrayList<>();
        samples.add(Arguments.of("sample-plan", Fixtures.samplePlan()));
        String root = System.getProperty("vanban.root.dir");
        Path docs = root == null ? null : Path.of(root, "corpus", "samples", "docs");
        if (docs != null && Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    samples.add(Arguments.of(f.getFileName().toString(),
                            Files.readString(f, StandardCharsets.UTF_8).lines().toList()));
                }
            }
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFormatGivesTheSameNormalisedText(String name, List<String> sample) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plan.txt", Fixtures.txt(sample));
        files.put("plan.docx", Fixtures.docx(sample));
        files.put("plan.odt", Fixtures.odt(sample));
        files.put("plan.html", Fixtures.html(sample));
        files.put("plan.rtf", Fixtures.rtf(sample));
        files.put("plan.pdf", Fixtures.pdf(sample));
        String expected = comparable(String.join("\n", sample));
        Map<String, String> mediaTypes = Map.of("plan.txt", "text/plain",
                "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "plan.odt", "application/vnd.oasis.opendocument.text", "plan.html", "text/html",
                "plan.rtf", "application/rtf", "plan.pdf", "application/pdf");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ExtractedText read = READER.read(Fixtures.write(dir, f.getKey(), f.getValue()));
            assertThat(read.mediaType()).as(name + " " + f.getKey()).isEqualTo(mediaTypes.get(f.getKey()));
            assertThat(comparable(read.text())).as(name + " " + f.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void formatIsDetectedFromTheContentNotTheName() throws Exception {
        ExtractedText docx = READER.read(Fixtures.write(dir, "looks-like.txt", Fixtures.docx(lines)));
        assertThat(docx.mediaType()).contains("wordprocessingml");
        ExtractedText pdf = READER.read(Fixtures.write(dir, "no-extension", Fixtures.pdf(lines)));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        ExtractedText text = READER.read(Fixtures.write(dir, "fake.pdf", Fixtures.txt(lines)));
        assertThat(text.mediaType()).isEqualTo("text/plain");
        ExtractedText markdown = READER.read(Fixtures.write(dir, "plan.md",
                ("## " + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8)));
        assertThat(comparable(markdown.text())).isEqualTo(comparable("## " + String.join("\n", lines)));
    }

    @Test
    void plainTextEncodingsAreDetected() throws Exception {
        String text = String.join("\n", lines);
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        encoded.put("UTF-8", text.getBytes(StandardCharsets.UTF_8));
        encoded.put("UTF-8 BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        encoded.put("UTF-16LE", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        encoded.put("UTF-16BE", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        encoded.put("UTF-16LE no BOM", text.getBytes(StandardCharsets.UTF_16LE));
        encoded.put("windows-1258", windows1258(text));
        encoded.put("VNI", LegacyEncoding.VNI.encode(text));
        for (Map.Entry<String, byte[]> e : encoded.entrySet()) {
            ExtractedText read = READER.read(Fixtures.write(dir, "enc.txt", e.getValue()));
            assertThat(NORMALIZER.normalize(read.text()).text()).as(e.getKey())
                    .isEqualTo(NORMALIZER.normalize(text).text());
        }
    }

    @Test
    void tcvn3TextFileComesOutAsUnicode() throws Exception {
        String text = String.join("\n", lines);
        ExtractedText read = READER.read(Fixtures.write(dir, "tcvn3.txt", tcvn3TextFile(text)));
        assertThat(read.encoding()).isEqualTo("TCVN3");
        assertThat(NORMALIZER.normalize(read.text()).text()).isEqualTo(NORMALIZER.normalize(text).text());
    }

    /**
     * What a TCVN3 text file holds: the .VnTime code of each letter, and for a capital with a tone mark, which
     * only the capital fonts (.VnTimeH) draw, the code of its lower-case letter.
     */
    static byte[] tcvn3TextFile(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            String letter = String.valueOf(c);
            LegacyEncoding font = LegacyEncoding.TCVN3.canEncode(letter) ? LegacyEncoding.TCVN3
                    : LegacyEncoding.TCVN3_CAPITALS;
            out.writeBytes(font.encode(letter));
        }
        return out.toByteArray();
    }

    /** Paragraphs of runs, each {font, text as the font's glyphs}: TCVN3, its capitals, VNI and Unicode. */
    static List<List<String[]>> legacyFontParagraphs() {
        return List.of(
                List.of(new String[] {".VnTimeH", LegacyEncoding.TCVN3_CAPITALS.encodeGlyphs("CỘNG HÒA XÃ HỘI")},
                        new String[] {".VnTimeH", LegacyEncoding.TCVN3_CAPITALS.encodeGlyphs(" CHỦ NGHĨA VIỆT NAM")}),
                List.<String[]>of(new String[] {".VnTime", LegacyEncoding.TCVN3.encodeGlyphs("Độc lập - Tự do - Hạnh phúc")}),
                List.of(new String[] {".VnTime", LegacyEncoding.TCVN3.encodeGlyphs("Căn cứ Nghị định số ")},
                        new String[] {"Times New Roman", "30/2020/NĐ-CP"},
                        new String[] {"VNI-Times", LegacyEncoding.VNI.encodeGlyphs(" của Chính phủ về công tác văn thư")}),
                List.<String[]>of(new String[] {"Times New Roman", "Người ký: Nguyễn Văn Quý"}));
    }

    static final List<String> LEGACY_FONT_LINES = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư",
            "Người ký: Nguyễn Văn Quý");

    static List<String> nonBlankLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void docxWithLegacyFontRunsComesOutAsUnicode() throws Exception {
        byte[] docx = Fixtures.docxRuns(legacyFontParagraphs());
        ExtractedText read = READER.read(Fixtures.write(dir, "legacy.docx", docx));
        assertThat(nonBlankLines(read.text())).containsExactlyElementsOf(LEGACY_FONT_LINES);
        assertThat(read.encoding()).isEqualTo("TCVN3+VNI");
    }

    @Test
    void word97DocumentsRead() throws Exception {
        ExtractedText plain = READER.read(resource("sample-plan.doc"));
        assertThat(plain.mediaType()).isEqualTo("application/msword");
        assertThat(comparable(plain.text())).isEqualTo(comparable(String.join("\n", lines)));
        ExtractedText legacy = READER.read(resource("legacy-fonts.doc"));
        assertThat(nonBlankLines(legacy.text())).containsExactlyElementsOf(LEGACY_FONT_LINES);
    }

    private static Path resource(String name) throws Exception {
        try (java.io.InputStream in = ReadFormatsTest.class.getResourceAsStream(name)) {
            return Fixtures.write(dir, name, in.readAllBytes());
        }
    }

    @Test
    void legacyFontHtmlAndRtfAreRepairedLineByLine() throws Exception {
        List<String> sample = lines.subList(7, 16);
        String text = String.join("\n", sample);
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        html.writeBytes("<html><body>\n".getBytes(StandardCharsets.US_ASCII));
        for (String line : sample) {
            html.writeBytes("<p><font face=\".VnTime\">".getBytes(StandardCharsets.US_ASCII));
            html.writeBytes(tcvn3TextFile(line));
            html.writeBytes("</font></p>\n".getBytes(StandardCharsets.US_ASCII));
        }
        html.writeBytes("</body></html>\n".getBytes(StandardCharsets.US_ASCII));
        ExtractedText fromHtml = READER.read(Fixtures.write(dir, "vntime.html", html.toByteArray()));
        assertThat(comparable(fromHtml.text())).isEqualTo(comparable(text));

        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 .VnTime;}}\n");
        for (String line : sample) {
            rtf.append("{\\pard\\f0 ");
            for (byte b : tcvn3TextFile(line)) {
                int c = b & 0xFF;
                rtf.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\'%02x", c));
            }
            rtf.append("\\par}\n");
        }
        rtf.append('}');
        ExtractedText fromRtf = READER.read(Fixtures.write(dir, "vntime.rtf",
                rtf.toString().getBytes(StandardCharsets.US_ASCII)));
        assertThat(comparable(fromRtf.text())).isEqualTo(comparable(text));
        assertThat(fromRtf.encoding()).isEqualTo("TCVN3");
    }

    @Test
    void legacyGlyphsInAUnicodePdfAreRepaired() throws Exception {
        List<String> glyphLines = List.of(LegacyEncoding.TCVN3.encodeGlyphs("Hà Nội, ngày 12 tháng 9 năm 2023"),
                LegacyEncoding.TCVN3.encodeGlyphs("Căn cứ Luật Tổ chức chính quyền địa phương;"),
                "Số: 15/KH-UBND");
        ExtractedText read = READER.read(Fixtures.write(dir, "glyphs.pdf", Fixtures.pdf(glyphLines)));
        assertThat(read.text()).contains("Hà Nội, ngày 12 tháng 9 năm 2023",
                "Căn cứ Luật Tổ chức chính quyền địa phương;", "Số: 15/KH-UBND");
        assertThat(read.encoding()).isEqualTo("TCVN3");
    }

    /** Windows-1258 as Windows writes it: the letter with its vowel mark, then the tone as a combining mark. */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String tone = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    java.text.Normalizer.Form.NFC);
            out.append(base).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
