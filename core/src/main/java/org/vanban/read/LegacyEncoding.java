package org.vanban.read;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The legacy Vietnamese font encodings: 8-bit codes in which a font, not the code page, gives the bytes their
 * Vietnamese letters. No Java library reads them; the tables ({@code tcvn3.tsv}, {@code vni.tsv}) come from the
 * published codes: TCVN 5712:1993 for TCVN3 (ABC) and VNI Software's VNI Windows code. Bytes a table does not
 * list read as Windows-1252, which is what Windows put there for the same fonts. Decoding never fails; encoding
 * writes {@code ?} for a character the code cannot hold.
 */
public enum LegacyEncoding {

    /** TCVN3 (ABC), the {@code .VnTime} family: lower-case letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ. */
    TCVN3("TCVN3", "tcvn3.tsv", false),
    /**
     * TCVN3 in the capital fonts ({@code .VnTimeH}, {@code .VnArialH}, …): the same bytes, drawn as capitals, so
     * decoding gives upper case and encoding writes a capital at its lower-case position.
     */
    TCVN3_CAPITALS("TCVN3", "tcvn3.tsv", true),
    /** VNI Windows, the {@code VNI-Times} family: a vowel is its base letter followed by a mark byte. */
    VNI("VNI", "vni.tsv", false);

    private static final List<FontRule> FONT_RULES = loadFontRules();

    private final String displayName;
    private final boolean capitals;
    private final Table table;

    LegacyEncoding(String displayName, String resource, boolean capitals) {
        this.displayName = displayName;
        this.capitals = capitals;
        this.table = Table.load(resource);
    }

    /** "TCVN3" or "VNI". */
    public String displayName() {
        return displayName;
    }

