package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.normalize.VietnameseNormalizer;

/**
 * The character profile tells UTF-8, Windows-1258, TCVN3 and VNI apart on many real texts: the real corpus (when
 * shared/ is present) and this project's own sample, each encoded by this project's encoders and decoded blind.
 */
class EncodingDetectionTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final int MAX_CHARS = 6000;

    static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(String.join("\n", Fixtures.samplePlan()));
        String shared = System.getProperty("vanban.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "real-corpus", "docs");
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    int cut = text.length() <= MAX_CHARS ? text.length() : text.lastIndexOf('\n', MAX_CHARS);
                    texts.add(text.substring(0, Math.max(cut, Math.min(text.length(), MAX_CHARS))));
                }
            }
        }
        return texts;
    }

    @Test
    void detectsEveryEncodingOnEveryText() throws IOException {
        List<String> texts = texts();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        Charset windows1258 = Charset.forName("windows-1258");
        for (String text : texts) {
            if (text.chars().noneMatch(c -> c > 0x7F)) {
                continue;
            }
            checked++;
            expect(failures, text, "UTF-8", text.getBytes(StandardCharsets.UTF_8), text, false);
            byte[] cp1258 = ReadFormatsTest.windows1258(text);
            expect(failures, text, "windows-1258", cp1258, new String(cp1258, windows1258), false);
            expect(failures, text, "VNI", LegacyEncoding.VNI.encode(text),
                    representable(text, LegacyEncoding.VNI::canEncode), false);
            // A text file has no fonts: TCVN3 cannot always tell a title-case capital with a tone mark ("Ủy")
            // from its lower-case letter, so TCVN3 is compared ignoring case.
            expect(failures, text, "TCVN3", ReadFormatsTest.tcvn3TextFile(text),
                    representable(text, c -> LegacyEncoding.TCVN3.canEncode(c)
                            || LegacyEncoding.TCVN3_CAPITALS.canEncode(c)), true);
        }
        System.out.printf(Locale.ROOT, "encoding detection: %d texts x 4 encodings, %d wrong%n", checked,
                failures.size());
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(0);
    }

    private static void expect(List<String> failures, String original, String encoding, byte[] bytes,
            String expected, boolean ignoreCase) {
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
        String got = NORMALIZER.normalize(decoded.text()).text();
        String want = NORMALIZER.normalize(expected).text();
        if (ignoreCase) {
            got = got.toLowerCase(Locale.ROOT);
            want = want.toLowerCase(Locale.ROOT);
        }
        if (!decoded.encoding().equals(encoding) || !got.equals(want)) {
            failures.add(encoding + " read as " + decoded.encoding() + ": "
                    + original.substring(0, Math.min(60, original.length())).replace('\n', ' '));
        }
    }

    /** The text as the encoding can hold it: other characters become "?". */
    private static String representable(String text, java.util.function.Predicate<String> canEncode) {
        StringBuilder sb = new StringBuilder();
        java.util.Map<Integer, Boolean> known = new java.util.HashMap<>();
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            sb.append(known.computeIfAbsent(cp, k -> canEncode.test(c)) ? c : "?");
        });
        return sb.toString();
    }

    @Test
    void unicodeTextIsNeverTakenForLegacyGlyphs() throws IOException {
        int changed = 0;
        for (String text : texts()) {
            changed += LegacyGlyphRepair.repair(text).encoding() == null ? 0 : 1;
        }
        assertThat(changed).isZero();
    }

    @Test
    void legacyGlyphsInUnicodeTextAreFoundLineByLine() throws IOException {
        int lines = 0;
        int repaired = 0;
        for (String text : texts()) {
            for (String line : text.split("\n")) {
                if (CharacterProfile.of(line).valid() < 2 || !LegacyEncoding.TCVN3.canEncode(line.toLowerCase())
                        || !LegacyEncoding.VNI.canEncode(line)) {
                    continue;
                }
                for (LegacyEncoding encoding : new LegacyEncoding[] {LegacyEncoding.TCVN3, LegacyEncoding.VNI}) {
                    String glyphs = encoding == LegacyEncoding.TCVN3
                            ? new String(ReadFormatsTest.tcvn3TextFile(line), Charset.forName("windows-1252"))
                            : encoding.encodeGlyphs(line);
                    lines++;
                    String back = LegacyGlyphRepair.repair(glyphs).text();
                    repaired += back.toLowerCase(Locale.ROOT).equals(line.toLowerCase(Locale.ROOT)) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "glyph repair: %d of %d lines (%.2f%%)%n", repaired, lines,
                100.0 * repaired / lines);
        assertThat(repaired).isGreaterThanOrEqualTo(lines * 99 / 100);
    }

    @Test
    void sharedCorpusIsUsedWhenPresent() throws IOException {
        String shared = System.getProperty("vanban.shared.dir");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "real-corpus", "docs")),
                "shared/real-corpus absent: detection checked on the project's own sample only");
        assertThat(texts()).hasSizeGreaterThan(500);
    }
}
