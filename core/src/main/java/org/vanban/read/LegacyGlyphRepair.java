package org.vanban.read;

import org.vanban.normalize.VietnameseSyllable;

/**
 * Finds text that a legacy font drew but that reached us as Unicode: the Windows-1252 characters of TCVN3 or VNI
 * bytes ("Hµ Néi", "Haø Noäi") in a PDF, an HTML page, a UTF-8 file or a run whose font we could not see. Line by
 * line, a line is converted when its reading in a legacy code has at least two Vietnamese words with diacritics and
 * clearly more of them than the line as it stands ({@link CharacterProfile}). A line that holds a Vietnamese letter
 * no legacy byte can stand for ("ộ", "ư") is Unicode already and is left alone.
 */
final class LegacyGlyphRepair {

    /** The text, and the legacy code found in it ("TCVN3", "VNI") or null when nothing was converted. */
    record Repaired(String text, String encoding) {
    }

    private LegacyGlyphRepair() {
    }

    static Repaired repair(String text) {
        if (!hasGlyphCandidates(text, 0, text.length())) {
            return new Repaired(text, null);
        }
        StringBuilder out = new StringBuilder(text.length());
        String found = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String converted = null;
            if (hasGlyphCandidates(text, start, end) && !hasUnicodeVietnamese(text, start, end)) {
                CharacterProfile asIs = CharacterProfile.of(line);
                CharacterProfile bestProfile = asIs;
                for (LegacyEncoding encoding : new LegacyEncoding[] {LegacyEncoding.TCVN3, LegacyEncoding.VNI}) {
                    String reading = encoding.decodeGlyphs(line);
                    if (encoding == LegacyEncoding.TCVN3) {
                        reading = LegacyEncoding.restoreTcvn3Capitals(reading);
                    }
                    CharacterProfile p = CharacterProfile.of(reading);
                    if (p.valid() >= 2 && p.valid() > p.invalid() && p.net() >= bestProfile.net() + 2) {
                        converted = reading;
                        bestProfile = p;
                        found = encoding.displayName();
                    }
                }
            }
            out.append(converted != null ? converted : line);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return new Repaired(out.toString(), found);
    }

    /** True when the range holds a Vietnamese letter no legacy font's bytes can stand for ("ộ", "ư"): Unicode. */
    private static boolean hasUnicodeVietnamese(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0xFF && LegacyEncoding.glyphByte(c) < 0 && VietnameseSyllable.isVietnameseLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the range holds a character a legacy font may have drawn a Vietnamese letter with. */
    private static boolean hasGlyphCandidates(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && LegacyEncoding.glyphByte(c) >= 0x80) {
                return true;
            }
        }
        return false;
    }
}
