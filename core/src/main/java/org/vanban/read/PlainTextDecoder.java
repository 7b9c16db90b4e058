package org.vanban.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a plain-text file whose encoding nobody declared: a byte-order mark when there is one (UTF-8, UTF-16),
 * UTF-16 without one from its zero bytes, then strict UTF-8, and otherwise the 8-bit code whose reading looks most
 * like Vietnamese ({@link CharacterProfile}) among Windows-1258, TCVN3 and VNI; Windows-1252 when none does.
 */
final class PlainTextDecoder {

    /** The text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of the text the 8-bit candidates are scored on. */
    private static final int SAMPLE_BYTES = 256 * 1024;

    private PlainTextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name());
        }
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "UTF-8");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return decodeEightBit(bytes);
    }

    /** The most Vietnamese-looking reading among the 8-bit codes. */
    static Decoded decodeEightBit(byte[] bytes) {
        int sampleLength = sampleLength(bytes);
        String best = null;
        CharacterProfile bestProfile = null;
        for (String candidate : List.of("windows-1258", "TCVN3", "VNI")) {
            CharacterProfile p = CharacterProfile.of(read(bytes, 0, sampleLength, candidate));
            if (bestProfile == null || p.net() > bestProfile.net()) {
                best = candidate;
                bestProfile = p;
            }
        }
        if (bestProfile.net() <= 0) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
        return new Decoded(read(bytes, 0, bytes.length, best), best);
    }

    static String read(byte[] bytes, int offset, int length, String encoding) {
        switch (encoding) {
            case "TCVN3":
                return LegacyEncoding.restoreTcvn3Capitals(LegacyEncoding.TCVN3.decode(bytes, offset, length));
            case "VNI":
                return LegacyEncoding.VNI.decode(bytes, offset, length);
            default:
                return new String(bytes, offset, length, Charset.forName(encoding));
        }
    }

    private static int sampleLength(byte[] bytes) {
        if (bytes.length <= SAMPLE_BYTES) {
            return bytes.length;
        }
        for (int i = SAMPLE_BYTES; i > SAMPLE_BYTES / 2; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return SAMPLE_BYTES;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text that Tika's detector calls binary: 8-bit text dense in bytes above 0x7F (TCVN3, VNI, Windows-1258), or
     * UTF-16 without a byte-order mark. Text has (almost) no control characters other than tab, line and page
     * breaks; random or binary data has one byte in eight or so.
     */
    static boolean looksLikeText(byte[] bytes) {
        if (utf16WithoutBom(bytes) != null) {
            return true;
        }
        int n = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A || b == 0x7F) {
                controls++;
            }
        }
        return controls * 200 <= n;
    }

    /**
     * UTF-16 without a byte-order mark: text in Latin letters has a zero in every other byte. Needs most of the
     * high (or low) bytes of the first 4 KB to be zero and hardly any of the others.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 6 && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 6 && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
