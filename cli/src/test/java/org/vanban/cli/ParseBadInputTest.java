package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vanban parse} on bad input: one line per failed file on stderr ({@code <file>: <problem>}), no stack trace,
 * the other files still processed, exit code 2, each within 10 s and without running out of memory (surefire runs
 * with -Xmx1g).
 */
class ParseBadInputTest {

    @TempDir
    static Path dir;
    private static Path good;
    /** Each bad file and the start of the problem it must report. */
    private static final Map<Path, String> BAD = new LinkedHashMap<>();

    @BeforeAll
    static void writeFiles() throws Exception {
        good = write("good.txt", ("KẾ HOẠCH\nThực hiện công tác chuyển đổi số năm 2024\n"
                + "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n").getBytes(StandardCharsets.UTF_8));
        BAD.put(dir.resolve("missing.docx"), "file not found");
        BAD.put(write("empty.txt", new byte[0]), "file is empty");
        BAD.put(write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0}), "unrecognised or unsupported format");
        BAD.put(write("secret.pdf", encryptedPdf()), "document is encrypted");
        BAD.put(write("secret.docx", encryptedDocx()), "document is encrypted");
        byte[] docx = docx();
        BAD.put(write("truncated.docx", Arrays.copyOf(docx, docx.length / 2)), "file is corrupt or truncated");
        byte[] pdf = pdf("Ke hoach so 15/KH-UBND");
        BAD.put(write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3)), "file is corrupt or truncated");
        BAD.put(write("scan.pdf", pdf(null)), "no text layer; OCR is not supported");
        BAD.put(randomFile("random-100MB.bin", 100L << 20), "file is too large");
        Path sparse = dir.resolve("sparse-1GB.docx");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        BAD.put(sparse, "file is too large");
    }

    @Test
    @Timeout(60)
    void everyBadFileIsOneLineAndTheOthersAreStillRead() {
        List<String> args = new ArrayList<>();
        args.add("parse");
        args.add(good.toString());
        BAD.keySet().forEach(p -> args.add(p.toString()));
        args.add(good.toString());
        Result r = run(args.toArray(String[]::new));
        assertThat(r.exit).isEqualTo(2);
        List<String> lines = r.err.lines().toList();
        assertThat(lines).hasSize(BAD.size());
        int i = 0;
        for (Map.Entry<Path, String> bad : BAD.entrySet()) {
            assertThat(lines.get(i++)).startsWith(bad.getKey() + ": " + bad.getValue());
        }
        assertThat(r.err).doesNotContain("Exception", "\tat ", "Caused by");
        // The good file, before and after the bad ones, was analysed both times.
        assertThat(r.out.split("== " + good, -1)).hasSize(3);
    }

    @Test
    @Timeout(120)
    void eachBadFileFailsWithinTenSeconds() {
        for (Map.Entry<Path, String> bad : BAD.entrySet()) {
            long start = System.nanoTime();
            Result r = run("parse", "--format", "json", bad.getKey().toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(seconds).as(bad.getKey().toString()).isLessThan(10);
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).isEqualTo(bad.getKey() + ": " + r.err.substring(bad.getKey().toString().length() + 2));
            assertThat(r.err.strip()).startsWith(bad.getKey() + ": " + bad.getValue()).doesNotContain("\n");
            assertThat(r.out).isEmpty();
        }
    }

    @Test
    void limitsCanBeSetOnTheCommandLine() {
        Result r = run("parse", "--max-size", "1", BAD.keySet().stream()
                .filter(p -> p.getFileName().toString().startsWith("random")).findFirst().orElseThrow().toString());
        assertThat(r.err).contains("file is too large (100 MB; the limit is 1 MB)");
        assertThat(run("parse", "--timeout", "0", good.toString()).exit).isEqualTo(2);
    }

    @Test
    void aGoodFileExitsZero() {
        Result r = run("parse", "--format", "json", good.toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("\"docType\"");
    }

    private record Result(int exit, String out, String err) {
    }

    /** Runs the CLI; also checks that nothing (library logging) went to the process's own stdout or stderr. */
    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.PrintStream systemOut = System.out;
        java.io.PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
            exit = VanbanCli.run(args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("output outside the CLI's writers").isEmpty();
        return new Result(exit, out.toString(), err.toString());
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static Path randomFile(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return file;
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 200; i++) {
                doc.createParagraph().createRun().setText("Đoạn " + i + ": triển khai thực hiện kế hoạch năm 2024.");
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedDocx() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF with the given ASCII text, or with no text at all. */
    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (text == null) {
                    cs.addRect(50, 50, 200, 100);
                    cs.fill();
                } else {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf("Bao cao so 7/BC-UBND"));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
