package org.vanban.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vanban.search.TestDocuments.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.AnalyzedDocument;
import org.vanban.index.DocumentIndex;

class DocumentSearchTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;
    static DocumentSearcher searcher;

    static final LocalDate D2022 = LocalDate.of(2022, 3, 15);
    static final LocalDate D2023 = LocalDate.of(2023, 6, 1);
    static final LocalDate D2024 = LocalDate.of(2024, 1, 10);

    @BeforeAll
    static void build() throws IOException {
        index = DocumentIndex.open(dir.resolve("idx"));
        List<AnalyzedDocument> docs = List.of(
                doc("dan-chu.txt").header("KẾ HOẠCH", D2022, "UBND huyện Tân Hồng",
                                "Thực hiện dân chủ ở cơ sở năm 2022")
                        .cite("Nghị định", "04/2015/NĐ-CP", "04/2015/NĐ-CP", 2015, "Chính phủ")
                        .cite("Nghị quyết", "08-NQQ/TU", "08-NQ/TU", 2021, "Tỉnh ủy")
                        .cite("Chỉ thị", "16/CT-TTg", "16/CT-TTg", 2016, "Thủ tướng Chính phủ")
                        .section("I", "Mục đích, yêu cầu")
                        .text("Nâng cao nhận thức về thực hiện dân chủ trong hoạt động của cơ quan.")
                        .assign("Phòng Nội vụ", "tổng hợp báo cáo kết quả", LocalDate.of(2022, 12, 15))
                        .build(),
                doc("van-hoa.txt").header("BÁO CÁO", D2023, "Trường THCS Hồng Hải",
                                "Kết quả thực hiện văn hóa công sở")
                        .cite("Nghị quyết", "08-NQ/TU", "08-NQ/TU", 2021, "Tỉnh ủy")
                        .cite("Chỉ thị", "33/CTTTg", "33/CT-TTg", 2021, "Thủ tướng Chính phủ")
                        .text("Hóa học và văn hóa; chủ nhiệm lớp, dân số trong địa bàn.")
                        .build(),
                doc("hoa.txt").header("KẾ HOẠCH", D2024, "Trường THCS Hồng Hải",
                                "Tổ chức hội thi cắm hoa")
                        .cite("Chỉ thị", "16/CT-TTg", "16/CT-TTg", 2020, "Thủ tướng Chính phủ")
                        .text("Hội thi cắm hoa chào mừng ngày 8/3; số 04 năm 2015 đã nêu.")
                        .assign("Tổ Văn phòng", "chuẩn bị hoa", LocalDate.of(2024, 3, 1))
                        .build());
        for (AnalyzedDocument d : docs) {
            index.put(d, "hash-" + d.source());
        }
        index.commit();
        searcher = DocumentSearcher.of(index);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        index.close();
    }

    static List<String> sources(SearchQuery q) throws IOException {
        return searcher.search(q).hits().stream().map(SearchHit::source).toList();
    }

    static SearchQuery.Builder q() {
        return SearchQuery.builder();
    }

    @Test
    void wordsTypedWithoutDiacriticsFindTheAccentedText() throws IOException {
        assertThat(sources(q().text("nghi dinh dan chu").build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().text("NGHỊ ĐỊNH dân chủ").build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().text("Nghị định dân chủ").build())).containsExactly("dan-chu.txt");
    }

    @Test
    void wordsTypedWithDiacriticsMatchOnlyThoseDiacritics() throws IOException {
        assertThat(sources(q().text("hóa").build())).containsExactly("van-hoa.txt");
        assertThat(sources(q().text("hoa").build())).containsExactlyInAnyOrder("van-hoa.txt", "hoa.txt");
    }

    @Test
    void toneMarkPlacementDoesNotMatter() throws IOException {
        // "hoá" (modern placement) and "hóa" (traditional) are one syllable: the folded form agrees, and the
        // exact form agrees once the project's normaliser has put both in one style.
        assertThat(sources(q().text("van hoa cong so").build())).containsExactly("van-hoa.txt");
        assertThat(sources(q().text("\"van hoa\"").build())).containsExactly("van-hoa.txt");
    }

    @Test
    void adjacentSyllablesRankAboveScatteredOnes() throws IOException {
        // "dân chủ" is a word in dan-chu.txt; van-hoa.txt has "chủ" and "dân" apart.
        assertThat(sources(q().text("dân chủ").build())).startsWith("dan-chu.txt").contains("van-hoa.txt");
        assertThat(sources(q().text("\"dân chủ\"").build())).containsExactly("dan-chu.txt");
    }

    @Test
    void aSymbolIsOneTermNotFourNumbers() throws IOException {
        // hoa.txt has "04" and "2015" and "Nghị" nowhere near a symbol: it must not match.
        assertThat(sources(q().text("04/2015/NĐ-CP").build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().text("04/2015/nd-cp").build())).containsExactly("dan-chu.txt");
    }

    @Test
    void citesMatchesEverySpellingOfTheInstrument() throws IOException {
        // dan-chu.txt wrote "08-NQQ/TU" (the extractor's canonical is 08-NQ/TU); van-hoa.txt wrote it right.
        assertThat(sources(q().cites("08-NQ/TU").build())).containsExactlyInAnyOrder("dan-chu.txt", "van-hoa.txt");
        // and a misprint typed into the query is repaired as the citation extractor repairs it in documents
        assertThat(sources(q().cites("08-NQQ/TU").build())).containsExactlyInAnyOrder("dan-chu.txt", "van-hoa.txt");
        assertThat(searcher.search(q().cites("08-NQQ/TU").build()).searchedKeys())
                .containsExactly("08-NQQ/TU", "08-NQ/TU");
        // separators, case and diacritics do not matter: "33/CTTTg" was printed, "33/CT-TTg" asked
        assertThat(sources(q().cites("33/CT-TTg").build())).containsExactly("van-hoa.txt");
        assertThat(sources(q().cites("33/ct-ttg").build())).containsExactly("van-hoa.txt");
        assertThat(sources(q().cites("04/2015/ND-CP").build())).containsExactly("dan-chu.txt");
    }

    @Test
    void aBareSymbolMatchesEveryYearAndAKeyOnlyItsYear() throws IOException {
        assertThat(sources(q().cites("16/CT-TTg").build())).containsExactlyInAnyOrder("dan-chu.txt", "hoa.txt");
        assertThat(sources(q().cites("16/CT-TTg@2016").build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().cites("16/CT-TTg@2020").build())).containsExactly("hoa.txt");
        assertThat(sources(q().cites("16/CT-TTg", "08-NQ/TU").build())).containsExactly("dan-chu.txt");
    }

    @Test
    void citesHitsShowTheMentionAndTheMatchedKeys() throws IOException {
        SearchHit hit = searcher.search(q().cites("08-NQ/TU@2021").text("dân chủ").build()).hits().get(0);
        assertThat(hit.matchedCitations()).containsExactly("08-NQ/TU@2021");
        SearchHit citeOnly = searcher.search(q().cites("08-NQ/TU").type("BC").build()).hits().get(0);
        assertThat(citeOnly.snippets()).isNotEmpty();
        assertThat(citeOnly.snippets().get(0).marked("[", "]")).contains("[Nghị quyết số 08-NQ/TU]");
    }

    @Test
    void snippetsMarkTheMatchedWordsAsWritten() throws IOException {
        SearchHit hit = searcher.search(q().text("dan chu").build()).hits().get(0);
        assertThat(hit.snippets()).isNotEmpty();
        assertThat(hit.snippets().get(0).marked("[", "]")).contains("[dân] [chủ]");
        assertThat(hit.document().title()).isEqualTo("Thực hiện dân chủ ở cơ sở năm 2022");
        assertThat(hit.document().citations()).hasSize(3);
    }

    @Test
    void filtersByTypeIssuerDatesAndAssignee() throws IOException {
        assertThat(sources(q().type("KH").build())).containsExactly("hoa.txt", "dan-chu.txt");
        assertThat(sources(q().type("ke hoach").build())).containsExactly("hoa.txt", "dan-chu.txt");
        assertThat(sources(q().type("Báo cáo").build())).containsExactly("van-hoa.txt");
        assertThat(sources(q().issuer("truong thcs hong hai").build())).containsExactly("hoa.txt", "van-hoa.txt");
        assertThat(sources(q().issued(LocalDate.of(2023, 1, 1), null).build()))
                .containsExactly("hoa.txt", "van-hoa.txt");
        assertThat(sources(q().issued(null, LocalDate.of(2022, 12, 31)).build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().assignee("phong noi vu").build())).containsExactly("dan-chu.txt");
        assertThat(sources(q().due(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).build()))
                .containsExactly("hoa.txt");
        assertThat(sources(q().text("hoa").type("BC").build())).containsExactly("van-hoa.txt");
    }

    @Test
    void facetsCountEveryMatchByInstrumentTypeYearAndIssuer() throws IOException {
        SearchResults all = searcher.search(q().limit(1).build());
        assertThat(all.totalHits()).isEqualTo(3);
        assertThat(all.hits()).hasSize(1);
        Map<String, List<FacetCount>> f = all.facets();
        assertThat(f.get("cited")).contains(new FacetCount("08-NQ/TU@2021", 2), new FacetCount("16/CT-TTg@2016", 1),
                new FacetCount("16/CT-TTg@2020", 1), new FacetCount("33/CT-TTg@2021", 1));
        assertThat(f.get("cited").get(0)).isEqualTo(new FacetCount("08-NQ/TU@2021", 2));
        assertThat(f.get("type")).containsExactly(new FacetCount("KẾ HOẠCH", 2), new FacetCount("BÁO CÁO", 1));
        assertThat(f.get("year")).containsExactlyInAnyOrder(new FacetCount("2022", 1), new FacetCount("2023", 1),
                new FacetCount("2024", 1));
        assertThat(f.get("issuer")).contains(new FacetCount("Trường THCS Hồng Hải", 2));

        Map<String, List<FacetCount>> onlyHoaHai = searcher.search(q().issuer("Hồng Hải").build()).facets();
        assertThat(onlyHoaHai.get("type")).containsExactlyInAnyOrder(new FacetCount("KẾ HOẠCH", 1),
                new FacetCount("BÁO CÁO", 1));
    }

    @Test
    void topCitedCountsCitingDocuments() throws IOException {
        assertThat(searcher.topCited(q().build(), 1)).containsExactly(new FacetCount("08-NQ/TU@2021", 2));
        assertThat(searcher.topCited(q().type("KH").build(), 10)).hasSize(4);
    }

    /** A registry of three instruments: 16/CT-TTg@2016 replaced by 33/CT-TTg@2021 on 2021-11-26. */
    static final InstrumentRelations REGISTRY = new InstrumentRelations() {
        @Override
        public Set<String> predecessors(String key) {
            return key.equals("33/CT-TTg@2021") ? Set.of("16/CT-TTg@2016") : Set.of();
        }

        @Override
        public Set<String> replacements(String key) {
            return key.equals("16/CT-TTg@2016") ? Set.of("33/CT-TTg@2021") : Set.of();
        }

        @Override
        public Optional<Supersession> supersession(String key, LocalDate asOf) {
            LocalDate since = LocalDate.of(2021, 11, 26);
            return key.equals("16/CT-TTg@2016") && !asOf.isBefore(since)
                    ? Optional.of(new Supersession(key, "replaced", since, List.of("33/CT-TTg@2021"), true))
                    : Optional.empty();
        }
    };

    @Test
    void followReplacementsFindsDocumentsCitingPredecessorsAndReplacements() throws IOException {
        try (DocumentSearcher withRegistry = DocumentSearcher.of(index, REGISTRY)) {
            SearchResults forward = withRegistry.search(q().cites("16/CT-TTg@2016").followReplacements(true).build());
            assertThat(forward.hits()).extracting(SearchHit::source)
                    .containsExactlyInAnyOrder("dan-chu.txt", "van-hoa.txt");
            assertThat(forward.searchedKeys()).containsExactly("16/CT-TTg@2016", "33/CT-TTg@2021");
            SearchResults backward = withRegistry.search(q().cites("33/CT-TTg").followReplacements(true).build());
            assertThat(backward.hits()).extracting(SearchHit::source)
                    .containsExactlyInAnyOrder("dan-chu.txt", "van-hoa.txt");
            assertThat(withRegistry.search(q().cites("16/CT-TTg@2016").build()).hits()).hasSize(1);
        }
    }

    @Test
    void staleListsDocumentsCitingInstrumentsNoLongerInForce() throws IOException {
        List<StaleDocument> stale = searcher.stale(LocalDate.of(2025, 1, 1), REGISTRY, q().build(), 10);
        assertThat(stale).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("dan-chu.txt");
            assertThat(d.citations()).singleElement().satisfies(c -> {
                assertThat(c.supersession().key()).isEqualTo("16/CT-TTg@2016");
                assertThat(c.supersession().replacedBy()).containsExactly("33/CT-TTg@2021");
                assertThat(c.issuedAfterSupersession()).isTrue(); // 2022-03-15, after 2021-11-26
            });
        });
        assertThat(searcher.stale(LocalDate.of(2020, 1, 1), REGISTRY, q().build(), 10)).isEmpty();
    }

    @Test
    void queriesWithNothingSearchableMatchNothing() throws IOException {
        assertThat(searcher.search(q().text("…;;").build()).totalHits()).isZero();
        assertThatThrownBy(() -> q().issued(D2024, D2022).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hugeExtractedValuesAreCutNotRefused() throws IOException {
        String hugeName = "Luật " + "rất dài ".repeat(10_000);
        AnalyzedDocument d = doc("huge.txt").header("KẾ HOẠCH", D2024, "Sở " + "X".repeat(50_000), "Văn bản lớn")
                .cite("Luật", hugeName, hugeName, null, null).build();
        index.put(d, "h");
        index.refresh();
        try {
            assertThat(sources(q().text("van ban lon").build())).containsExactly("huge.txt");
        } finally {
            index.delete("huge.txt");
            index.refresh();
        }
    }

    @Test
    void aDocumentPutAgainReplacesTheOldOne() throws IOException {
        AnalyzedDocument v2 = doc("temp.txt").header("KẾ HOẠCH", D2024, "Sở Nội vụ", "Phiên bản hai").build();
        index.put(doc("temp.txt").header("KẾ HOẠCH", D2024, "Sở Nội vụ", "Phiên bản một").build(), "h1");
        index.put(v2, "h2");
        index.refresh();
        try {
            assertThat(sources(q().text("phien ban").build())).containsExactly("temp.txt");
            assertThat(searcher.get("temp.txt").title()).isEqualTo("Phiên bản hai");
            assertThat(index.indexedHashes()).containsEntry("temp.txt", "h2");
        } finally {
            index.delete("temp.txt");
            index.refresh();
        }
        assertThat(searcher.get("temp.txt")).isNull();
    }
}
