package org.vanban.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.Ffn;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads a Word 97–2003 (.doc) document whose runs use a legacy Vietnamese font, converting each run by its font:
 * Tika's extractor does not report fonts, so for such documents the main text, footnotes and endnotes are read
 * here, run by run, with POI's HWPF. Field codes are dropped (their results kept), paragraph, line and cell ends
 * become line breaks.
 */
final class DocLegacyFonts {

    private DocLegacyFonts() {
    }

    /** True when the document's font table names a legacy font. */
    static boolean usesLegacyFonts(HWPFDocument doc) {
        Ffn[] fonts = doc.getFontTable().getFontNames();
        if (fonts == null) {
            return false;
        }
        for (Ffn font : fonts) {
            if (font != null && LegacyEncoding.forFont(font.getMainFontName()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The text, each legacy-font run converted. */
    static String read(HWPFDocument doc, ReadBudget budget) throws ReadBudget.Exceeded {
        StringBuilder out = new StringBuilder();
        for (Range range : new Range[] {doc.getRange(), doc.getFootnoteRange(), doc.getEndnoteRange()}) {
            if (range == null) {
                continue;
            }
            appendRange(range, out, budget);
        }
        return out.toString();
    }

    private static void appendRange(Range range, StringBuilder out, ReadBudget budget) throws ReadBudget.Exceeded {
        // Fields nest; text is shown only when no enclosing field is in its code part.
        Deque<Boolean> fields = new ArrayDeque<>();
        int inCode = 0;
        for (int i = 0; i < range.numCharacterRuns(); i++) {
            CharacterRun run = range.getCharacterRun(i);
            String text = run.text();
            Optional<LegacyEncoding> encoding = LegacyEncoding.forFont(run.getFontName());
            StringBuilder kept = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                switch (c) {
                    case '\u0013': // field begin: its code follows
                        fields.push(Boolean.TRUE);
                        inCode++;
                        break;
                    case '\u0014': // field separator: its result follows
                        if (!fields.isEmpty() && fields.peek()) {
                            fields.pop();
                            fields.push(Boolean.FALSE);
                            inCode--;
                        }
                        break;
                    case '\u0015': // field end
                        if (!fields.isEmpty() && fields.pop()) {
                            inCode--;
                        }
                        break;
                    case '\r':
                    case '\u000B':
                    case '\u000C':
                    case '\u0007':
                        if (inCode == 0) {
                            kept.append('\n');
                        }
                        break;
                    default:
                        if (inCode == 0 && (c >= ' ' || c == '\t')) {
                            kept.append(c);
                        }
                }
            }
            out.append(encoding.isPresent() ? encoding.get().decodeGlyphs(kept) : kept);
            budget.check(out.length());
        }
    }
}
