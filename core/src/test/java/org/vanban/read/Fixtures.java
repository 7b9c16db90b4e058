package org.vanban.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the same lines in every format the reader supports, with the project's own code: POI for DOCX, a
 * hand-built ODT package, RTF with {@code \\uN} escapes, HTML, and PDF through PDFBox with an embedded DejaVu Sans
 * (from the jasperreports-fonts test dependency, so no system font is needed).
 */
final class Fixtures {

    static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private Fixtures() {
    }

    static List<String> samplePlan() {
        try (InputStream in = Fixtures.class.getResourceAsStream("sample-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] txt(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily("Times New Roman");
                run.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX whose runs are each in their own font; each run's text is stored exactly as given. */
    static byte[] docxRuns(List<List<String[]>> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String[]> runs : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (String[] fontAndText : runs) {
                    XWPFRun run = p.createRun();
                    run.setFontFamily(fontAndText[0]);
                    run.setText(fontAndText[1]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(List<String> lines) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : lines) {
            content.append("<text:p>").append(xml(line)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] html(List<String> lines) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Kế hoạch</title></head><body>\n");
        for (String line : lines) {
            sb.append("<p>").append(xml(line)).append("</p>\n");
        }
        return sb.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RTF 1.x: ASCII only, every other character as {@code \\uN?} (N a signed 16-bit decimal). */
    static byte[] rtf(List<String> lines) {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1"
                + "{\\fonttbl{\\f0\\froman Times New Roman;}}\n\\f0\\fs26 ");
        for (String line : lines) {
            sb.append("{\\pard ");
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    sb.append('\\').append(c);
                } else if (c < 0x80) {
                    sb.append(c);
                } else {
                    sb.append("\\u").append((int) (short) c).append('?');
                }
            }
            sb.append("\\par}\n");
        }
        return sb.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream ttf = Fixtures.class.getResourceAsStream(DEJAVU)) {
                font = PDType0Font.load(doc, ttf);
            }
            int perPage = 40;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(16);
                    cs.newLineAtOffset(40, 800);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(line.replace('\t', ' ')); // a PDF has no tab glyph
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF with pages but no text: what a scanner produces, minus the image. */
    static byte[] pdfWithoutText() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 200, 100);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf(List<String> lines) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(lines));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedDocx(List<String> lines) throws Exception {
        byte[] plain = docx(lines);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
