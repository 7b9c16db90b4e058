package org.vanban.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The default reader: the formats through a deliberate set of Apache Tika parsers, the plain-text encodings and
 * the legacy Vietnamese font encodings through this package's own code. The format is detected from the content
 * alone (Tika's magic and container detectors; the file name is not consulted). Every read runs on a small pool of worker threads under the {@link ReadLimits}.
 *
 * <p>Thread-safe: build one and use it from many threads. Its worker threads are daemons that end when idle.
 */
public final class TikaDocumentReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(TikaDocumentReader.class);

    private static final Set<String> WORD_OOXML = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12");
    private static final Set<String> ODF_TEXT = Set.of(
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template");
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> ENCRYPTED_CONTAINERS = Set.of(
            "application/x-tika-ooxml-protected", "application/x-tika-ooxml-encrypted");
    private static final String MS_WORD = "application/msword";
    private static final String PDF = "application/pdf";
    private static final String RTF = "application/rtf";

    private final ReadLimits limits;
    private final Detector detector;
    private final Parser ooxml;
    private final Parser word97;
    private final Parser odf;
    private final Parser rtf;
    private final Parser pdf;
    private final Parser html;
    private final ThreadPoolExecutor workers;

    public TikaDocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public TikaDocumentReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
        this.detector = new CompositeDetector(mimeTypes.getMediaTypeRegistry(), List.of(
                new POIFSContainerDetector(),
                new DefaultZipContainerDetector(List.of(new OPCPackageDetector(), new OpenDocumentDetector())),
                mimeTypes));
        this.ooxml = new OOXMLParser();
        this.word97 = new OfficeParser();
        this.odf = new OpenDocumentParser();
        this.rtf = new RTFParser();
        this.pdf = new PDFParser();
        this.html = new JSoupParser(new HtmlEncoding());
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads());
        this.workers.allowCoreThreadTimeOut(true);
    }

    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ExtractedText read(Path file) throws ReadException {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new ReadException(source, ReadProblem.NOT_FOUND, null);
        }
        if (Files.isDirectory(file)) {
            throw new ReadException(source, ReadProblem.NOT_READABLE, "a directory");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReadException(source, ReadProblem.NOT_READABLE, null, e);
        }
        checkSize(size, source);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
        } catch (NoSuchFileException e) {
            throw new ReadException(source, ReadProblem.NOT_FOUND, null);
        } catch (AccessDeniedException e) {
            throw new ReadException(source, ReadProblem.NOT_READABLE, "permission denied");
        } catch (IOException e) {
            throw new ReadException(source, ReadProblem.IO_ERROR, oneLine(e.getMessage()), e);
        }
        checkSize(bytes.length, source);
        return readBytes(bytes, source);
    }

    @Override
    public ExtractedText read(InputStream content, String sourceName) throws ReadException {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
        } catch (IOException e) {
            throw new ReadException(sourceName, ReadProblem.IO_ERROR, oneLine(e.getMessage()), e);
        }
        checkSize(bytes.length, sourceName);
        return readBytes(bytes, sourceName);
    }

    private void checkSize(long size, String source) throws ReadException {
        if (size == 0) {
            throw new ReadException(source, ReadProblem.EMPTY, null);
        }
        if (size > limits.maxInputBytes()) {
            throw new ReadException(source, ReadProblem.TOO_LARGE,
                    Sizes.describe(size) + "; the limit is " + Sizes.describe(limits.maxInputBytes()));
        }
    }

    /** Runs the extraction on a worker and waits for it no longer than the time limit. */
    private ExtractedText readBytes(byte[] bytes, String source) throws ReadException {
        ReadBudget budget = new ReadBudget(limits);
        Future<ExtractedText> result;
        try {
            result = workers.submit(() -> extract(bytes, source, budget));
        } catch (RejectedExecutionException e) {
            throw new ReadException(source, ReadProblem.IO_ERROR, "reader is shut down");
        }
        try {
            return result.get(Math.max(1, budget.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            budget.abandon();
            result.cancel(true);
            throw new ReadException(source, ReadProblem.TIMEOUT, "after " + limits.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            budget.abandon();
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException(source, ReadProblem.IO_ERROR, "interrupted");
        } catch (ExecutionException e) {
            throw classify(e.getCause(), source);
        }
    }

    private ExtractedText extract(byte[] bytes, String source, ReadBudget budget) throws Exception {
        String type = detect(bytes, source);
        LOG.debug("{}: detected {}", source, type);
        if (type.startsWith("text/") && !HTML.contains(type) && !type.equals("text/xml")) {
            return plainText(bytes, source);
        }
        if (type.equals(MimeTypes.OCTET_STREAM) && PlainTextDecoder.looksLikeText(bytes)) {
            return plainText(bytes, source);
        }
        if (ENCRYPTED_CONTAINERS.contains(type)) {
            throw new ReadException(source, ReadProblem.ENCRYPTED, null);
        }
        if (WORD_OOXML.contains(type)) {
            ZipGuard.check(bytes, limits, budget, source);
            DocxLegacyFonts.Result converted = DocxLegacyFonts.convert(bytes);
            return repaired(parse(ooxml, converted.docx(), type, budget), type, converted.encoding(), source);
        }
        if (ODF_TEXT.contains(type)) {
            ZipGuard.check(bytes, limits, budget, source);
            return repaired(parse(odf, bytes, type, budget), type, null, source);
        }
        if (type.equals(MS_WORD)) {
            return word97(bytes, source, budget);
        }
        if (type.equals(RTF)) {
            return repaired(parse(rtf, bytes, type, budget), type, null, source);
        }
        if (type.equals(PDF)) {
            String text = parse(pdf, bytes, type, budget);
            if (text.isBlank()) {
                throw new ReadException(source, ReadProblem.NO_TEXT_LAYER, null);
            }
            return repaired(text, type, null, source);
        }
        if (HTML.contains(type)) {
            return repaired(parse(html, bytes, type, budget), type, null, source);
        }
        throw new ReadException(source, ReadProblem.UNSUPPORTED_FORMAT, describeType(type));
    }

    private String detect(byte[] bytes, String source) throws IOException {
        // No file name: the content alone decides (a zip named .docx is a zip; Markdown is plain text).
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (RuntimeException e) {
            LOG.debug("{}: detection failed", source, e);
            return MimeTypes.OCTET_STREAM;
        }
    }

    private ExtractedText plainText(byte[] bytes, String source) throws ReadException {
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
        checkText(decoded.text(), source);
        String encoding = decoded.encoding();
        if (encoding.startsWith("UTF")) {
            LegacyGlyphRepair.Repaired repaired = LegacyGlyphRepair.repair(decoded.text());
            if (repaired.encoding() != null) {
                return new ExtractedText(repaired.text(), "text/plain", encoding + "/" + repaired.encoding());
            }
        }
        return new ExtractedText(decoded.text(), "text/plain", encoding);
    }

    private ExtractedText word97(byte[] bytes, String source, ReadBudget budget) throws Exception {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ReadException(source, ReadProblem.ENCRYPTED, null);
        } catch (IOException | RuntimeException e) {
            // Not a Word 97 file HWPF can open (Word 6/95, damaged): let Tika's parser try and say why.
            return repaired(parse(word97, bytes, MS_WORD, budget), MS_WORD, null, source);
        }
        if (DocLegacyFonts.usesLegacyFonts(doc)) {
            String text = DocLegacyFonts.read(doc, budget);
            return repaired(text, MS_WORD, "TCVN3/VNI fonts", source);
        }
        return repaired(parse(word97, bytes, MS_WORD, budget), MS_WORD, null, source);
    }

    private ExtractedText repaired(String text, String type, String fontEncoding, String source)
            throws ReadException {
        checkText(text, source);
        LegacyGlyphRepair.Repaired repaired = LegacyGlyphRepair.repair(text);
        String encoding = fontEncoding != null ? fontEncoding : repaired.encoding();
        return new ExtractedText(repaired.text(), type, encoding);
    }

    private void checkText(String text, String source) throws ReadException {
        if (text.length() > limits.maxTextChars()) {
            throw new ReadException(source, ReadProblem.TEXT_TOO_LARGE,
                    "more than " + limits.maxTextChars() + " characters");
        }
    }

    /** Parses with one Tika parser; embedded documents are not parsed. */
    private String parse(Parser parser, byte[] bytes, String type, ReadBudget budget)
            throws IOException, SAXException, TikaException {
        TextCollector collector = new TextCollector(budget);
        ContentHandler handler = new BodyContentHandler(collector);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        context.set(Parser.class, parser);
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setExtractInlineImages(false);
        pdfConfig.setExtractAnnotationText(false);
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdfConfig);
        OfficeParserConfig officeConfig = new OfficeParserConfig();
        officeConfig.setExtractMacros(false);
        officeConfig.setIncludeDeletedContent(false);
        officeConfig.setIncludeMoveFromContent(false);
        officeConfig.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, officeConfig);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        }
        return collector.text();
    }

    /** Maps what went wrong in a worker to a one-line problem. */
    private static ReadException classify(Throwable failure, String source) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReadException e) {
                return e;
            }
            if (t instanceof ReadBudget.Exceeded e) {
                return new ReadException(source, e.problem(), null);
            }
            // Tika reports a PDF's InvalidPasswordException and POI's decryption failures this way.
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new ReadException(source, ReadProblem.ENCRYPTED, null);
            }
            if (t instanceof OutOfMemoryError) {
                return new ReadException(source, ReadProblem.TOO_LARGE, "not enough memory to read it");
            }
        }
        LOG.debug("{}: cannot be read", source, failure);
        if (failure instanceof org.apache.tika.exception.UnsupportedFormatException) {
            return new ReadException(source, ReadProblem.UNSUPPORTED_FORMAT, oneLine(failure.getMessage()), failure);
        }
        return new ReadException(source, ReadProblem.CORRUPT, oneLine(rootMessage(failure)), failure);
    }

    private static String rootMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    /** A message fit for one line: first line only, no class names, at most 120 characters. */
    static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        String line = message.strip().split("\\R", 2)[0].replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
        line = line.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    private static String describeType(String type) {
        return type.equals(MimeTypes.OCTET_STREAM) ? "binary data of no known format" : type;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vanban-read-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Embedded documents (OLE objects, attachments, images) are skipped: no zip inside a zip is unpacked. */
    private enum NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TikaDocumentReader[%s]", limits);
    }
}