    /** The legacy encoding a font draws, from its name ({@code legacy-fonts.tsv}); empty for a Unicode font. */
    public static Optional<LegacyEncoding> forFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip();
        for (FontRule rule : FONT_RULES) {
            if (rule.pattern.matcher(name).matches()) {
                return Optional.of(rule.encoding);
            }
        }
        return Optional.empty();
    }

    /** Decodes bytes of this code to Unicode (NFC). */
    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    public String decode(byte[] bytes, int offset, int length) {
        StringBuilder sb = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (i + 1 < end) {
                String pair = table.pairs.get(b << 8 | (bytes[i + 1] & 0xFF));
                if (pair != null) {
                    sb.append(pair);
                    i++;
                    continue;
                }
            }
            sb.append(table.single[b]);
        }
        String text = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return capitals ? text.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * Decodes text that a legacy font drew: what a word processor or a PDF stores for a run in such a font is the
     * font's byte code as Windows-1252 characters ("Hµ Néi" for "Hà Nội"), or as private-use characters
     * U+F020–U+F0FF for fonts declared as symbol fonts. Characters that are neither are kept as they are.
     */
    public String decodeGlyphs(CharSequence glyphs) {
        StringBuilder out = new StringBuilder(glyphs.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (int i = 0; i < glyphs.length(); i++) {
            char c = glyphs.charAt(i);
            int b = glyphByte(c);
            if (b >= 0) {
                run.write(b);
            } else {
                flush(run, out);
                out.append(c);
            }
        }
        flush(run, out);
        return out.toString();
    }

    /** The byte a legacy font draws for a stored character, or -1 when it is not a glyph position. */
    static int glyphByte(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xF020 && c <= 0xF0FF) {
            return c - 0xF000;
        }
        Integer b = Table.WINDOWS_1252_BYTES.get(c);
        return b == null ? -1 : b;
    }

    private void flush(ByteArrayOutputStream run, StringBuilder out) {
        if (run.size() > 0) {
            out.append(decode(run.toByteArray()));
            run.reset();
        }
    }

    /**
     * Restores the capitals of TCVN3 text read without its fonts. TCVN3 has no code for a capital with a tone
     * mark: such words were typed in a capital font (.VnTimeH), which draws the lower-case codes as capitals, so
     * text read without the font has words like "CộNG" and "HOà". A word with two or more capitals whose only
     * lower-case letters are non-ASCII is put in capitals, and so is a whole line with such a word and no
     * lower-case ASCII letter ("CộNG HOà Xã HộI" becomes "CỘNG HÒA XÃ HỘI"; "Số: 36/KH" stays as it is).
     */
    static String restoreTcvn3Capitals(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String restored = restoreLine(line);
            if (!restored.equals(line) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, start);
            }
            if (out != null) {
                out.append(restored);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    private static String restoreLine(String line) {
        boolean asciiLower = false;
        int capitalWords = 0;
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            int upper = 0;
            boolean wordAsciiLower = false;
            boolean otherLower = false;
            while (i < line.length() && Character.isLetter(line.charAt(i))) {
                char d = line.charAt(i);
                upper += Character.isUpperCase(d) ? 1 : 0;
                wordAsciiLower |= d < 0x80 && Character.isLowerCase(d);
                otherLower |= d >= 0x80 && Character.isLowerCase(d);
                i++;
            }
            String word = line.substring(start, i);
            asciiLower |= wordAsciiLower;
            if (upper >= 2 && otherLower && !wordAsciiLower) {
                capitalWords++;
                out.append(word.toUpperCase(Locale.ROOT));
            } else {
                out.append(word);
            }
        }
        return capitalWords >= 1 && !asciiLower ? line.toUpperCase(Locale.ROOT) : out.toString();
    }

    /** Encodes Unicode text in this code; {@code ?} stands for a character it cannot hold. */
    public byte[] encode(String text) {
        String nfc = Normalizer.normalize(capitals ? text.toLowerCase(Locale.ROOT) : text, Normalizer.Form.NFC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() * 2);
        for (int i = 0; i < nfc.length(); i++) {
            byte[] code = table.encode.get(nfc.charAt(i));
            if (code == null) {
                out.write('?');
            } else {
                out.write(code, 0, code.length);
            }
        }
        return out.toByteArray();
    }

    /** True when every character of {@code text} has a code here (so {@link #encode} loses nothing). */
    public boolean canEncode(String text) {
        String nfc = Normalizer.normalize(capitals ? text.toLowerCase(Locale.ROOT) : text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            if (!table.encode.containsKey(nfc.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Encodes as the Windows-1252 characters a word processor stores for a run in a font of this code. */
    public String encodeGlyphs(String text) {
        return new String(encode(text), Table.WINDOWS_1252);
    }

    /** A decoding table: single bytes, two-byte sequences, and the reverse map. */
    private static final class Table {
        // Here, not in the enum: an enum's static fields are initialised after its constants.
        static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
        static final Map<Character, Integer> WINDOWS_1252_BYTES = windows1252Bytes();

        final String[] single = new String[256];
        final Map<Integer, String> pairs = new HashMap<>();
        final Map<Character, byte[]> encode = new HashMap<>();

        static Table load(String resource) {
            Table t = new Table();
            for (int b = 0; b < 256; b++) {
                t.single[b] = new String(new byte[] {(byte) b}, WINDOWS_1252);
            }
            boolean[] taken = new boolean[256];
            for (String[] row : rows(resource)) {
                String[] hex = row[0].split(" ");
                String ch = new String(Character.toChars(Integer.parseInt(row[1], 16)));
                byte[] code = new byte[hex.length];
                for (int k = 0; k < hex.length; k++) {
                    code[k] = (byte) Integer.parseInt(hex[k], 16);
                    taken[code[k] & 0xFF] |= hex.length == 1;
                }
                if (code.length == 1) {
                    t.single[code[0] & 0xFF] = ch;
                } else {
                    t.pairs.put((code[0] & 0xFF) << 8 | (code[1] & 0xFF), ch);
                }
                t.encode.put(ch.charAt(0), code);
            }
            // Every other byte stands for its Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D: themselves);
            // so does a mark byte that follows no letter.
            for (int b = 0; b < 256; b++) {
                char c = t.single[b].charAt(0);
                if (!taken[b] && !t.encode.containsKey(c)) {
                    t.encode.put(c, new byte[] {(byte) b});
                }
            }
            return t;
        }

        private static Map<Character, Integer> windows1252Bytes() {
            Map<Character, Integer> m = new HashMap<>();
            for (int b = 0x80; b < 256; b++) {
                m.put(new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0), b);
            }
            return m;
        }
    }

    private record FontRule(Pattern pattern, LegacyEncoding encoding) {
    }

    private static List<FontRule> loadFontRules() {
        List<FontRule> rules = new ArrayList<>();
        for (String[] row : rows("legacy-fonts.tsv")) {
            rules.add(new FontRule(Pattern.compile(row[0]), LegacyEncoding.valueOf(row[1])));
        }
        return List.copyOf(rules);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
