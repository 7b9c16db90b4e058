package org.vanban.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.normalize.SyllableKey;

class DictionaryWordSegmenterTest {

    static final DictionaryWordSegmenter BUILT_IN = new DictionaryWordSegmenter();

    static List<String> words(String text) {
        return BUILT_IN.segment(text).stream().map(WordToken::underscored).toList();
    }

    @Test
    void joinsWordsOfTheLearnedLexicon() {
        assertThat(words("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện công tác cải cách hành chính."))
                .containsExactly("Ủy_ban", "nhân_dân", "tỉnh", "ban_hành", "kế_hoạch", "thực_hiện", "công_tác",
                        "cải_cách", "hành_chính", ".");
    }

    @Test
    void toneStyleDoesNotChangeTheReading() {
        assertThat(words("văn hóa, hòa bình")).containsExactly("văn_hóa", ",", "hòa_bình");
        assertThat(words("văn hoá, hoà bình")).containsExactly("văn_hoá", ",", "hoà_bình");
    }

    @Test
    void capitalisedRunsAreNamesButNotTheirHonorificOrUnitHead() {
        assertThat(words("Phân công ông Lê Văn Hùng")).containsSubsequence("ông", "Lê_Văn_Hùng");
        assertThat(words("trường THCS Hồng Hải")).containsSubsequence("THCS", "Hồng_Hải");
    }

    @Test
    void neverJoinsAcrossALineEndOrPunctuation() {
        assertThat(words("kế\nhoạch")).containsExactly("kế", "hoạch");
        assertThat(words("kế, hoạch")).containsExactly("kế", ",", "hoạch");
    }

    @Test
    void aLexiconOfItsOwn() throws Exception {
        WordLexicon lexicon = WordLexicon.of(Map.of("học sinh", 0.5f, "sinh viên", 0.9f), Set.of());
        assertThat(new DictionaryWordSegmenter(lexicon).segment("học sinh viên")).extracting(WordToken::text)
                .containsExactly("học", "sinh viên");
        assertThat(lexicon.maxSyllables()).isEqualTo(2);
        assertThatThrownBy(() -> WordLexicon.read(new ByteArrayInputStream("học sinh\t2\n".getBytes(
                StandardCharsets.UTF_8)), "my.tsv")).hasMessageStartingWith("my.tsv:1: expected");
    }

    @Test
    void theBuiltInLexiconIsLoaded() {
        assertThat(WordLexicon.builtIn().size()).isGreaterThan(3000);
        assertThat(WordLexicon.builtIn().strength(SyllableKey.of("nghị định"))).isPositive();
        assertThat(WordLexicon.builtIn().isLowerCaseSyllable(SyllableKey.of("giao"))).isTrue();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aáàảãạăâđeêioôơuưy ĐÁ\n\t\u00A0.,;/-&0123456789()“”NQTU")
                .ofMaxLength(200);
    }

    /** Tokens are exact, in order, apart, cover every non-space character, and keep protected spans whole. */
    @Property(tries = 500)
    void tokensAreExactOrderedAndCoverTheText(@ForAll("texts") String text, @ForAll int a, @ForAll int b) {
        List<TextSpan> spans = new ArrayList<>();
        if (!text.isEmpty()) {
            int s = Math.floorMod(a, text.length());
            spans.add(new TextSpan(s, Math.min(text.length(), s + Math.floorMod(b, 12))));
        }
        List<WordToken> tokens = BUILT_IN.segment(text, spans);
        int end = 0;
        Set<Integer> covered = new HashSet<>();
        for (WordToken t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(end);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            end = t.end();
            for (int i = t.start(); i < t.end(); i++) {
                covered.add(i);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!SyllableScanner.isSpace(text.charAt(i))) {
                assertThat(covered).as("offset %d of %s", i, text).contains(i);
            }
        }
        for (TextSpan s : SyllableScanner.merge(spans, text.length())) {
            assertThat(tokens).anyMatch(t -> t.start() == s.start() && t.end() == s.end());
        }
    }
}
