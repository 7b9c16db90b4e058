package org.vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VietnameseNormalizerPropertiesTest {

    /** Vietnamese letters in both forms, combining tone marks, look-alikes, the spaces and breaks we touch. */
    private static final String ALPHABET = "aàáảãạăắâầơớưừeêếiíoóôộuúyýđĐÐðƉHNQGKTCP/-0123456789 \n\r\t"
            + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u00A0\u202F\u200B\u00AD\uFEFF\u2028";

    @Provide
    Arbitrary<String> vietnameseLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(80),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("hoà thuỷ", "04/2015/NĐ-\nCP", "60/2024/\r\nQH15", "quý giá", "KHOẺ", "Vie\u0323\u0302t")
                        .list().ofMaxSize(6).map(l -> String.join(" ", l)));
    }

    @Provide
    Arbitrary<ToneStyle> styles() {
        return Arbitraries.of(ToneStyle.class);
    }

    @Property(tries = 400)
    void isIdempotent(@ForAll("vietnameseLike") String s, @ForAll("styles") ToneStyle style) {
        VietnameseNormalizer normalizer = new VietnameseNormalizer(style);
        String once = normalizer.normalize(s).text();
        assertThat(normalizer.normalize(once).text()).isEqualTo(once);
    }

    @Property(tries = 400)
    void offsetMapIsMonotoneAndWithinTheSource(@ForAll("vietnameseLike") String s,
            @ForAll("styles") ToneStyle style) {
        NormalizedText n = new VietnameseNormalizer(style).normalize(s);
        int previous = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int source = n.sourceOffset(i);
            assertThat(source).isBetween(previous, s.length());
            previous = source;
        }
        assertThat(n.sourceOffset(n.text().length())).isEqualTo(s.length());
        assertThat(n.sourceLength()).isEqualTo(s.length());
        for (int j = 0; j <= s.length(); j++) {
            int back = n.normalizedOffset(j);
            assertThat(back).isBetween(0, n.text().length());
        }
    }

    @Property(tries = 400)
    void keepsTheLettersModuloDeliberateChanges(@ForAll("vietnameseLike") String s,
            @ForAll("styles") ToneStyle style) {
        String normalized = new VietnameseNormalizer(style).normalize(s).text();
        assertThat(comparable(normalized)).isEqualTo(comparable(s));
    }

    @Property(tries = 200)
    void resultIsNfc(@ForAll("vietnameseLike") String s) {
        String normalized = new VietnameseNormalizer().normalize(s).text();
        assertThat(java.text.Normalizer.isNormalized(normalized, java.text.Normalizer.Form.NFC)).isTrue();
    }

    /**
     * The folded letters with what the normaliser deliberately changes taken out: whitespace and line ends
     * (replaced, removed, or joined inside symbols), the removed invisible characters, and the Đ look-alikes.
     */
    private static String comparable(String s) {
        String folded = Diacritics.fold(s);
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x200C
                    || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || cp == 0x0085) {
                return;
            }
            if (cp == 0x00F0 || cp == 0x0256) {
                cp = 'd';
            }
            if (cp == 0xFFFF) {
                cp = 0xFFFD;
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }
}
