package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.structure.DocumentStructure;

/**
 * Untrusted input: nothing may throw, hang or backtrack. Each adversarial text is about 100,000 characters; the
 * grammar walks forward a bounded distance from each position, so each finishes in a few milliseconds. The timeout
 * only guards against a hang (catastrophic backtracking would take minutes), it measures nothing.
 */
class AdversarialInputTest {

    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final int SIZE = 100_000;

    private final RuleCitationExtractor extractor = new RuleCitationExtractor();

    static List<Supplier<String>> adversarialTexts() {
        return List.of(
                () -> "1".repeat(SIZE),
                () -> "/".repeat(SIZE),
                () -> "1/".repeat(SIZE / 2),
                () -> "1-A/".repeat(SIZE / 4),
                () -> "Nghị quyết số " + "1/A-".repeat(SIZE / 4),
                () -> "số ".repeat(SIZE / 3),
                () -> "Quyết định số ".repeat(SIZE / 14),
                () -> "Quyết định số 12/QĐ-UBND ".repeat(SIZE / 25),
                () -> "Quyết định số 12/QĐ-UBND ngày 1/1/2020 của ".repeat(SIZE / 44),
                () -> "Luật Đất đai, ".repeat(SIZE / 14),
                () -> "về “".repeat(SIZE / 4),
                () -> "Chỉ thị 33/CT-TTg về " + "a ".repeat(SIZE / 2),
                () -> "của " + "Ủy ban ".repeat(SIZE / 7),
                () -> "Nghị quyết Trung ương " + "4 ".repeat(SIZE / 2),
                () -> ("Kế hoạch số 5/KH-UBND của UBND tỉnh về việc " + "x".repeat(SIZE)),
                () -> "ngày 1 tháng 1 năm ".repeat(SIZE / 19),
                () -> "(khóa ".repeat(SIZE / 6),
                () -> "\n".repeat(SIZE),
                () -> "Ð".repeat(SIZE));
    }

    @ParameterizedTest
    @MethodSource("adversarialTexts")
    void finishesOnAdversarialInput(Supplier<String> input) {
        String text = input.get();
        List<Citation> found = assertTimeoutPreemptively(GUARD,
                () -> extractor.extract(text, DocumentStructure.empty(text.length())));
        assertWellFormed(text, found);
    }

    @Property(tries = 300)
    void anyMixOfCitationFragmentsGivesWellFormedCitations(@ForAll("fragmentSoup") String text) {
        assertWellFormed(text, extractor.extract(text, DocumentStructure.empty(text.length())));
    }

    @Property(tries = 200)
    void arbitraryTextNeverThrows(@ForAll String text) {
        assertWellFormed(text, extractor.extract(text, DocumentStructure.empty(text.length())));
    }

    @Provide
    Arbitrary<String> fragmentSoup() {
        Arbitrary<String> fragment = Arbitraries.of("Nghị quyết", "Quyết định", "QĐ", "Luật", "Hiến pháp", "Đề án",
                "số", "sổ", "Số:", " ", "\n", "\n\n", ",", ";", ".", "(khóa XI)", "về", "V/v", "của", "và", "“", "”",
                "\"", "ngày", "tháng", "năm", "12", "2021", "04/2015/NĐ-CP", "25-NQ/TW", "33/CTTTg", "/", "-", "TU",
                "TW", "UBND", "Bộ Chính trị", "Ban Bí thư", "tỉnh", "Lâm Đồng", "Đất đai", "khiếu nại", "tố cáo",
                "Trung ương 4 khóa XII", "Ð", "ban hành", "a", "Z");
        return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    private static void assertWellFormed(String text, List<Citation> found) {
        int previousStart = -1;
        for (Citation c : found) {
            assertThat(c.start()).isBetween(0, text.length());
            assertThat(c.end()).isBetween(c.start() + 1, text.length());
            assertThat(c.start()).isGreaterThanOrEqualTo(previousStart);
            previousStart = c.start();
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.surface());
            assertThat(c.type()).isNotBlank();
            assertThat(c.canonical()).isNotBlank();
            assertThat(c.key()).isNotBlank();
            if (c.symbol() != null) {
                assertThat(c.symbol()).doesNotContainAnyWhitespaces();
            }
        }
    }
}
