package org.vanban.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vanban.AnalyzedDocument;
import org.vanban.assign.Assignment;
import org.vanban.assign.AssignmentRole;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.deadline.Deadline;
import org.vanban.structure.Section;

/** Builds analysed documents by hand, with offsets taken from the text. */
final class TestDocuments {

    private final String source;
    private String docType;
    private LocalDate issued;
    private String issuer;
    private String title;
    private final StringBuilder text = new StringBuilder();
    private final List<Citation> citations = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private TestDocuments(String source) {
        this.source = source;
    }

    static TestDocuments doc(String source) {
        return new TestDocuments(source);
    }

    TestDocuments header(String type, LocalDate date, String issuedBy, String subject) {
        this.docType = type;
        this.issued = date;
        this.issuer = issuedBy;
        this.title = subject;
        text.append(issuedBy).append('\n').append(type).append('\n').append(subject).append('\n');
        return this;
    }

    TestDocuments text(String more) {
        text.append(more).append('\n');
        return this;
    }

    /** Appends "{@code type} {@code printed}" and records it as a citation of {@code canonical}. */
    TestDocuments cite(String type, String printed, String canonical, Integer year, String citedIssuer) {
        String surface = type + " số " + printed;
        int start = text.length();
        text.append("Căn cứ ").append(surface).append(citedIssuer == null ? "" : " của " + citedIssuer).append(";\n");
        start += "Căn cứ ".length();
        List<String> repairs = printed.equals(canonical) ? List.of() : List.of(printed + " → " + canonical);
        citations.add(new Citation(surface, start, start + surface.length(), type, printed, canonical,
                printed.replaceAll("\\D.*", ""), year, null, citedIssuer, null, CitationKeys.of(canonical, year),
                repairs));
        return this;
    }

    TestDocuments section(String label, String sectionTitle) {
        int start = text.length();
        text.append(label).append(". ").append(sectionTitle).append('\n');
        sections.add(new Section(1, label, sectionTitle, start, text.length()));
        return this;
    }

    TestDocuments assign(String who, String task, LocalDate due) {
        int start = text.length();
        String surface = "Giao " + who + " " + task + (due == null ? "" : ", hoàn thành trước ngày " + due);
        text.append(surface).append(".\n");
        assignments.add(new Assignment(who, task, AssignmentRole.LEAD, surface, start, start + surface.length()));
        if (due != null) {
            deadlines.add(new Deadline(surface, start, start + surface.length(), due, null, task, who));
        }
        return this;
    }

    AnalyzedDocument build() {
        return new AnalyzedDocument(source, docType, null, issued, null, title, issuer, null, List.of(), sections,
                citations, deadlines, assignments, List.of(), text.toString());
    }
}
