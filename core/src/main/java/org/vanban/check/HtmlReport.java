package org.vanban.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vanban.AnalyzedDocument;

/**
 * A self-contained HTML page (inline CSS, no script, no external resource) showing each document's text with every
 * finding highlighted, numbered and explained in Vietnamese and English with its suggestion and sources.
 */
public final class HtmlReport {

    /** One checked document. */
    public record Checked(AnalyzedDocument document, LocalDate asOf, List<Finding> findings) {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    private static final String CSS = """
            body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            header{background:#243b55;color:#fff;padding:14px 24px}
            header h1{margin:0;font-size:20px}
            section.doc{background:#fff;margin:18px 24px;padding:16px 20px;border-radius:6px;box-shadow:0 1px 3px #0002}
            h2{font-size:17px;margin:0 0 6px}
            .summary span{display:inline-block;margin-right:10px;padding:2px 8px;border-radius:10px;font-size:13px}
            .text{white-space:pre-wrap;line-height:1.55;border-left:3px solid #dde;padding:8px 12px;margin:12px 0;
              max-height:70vh;overflow:auto;font-size:14px}
            mark{padding:0 1px;border-radius:2px}
            mark.error{background:#ffd6d6;border-bottom:2px solid #c62828}
            mark.warning{background:#fff1c2;border-bottom:2px solid #e0a100}
            mark.info{background:#e3eefc;border-bottom:2px solid #4a7bd0}
            sup a{text-decoration:none;font-size:11px;color:#243b55;font-weight:bold}
            ol.findings{padding-left:26px}
            ol.findings li{margin:0 0 12px}
            .badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;font-weight:bold;color:#fff}
            .badge.error,.summary .error{background:#c62828;color:#fff}
            .badge.warning,.summary .warning{background:#e0a100;color:#fff}
            .badge.info,.summary .info{background:#4a7bd0;color:#fff}
            code{background:#eef0f4;padding:0 4px;border-radius:3px}
            .msg{margin:3px 0}
            .en{color:#555}
            .meta{font-size:12px;color:#555}
            .meta a{color:#2a5db0;word-break:break-all}
            """;

    private HtmlReport() {
    }

    public static String render(List<Checked> documents) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>vanban check</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>vanban check — kiểm tra trích dẫn / citation check</h1></header>\n");
        int docIndex = 0;
        for (Checked c : documents) {
            docIndex++;
            section(sb, c, "d" + docIndex);
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder sb, Checked c, String id) {
        AnalyzedDocument doc = c.document();
        sb.append("<section class=\"doc\" id=\"").append(id).append("\">\n<h2>").append(escape(doc.source()))
                .append("</h2>\n<div class=\"meta\">Ngày kiểm tra / as of: ").append(c.asOf());
        if (doc.issuedDate() != null) {
            sb.append(" · Ngày văn bản / document date: ").append(doc.issuedDate());
        }
        sb.append("</div>\n<div class=\"summary\">");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            long n = c.findings().stream().filter(f -> f.severity() == s).count();
            sb.append("<span class=\"").append(s.label()).append("\">").append(n).append(' ').append(s.label())
                    .append("</span>");
        }
        sb.append("</div>\n<div class=\"text\">");
        text(sb, doc, c.findings(), id);
        sb.append("</div>\n<ol class=\"findings\">\n");
        int n = 0;
        for (Finding f : c.findings()) {
            n++;
            sb.append("<li id=\"").append(id).append("-f").append(n).append("\"><span class=\"badge ")
                    .append(f.severity().label()).append("\">").append(f.severity().label()).append("</span> <code>")
                    .append(f.code()).append("</code> «").append(escape(f.surface())).append("»")
                    .append("<p class=\"msg\" lang=\"vi\">").append(escape(f.messageVi())).append("</p>")
                    .append("<p class=\"msg en\" lang=\"en\">").append(escape(f.messageEn())).append("</p>");
            if (f.suggestion() != null) {
                sb.append("<div class=\"meta\">Đề xuất / suggestion: <b>").append(escape(f.suggestion()))
                        .append("</b></div>");
            }
            if (f.basis() != null) {
                sb.append("<div class=\"meta\">Căn cứ / basis: ").append(escape(f.basis()));
                if (!f.sources().isEmpty()) {
                    sb.append(" (").append(f.confidence().label()).append(')');
                }
                sb.append("</div>");
            }
            for (String source : f.sources()) {
                sb.append("<div class=\"meta\">Nguồn / source: ");
                if (source.startsWith("http://") || source.startsWith("https://")) {
                    sb.append("<a href=\"").append(escape(source)).append("\">").append(escape(source)).append("</a>");
                } else {
                    sb.append(escape(source));
                }
                sb.append("</div>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</section>\n");
    }

    /** The text with each finding's span marked; overlapping spans are cut at every boundary. */
    private static void text(StringBuilder sb, AnalyzedDocument doc, List<Finding> findings, String id) {
        String text = doc.text() == null ? "" : doc.text();
        int length = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<int[]> spans = new ArrayList<>();
        for (Finding f : findings) {
            int s = clamp(charIndex(doc, f.start()), length);
            int e = clamp(charIndex(doc, f.end()), length);
            spans.add(new int[] {s, e});
            cuts.add(s);
            cuts.add(e);
        }
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                Severity top = null;
                for (int i = 0; i < findings.size(); i++) {
                    int[] span = spans.get(i);
                    if (span[0] <= previous && cut <= span[1]) {
                        Severity s = findings.get(i).severity();
                        top = top == null || s.atLeast(top) ? s : top;
                    }
                }
                String segment = escape(text.substring(previous, cut));
                if (top == null) {
                    sb.append(segment);
                } else {
                    sb.append("<mark class=\"").append(top.label()).append("\">").append(segment).append("</mark>");
                }
            }
            for (int i = 0; i < findings.size(); i++) {
                if (spans.get(i)[1] == cut && spans.get(i)[1] > spans.get(i)[0]) {
                    Finding f = findings.get(i);
                    sb.append("<sup><a href=\"#").append(id).append("-f").append(i + 1).append("\" title=\"")
                            .append(escape(f.code() + ": " + f.messageEn())).append("\">").append(i + 1)
                            .append("</a></sup>");
                }
            }
            previous = cut;
        }
    }

    private static int charIndex(AnalyzedDocument doc, int codePoint) {
        try {
            return doc.charIndex(codePoint);
        } catch (IndexOutOfBoundsException e) {
            return doc.text().length();
        }
    }

    private static int clamp(int i, int length) {
        return Math.max(0, Math.min(i, length));
    }

    private static final Map<Character, String> ENTITIES = Map.of('<', "&lt;", '>', "&gt;", '&', "&amp;", '"',
            "&quot;", '\'', "&#39;");

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String entity = ENTITIES.get(ch);
            sb.append(entity != null ? entity : ch);
        }
        return sb.toString();
    }
}
