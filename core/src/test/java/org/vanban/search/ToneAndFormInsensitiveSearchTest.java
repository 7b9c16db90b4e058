package org.vanban.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.search.TestDocuments.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;
import org.vanban.normalize.VietnameseNormalizer;

class ToneAndFormInsensitiveSearchTest {

    @TempDir
    Path dir;

    private static List<String> sources(DocumentSearcher s, String words) throws IOException {
        return s.search(SearchQuery.builder().text(words).build()).hits().stream().map(SearchHit::source).toList();
    }

    @Test
    void eitherToneMarkPlacementFindsTheOther() throws IOException {
        try (DocumentIndex index = DocumentIndex.open(dir, new VietnameseNormalizer(), 16)) {
            index.put(doc("modern.txt").header("KẾ HOẠCH", LocalDate.of(2024, 1, 2), "Sở Văn hoá",
                    "Phát triển văn hoá đọc và thuỷ lợi").build(), "1");
            index.put(doc("traditional.txt").header("BÁO CÁO", LocalDate.of(2024, 2, 3), "Sở Văn hóa",
                    "Văn hóa công sở").build(), "2");
            index.put(doc("other.txt").header("BÁO CÁO", LocalDate.of(2024, 2, 3), "Trường Hoa Sen",
                    "Hội thi cắm hoa").build(), "3");
            index.refresh();
            try (DocumentSearcher s = DocumentSearcher.of(index)) {
                assertThat(sources(s, "văn hóa")).containsExactlyInAnyOrder("modern.txt", "traditional.txt");
                assertThat(sources(s, "văn hoá")).containsExactlyInAnyOrder("modern.txt", "traditional.txt");
                assertThat(sources(s, "thủy lợi")).containsExactly("modern.txt");
                assertThat(sources(s, "\"văn hóa đọc\"")).containsExactly("modern.txt");
                SearchHit hit = s.search(SearchQuery.builder().text("văn hóa đọc").build()).hits().get(0);
                assertThat(hit.snippets().get(0).marked("[", "]")).contains("[văn] [hoá] [đọc]");
            }
        }
    }

    @Test
    void decomposedTextAndQueriesMatchComposedOnes() throws IOException {
        String nfd = Normalizer.normalize("Thực hiện dân chủ ở cơ sở", Normalizer.Form.NFD);
        try (DocumentIndex index = DocumentIndex.open(dir, new VietnameseNormalizer(), 16)) {
            index.put(doc("nfd.txt").header("KẾ HOẠCH", LocalDate.of(2024, 1, 2), "Sở Nội vụ", nfd).build(), "1");
            index.refresh();
            try (DocumentSearcher s = DocumentSearcher.of(index)) {
                assertThat(sources(s, "thực hiện dân chủ")).containsExactly("nfd.txt");
                assertThat(sources(s, Normalizer.normalize("dân chủ", Normalizer.Form.NFD))).containsExactly("nfd.txt");
                assertThat(sources(s, "thuc hien dan chu")).containsExactly("nfd.txt");
            }
        }
    }
}
