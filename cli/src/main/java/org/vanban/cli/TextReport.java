package org.vanban.cli;

import java.util.List;
import org.vanban.AnalyzedDocument;
import org.vanban.check.Finding;
import org.vanban.check.HtmlReport;
import org.vanban.check.Severity;

/** The readable report of {@code vanban check}: each finding with its line, a caret under the span, and why. */
final class TextReport {

    private static final int WINDOW = 110;
    private static final int MAX_SOURCES = 2;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private TextReport() {
    }

    static String render(List<HtmlReport.Checked> checked, boolean colour) {
        StringBuilder sb = new StringBuilder();
        for (HtmlReport.Checked c : checked) {
            AnalyzedDocument doc = c.document();
            long errors = count(c, Severity.ERROR);
            long warnings = count(c, Severity.WARNING);
            long infos = count(c, Severity.INFO);
            sb.append(paint(colour, BOLD, "== " + doc.source())).append("  (as of ").append(c.asOf())
                    .append(doc.issuedDate() == null ? ", the document has no date" : "")
                    .append("): ").append(errors).append(" error(s), ").append(warnings).append(" warning(s), ")
                    .append(infos).append(" info\n");
            for (Finding f : c.findings()) {
                finding(sb, doc, f, colour);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static long count(HtmlReport.Checked c, Severity s) {
        return c.findings().stream().filter(f -> f.severity() == s).count();
    }

    private static void finding(StringBuilder sb, AnalyzedDocument doc, Finding f, boolean colour) {
        String text = doc.text() == null ? "" : doc.text();
        int start = Math.min(doc.charIndex(f.start()), text.length());
        int end = Math.min(doc.charIndex(f.end()), text.length());
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int lineNo = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                lineNo++;
            }
        }
        int column = start - lineStart + 1;
        sb.append(doc.source()).append(':').append(lineNo).append(':').append(column).append(": ")
                .append(paint(colour, colourOf(f.severity()), f.severity().label())).append(' ')
                .append(paint(colour, BOLD, f.code().name())).append(": ").append(f.messageVi()).append('\n');
        int from = Math.max(lineStart, start - WINDOW / 3);
        int to = Math.min(lineEnd, Math.max(end, from + WINDOW));
        int markEnd = Math.min(end, to);
        String prefix = (from > lineStart ? "…" : "");
        String gutter = String.format("%6d | ", lineNo);
        sb.append(gutter).append(prefix).append(text, from, start)
                .append(paint(colour, colourOf(f.severity()) + BOLD, text.substring(start, markEnd)))
                .append(text, markEnd, to).append(to < lineEnd ? "…" : "").append('\n');
        sb.append(" ".repeat(gutter.length() - 2)).append("| ").append(" ".repeat(prefix.length() + (start - from)))
                .append(paint(colour, colourOf(f.severity()), "^".repeat(Math.max(1, markEnd - start)))).append('\n');
        sb.append("       ").append(paint(colour, DIM, "en: " + f.messageEn())).append('\n');
        if (f.suggestion() != null) {
            sb.append("       → ").append(f.suggestion()).append('\n');
        }
        if (f.basis() != null) {
            sb.append("       ").append(paint(colour, DIM, "basis: " + f.basis())).append('\n');
        }
        int shown = 0;
        for (String source : f.sources()) {
            if (shown++ == MAX_SOURCES) {
                sb.append("       ").append(paint(colour, DIM, "(+" + (f.sources().size() - MAX_SOURCES)
                        + " more sources: --format json or html lists them all)")).append('\n');
                break;
            }
            sb.append("       ").append(paint(colour, DIM, "source: " + source)).append('\n');
        }
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private static String paint(boolean colour, String code, String s) {
        return colour ? code + s + RESET : s;
    }
}
