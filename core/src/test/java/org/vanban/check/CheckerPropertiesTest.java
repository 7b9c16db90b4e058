package org.vanban.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.Registry;
import org.vanban.registry.Symbols;

class CheckerPropertiesTest {

    private static final Registry REGISTRY = Docs.registry();
    private static final Checker CHECKER = Checker.of(REGISTRY, Docs.units());
    private static final List<Instrument> ENTRIES = List.copyOf(REGISTRY.instruments());

    /** A document citing registry entries (sometimes without year or with a wrong date) among filler text. */
    @Provide
    Arbitrary<AnalyzedDocument> documents() {
        Arbitrary<int[]> picks = Arbitraries.integers().between(0, ENTRIES.size() - 1).list().ofMinSize(1).ofMaxSize(12)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        Arbitrary<Integer> flavour = Arbitraries.integers().between(0, 3);
        Arbitrary<String> filler = Arbitraries.of(" Căn cứ ", "; ", ".\n", " và UBND huyện Tân Hồng ", " UBND tỉnh Kon Tum ",
                "\uD83D\uDE00 ");
        return Combinators.combine(picks, flavour, filler.list().ofSize(12)).as((p, f, fill) -> {
            StringBuilder sb = new StringBuilder("KẾ HOẠCH\n");
            List<Citation> cites = new ArrayList<>();
            for (int k = 0; k < p.length; k++) {
                sb.append(fill.get(k));
                Instrument i = ENTRIES.get(p[k]);
                String canonical = i.symbol() != null ? i.symbol() : i.key();
                LocalDate date = f == 1 || i.issued() == null ? null : f == 2 ? i.issued().plusDays(3) : i.issued();
                Integer year = Symbols.yearInSymbol(canonical);
                if (year == null && date != null) {
                    year = date.getYear();
                }
                String surface = (i.type() == null ? "Văn bản" : i.type()) + " số " + canonical;
                int start = sb.codePointCount(0, sb.length());
                sb.append(surface);
                cites.add(new Citation(surface, start, start + surface.codePointCount(0, surface.length()), i.type(),
                        i.symbol(), canonical, null, year, date, i.issuer(), null, CitationKeys.of(canonical, year),
                        List.of()));
            }
            return new AnalyzedDocument("p", null, null, null, null, null, null, null, List.of(), List.of(), cites,
                    List.of(), List.of(), List.of(), sb.toString());
        });
    }

    @Property(tries = 300)
    void findingsAreWellFormedAndOnlySourcedFactsGiveErrors(@ForAll("documents") AnalyzedDocument doc,
            @ForAll @IntRange(min = 0, max = 6000) int days) {
        LocalDate asOf = LocalDate.of(2010, 1, 1).plusDays(days);
        int length = doc.text().codePointCount(0, doc.text().length());
        for (Finding f : CHECKER.check(doc, asOf)) {
            assertThat(f.start()).isBetween(0, f.end());
            assertThat(f.end()).isLessThanOrEqualTo(length);
            assertThat(f.messageVi()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.basis()).isNotBlank();
            if (f.code() == FindingCode.SUPERSEDED || f.code() == FindingCode.EXPIRED
                    || f.code() == FindingCode.PARTLY_EXPIRED || f.code() == FindingCode.DEFUNCT_UNIT) {
                assertThat(f.sources()).as(f.basis()).isNotEmpty();
            }
            if (f.severity() == Severity.ERROR) {
                assertThat(f.confidence()).as(f.basis()).isEqualTo(Confidence.SOURCED);
            }
            if (f.confidence() == Confidence.UNVERIFIED) {
                assertThat(f.messageEn()).contains("Unverified");
                assertThat(f.severity()).isLessThan(f.code().severity().compareTo(Severity.INFO) > 0
                        ? f.code().severity() : Severity.ERROR);
            }
        }
    }

    @Property(tries = 300)
    void arbitraryTextNeverBreaksTheUnitMatcher(@ForAll @StringLength(max = 300) String junk) {
        String text = junk + " UBND huyện " + junk + " Phòng " + junk;
        AnalyzedDocument doc = new AnalyzedDocument("j", null, null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), text);
        assertThat(CHECKER.check(doc, LocalDate.of(2026, 1, 1))).allSatisfy(f ->
                assertThat(f.end()).isLessThanOrEqualTo(text.codePointCount(0, text.length())));
    }

    @Test
    void concurrentChecksAgree() throws Exception {
        AnalyzedDocument doc = documents().sample();
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        List<Finding> expected = CHECKER.check(doc, asOf);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> CHECKER.check(doc, asOf)));
            }
            for (Future<List<Finding>> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
