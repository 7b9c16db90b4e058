package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ReadErrorsTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private final List<String> lines = Fixtures.samplePlan();

    @TempDir
    Path dir;

    private void assertProblem(Path file, ReadProblem problem) {
        assertProblem(READER, file, problem);
    }

    private static void assertProblem(TikaDocumentReader reader, Path file, ReadProblem problem) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ReadException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).startsWith(problem.message()).doesNotContain("\n");
            assertThat(e.source()).isEqualTo(file.toString());
        });
    }

    @Test
    void missingEmptyAndDirectory() throws Exception {
        assertProblem(dir.resolve("nothing-here.docx"), ReadProblem.NOT_FOUND);
        assertProblem(Fixtures.write(dir, "empty.txt", new byte[0]), ReadProblem.EMPTY);
        assertProblem(dir, ReadProblem.NOT_READABLE);
    }

    @Test
    void unsupportedFormats() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertProblem(Fixtures.write(dir, "scan.png", png), ReadProblem.UNSUPPORTED_FORMAT);
        byte[] random = new byte[100_000];
        new Random(7).nextBytes(random);
        assertProblem(Fixtures.write(dir, "random.docx", random), ReadProblem.UNSUPPORTED_FORMAT);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("just a zip".getBytes());
        }
        assertProblem(Fixtures.write(dir, "archive.docx", zip.toByteArray()), ReadProblem.UNSUPPORTED_FORMAT);
    }

    @Test
    void encryptedDocuments() throws Exception {
        assertProblem(Fixtures.write(dir, "secret.pdf", Fixtures.encryptedPdf(lines)), ReadProblem.ENCRYPTED);
        assertProblem(Fixtures.write(dir, "secret.docx", Fixtures.encryptedDocx(lines)), ReadProblem.ENCRYPTED);
    }

    @Test
    void corruptAndTruncatedFiles() throws Exception {
        byte[] docx = Fixtures.docx(lines);
        assertProblem(Fixtures.write(dir, "cut.docx", Arrays.copyOf(docx, docx.length / 2)), ReadProblem.CORRUPT);
        byte[] pdf = Fixtures.pdf(lines);
        assertProblem(Fixtures.write(dir, "cut.pdf", Arrays.copyOf(pdf, 600)), ReadProblem.CORRUPT);
        byte[] odt = Fixtures.odt(lines);
        assertProblem(Fixtures.write(dir, "cut.odt", Arrays.copyOf(odt, odt.length - 80)), ReadProblem.CORRUPT);
    }

    @Test
    void pdfWithoutTextLayer() throws Exception {
        assertProblem(Fixtures.write(dir, "scan.pdf", Fixtures.pdfWithoutText()), ReadProblem.NO_TEXT_LAYER);
        assertThatThrownBy(() -> READER.read(dir.resolve("scan.pdf")))
                .hasMessage("no text layer; OCR is not supported");
    }

    @Test
    void limits() throws Exception {
        Path txt = Fixtures.write(dir, "plan.txt", Fixtures.txt(lines));
        assertProblem(new TikaDocumentReader(ReadLimits.DEFAULT.withMaxInputBytes(100)), txt, ReadProblem.TOO_LARGE);
        assertProblem(new TikaDocumentReader(ReadLimits.DEFAULT.withMaxTextChars(100)), txt,
                ReadProblem.TEXT_TOO_LARGE);
        Path docx = Fixtures.write(dir, "plan.docx", Fixtures.docx(lines));
        assertProblem(new TikaDocumentReader(ReadLimits.DEFAULT.withMaxTextChars(100)), docx,
                ReadProblem.TEXT_TOO_LARGE);
        Path pdf = Fixtures.write(dir, "plan.pdf", Fixtures.pdf(lines));
        assertProblem(new TikaDocumentReader(ReadLimits.DEFAULT.withTimeout(Duration.ofNanos(1))), pdf,
                ReadProblem.TIMEOUT);
    }

    @Test
    void zipBombIsRefusedBeforeParsing() throws Exception {
        // A DOCX whose document.xml expands from about 1 MB to 1 GB of spaces.
        byte[] docx = Fixtures.docx(lines);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb);
                java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                        new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                out.write(content);
                if (e.getName().equals("word/document.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 1024; i++) {
                        out.write(spaces);
                    }
                }
                out.closeEntry();
            }
        }
        Path file = Fixtures.write(dir, "bomb.docx", bomb.toByteArray());
        assertThat(Files.size(file)).isLessThan(5L << 20);
        assertProblem(file, ReadProblem.ZIP_BOMB);
    }

    @Test
    @Timeout(30)
    void hundredMegabytesOfRandomBytesUnderARaisedLimitAreRefusedQuickly() throws Exception {
        Path file = dir.resolve("random.bin");
        Random random = new Random(1);
        byte[] block = new byte[1 << 20];
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 100; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        TikaDocumentReader roomy = new TikaDocumentReader(ReadLimits.DEFAULT.withMaxInputBytes(256L << 20));
        long start = System.nanoTime();
        assertProblem(roomy, file, ReadProblem.UNSUPPORTED_FORMAT);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void aStreamIsReadLikeAFile() throws Exception {
        ExtractedText read = READER.read(new java.io.ByteArrayInputStream(Fixtures.docx(lines)), "upload");
        assertThat(read.text()).contains("Nguyễn Văn Quý");
        assertThatThrownBy(() -> READER.read(new java.io.ByteArrayInputStream(new byte[0]), "upload"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problem()).isEqualTo(ReadProblem.EMPTY));
    }
}
