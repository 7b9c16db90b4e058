package org.vanban.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.tika.exception.TikaException;
import org.apache.tika.utils.XMLReaderUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Converts the runs of a DOCX that are set in a legacy Vietnamese font (.VnTime, .VnTimeH, VNI-Times) to Unicode,
 * before Tika extracts the text (Tika does not report fonts). A run's font is its own {@code w:rFonts}
 * ({@code w:hAnsi}, else {@code w:ascii}), else its character style's, else its paragraph style's, else the
 * default paragraph style's, else the document defaults'; styles inherit through {@code w:basedOn}. Fonts given
 * only as theme fonts count as Unicode fonts. The text of each such run is converted as a whole, so a VNI letter
 * and its mark byte stay together within a run. The body, headers, footers, footnotes, endnotes and comments
 * are converted; a document with no legacy font anywhere is returned untouched.
 */
final class DocxLegacyFonts {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern FONT_ATTRIBUTE = Pattern.compile("w:(?:ascii|hAnsi|cs|eastAsia|name)=\"([^\"]+)\"");
    private static final Pattern TEXT_PART = Pattern.compile(
            "word/(document|header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");

    /** What converting found: the new package (the same array when nothing changed) and the encodings met. */
    record Result(byte[] docx, String encoding) {
    }

    private DocxLegacyFonts() {
    }

    static Result convert(byte[] docx) throws IOException, TikaException, SAXException {
        Map<String, byte[]> entries = unzip(docx);
        if (!mentionsLegacyFont(entries)) {
            return new Result(docx, null);
        }
        Styles styles = entries.containsKey("word/styles.xml") ? Styles.parse(entries.get("word/styles.xml"))
                : new Styles();
        String found = null;
        boolean changed = false;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!TEXT_PART.matcher(e.getKey()).matches()) {
                continue;
            }
            Document dom = XMLReaderUtils.buildDOM(new ByteArrayInputStream(e.getValue()));
            String encoding = convertRuns(dom, styles);
            if (encoding != null) {
                found = found == null || found.equals(encoding) ? encoding : "TCVN3+VNI";
                e.setValue(serialize(dom));
                changed = true;
            }
        }
        return changed ? new Result(zip(entries), found) : new Result(docx, null);
    }

    private static boolean mentionsLegacyFont(Map<String, byte[]> entries) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith("word/") || !name.endsWith(".xml")) {
                continue;
            }
            Matcher m = FONT_ATTRIBUTE.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                if (LegacyEncoding.forFont(m.group(1)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Converts the legacy-font runs of one part; returns the encoding met, or null when none. */
    private static String convertRuns(Document dom, Styles styles) {
        NodeList runs = dom.getElementsByTagNameNS(W, "r");
        String found = null;
        for (int i = 0; i < runs.getLength(); i++) {
            Element run = (Element) runs.item(i);
            Optional<LegacyEncoding> encoding = LegacyEncoding.forFont(styles.runFont(run));
            if (encoding.isEmpty()) {
                continue;
            }
            NodeList texts = run.getElementsByTagNameNS(W, "t");
            if (texts.getLength() == 0) {
                continue;
            }
            StringBuilder glyphs = new StringBuilder();
            for (int k = 0; k < texts.getLength(); k++) {
                glyphs.append(texts.item(k).getTextContent());
            }
            texts.item(0).setTextContent(encoding.get().decodeGlyphs(glyphs));
            for (int k = 1; k < texts.getLength(); k++) {
                texts.item(k).setTextContent("");
            }
            String name = encoding.get().displayName();
            found = found == null || found.equals(name) ? name : "TCVN3+VNI";
        }
        return found;
    }

    /** The fonts of the styles, with their inheritance. */
    private static final class Styles {
        private final Map<String, String> fontOf = new HashMap<>();
        private final Map<String, String> basedOn = new HashMap<>();
        private String defaultParagraphStyle;
        private String documentDefault;

        static Styles parse(byte[] xml) throws IOException, TikaException, SAXException {
            Styles s = new Styles();
            Document dom = XMLReaderUtils.buildDOM(new ByteArrayInputStream(xml));
            Element defaults = first(dom.getDocumentElement(), "docDefaults");
            if (defaults != null) {
                s.documentDefault = font(first(first(first(defaults, "rPrDefault"), "rPr"), "rFonts"));
            }
            NodeList list = dom.getElementsByTagNameNS(W, "style");
            for (int i = 0; i < list.getLength(); i++) {
                Element style = (Element) list.item(i);
                String id = style.getAttributeNS(W, "styleId");
                String font = font(first(first(style, "rPr"), "rFonts"));
                if (font != null) {
                    s.fontOf.put(id, font);
                }
                Element parent = first(style, "basedOn");
                if (parent != null) {
                    s.basedOn.put(id, parent.getAttributeNS(W, "val"));
                }
                if ("paragraph".equals(style.getAttributeNS(W, "type"))
                        && ("1".equals(style.getAttributeNS(W, "default"))
                        || "true".equals(style.getAttributeNS(W, "default")))) {
                    s.defaultParagraphStyle = id;
                }
            }
            return s;
        }

        String runFont(Element run) {
            Element properties = first(run, "rPr");
            String own = font(first(properties, "rFonts"));
            if (own != null) {
                return own;
            }
            Element runStyle = first(properties, "rStyle");
            String font = runStyle == null ? null : styleFont(runStyle.getAttributeNS(W, "val"));
            if (font != null) {
                return font;
            }
            Element paragraph = ancestor(run, "p");
            Element paragraphStyle = paragraph == null ? null : first(first(paragraph, "pPr"), "pStyle");
            font = paragraphStyle != null ? styleFont(paragraphStyle.getAttributeNS(W, "val"))
                    : styleFont(defaultParagraphStyle);
            return font != null ? font : documentDefault;
        }

        private String styleFont(String id) {
            for (int depth = 0; id != null && depth < 20; depth++) {
                String font = fontOf.get(id);
                if (font != null) {
                    return font;
                }
                id = basedOn.get(id);
            }
            return null;
        }

        /** The font a {@code w:rFonts} names for Latin text, "" for a theme font, null when it names none. */
        private static String font(Element rFonts) {
            if (rFonts == null) {
                return null;
            }
            for (String attribute : new String[] {"hAnsi", "ascii"}) {
                String value = rFonts.getAttributeNS(W, attribute);
                if (!value.isEmpty()) {
                    return value;
                }
            }
            return rFonts.hasAttributeNS(W, "hAnsiTheme") || rFonts.hasAttributeNS(W, "asciiTheme") ? "" : null;
        }
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element ancestor(Element e, String localName) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element a && W.equals(a.getNamespaceURI()) && localName.equals(a.getLocalName())) {
                return a;
            }
        }
        return null;
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] serialize(Document dom) throws TikaException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLReaderUtils.getTransformer().transform(new DOMSource(dom), new StreamResult(out));
        } catch (TransformerException e) {
            throw new TikaException("cannot rewrite a converted part", e);
        }
        return out.toByteArray();
    }
}
