package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.vanban.SharedData;
import org.vanban.TextSpan;

/**
 * Robustness and sanity on the 559 real texts of {@code ../shared/real-corpus/docs} (Markdown conversions with
 * web debris; no gold): every file parses, every offset lies inside the text, and the parser finds the parts a
 * real legal or administrative document has in most of them. About a sixth of the files are web articles about
 * a document rather than documents, so the floors are well below 100%. Skipped when the data is absent.
 */
class RealCorpusStructureTest {

    private final RuleStructureParser parser = new RuleStructureParser();

    @Test
    void parsesEveryFileWithSaneOutput(TestReporter reporter) throws IOException {
        Path docs = SharedData.dir("real-corpus/docs");
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file);
            DocumentStructure d = parser.parse(text);
            checkOffsets(file, text, d);
            count(counts, "docType", d.docType() != null);
            count(counts, "number", d.number() != null);
            count(counts, "issuedDate", d.issuedDate() != null);
            count(counts, "place", d.place() != null);
            count(counts, "title", d.title() != null);
            count(counts, "issuer", d.issuer() != null);
            count(counts, "signer.name", d.signer() != null && d.signer().name() != null);
            count(counts, "recipients", !d.recipients().isEmpty());
            count(counts, "sections", !d.sections().isEmpty());
            count(counts, "preamble", d.preamble() != null);
            count(counts, "appendix", d.appendix() != null);
            types.merge(String.valueOf(d.docType()), 1, Integer::sum);
        }
        reporter.publishEntry("files", String.valueOf(files.size()));
        reporter.publishEntry("documents with the field", counts.toString());
        reporter.publishEntry("document types", types.toString());

        int n = files.size();
        assertThat(counts.get("docType")).as("docType found").isGreaterThan(n * 3 / 4);
        assertThat(counts.get("number")).as("number found").isGreaterThan(n * 3 / 4);
        assertThat(counts.get("title")).as("title found").isGreaterThan(n * 3 / 4);
        assertThat(counts.get("issuer")).as("issuer found").isGreaterThan(n * 3 / 4);
        assertThat(counts.get("signer.name")).as("signer name found").isGreaterThan(n * 2 / 3);
        assertThat(counts.get("sections")).as("sections found").isGreaterThan(n * 4 / 5);
    }

    private static void checkOffsets(Path file, String text, DocumentStructure d) {
        int len = text.length();
        assertThat(d.body().end()).as(file + " body").isLessThanOrEqualTo(len);
        for (TextSpan span : new TextSpan[] {d.numberSpan(), d.preamble(), d.appendix()}) {
            if (span != null) {
                assertThat(span.end()).as(file + " span").isLessThanOrEqualTo(len);
            }
        }
        if (d.numberSpan() != null) {
            assertThat(text.substring(d.numberSpan().start(), d.numberSpan().end()).replaceAll("\\s", ""))
                    .as(file + " number as printed").endsWith(d.number().substring(d.number().length() - 1));
        }
        int previous = -1;
        for (Section s : d.sections()) {
            assertThat(s.start()).as(file + " section order").isGreaterThan(previous);
            assertThat(s.end()).as(file + " section end").isBetween(s.start(), len);
            assertThat(s.title()).as(file + " section title").isNotNull();
            previous = s.start();
        }
    }

    private static void count(Map<String, Integer> counts, String field, boolean found) {
        counts.merge(field, found ? 1 : 0, Integer::sum);
    }
}
