package org.vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DiacriticsTest {

    private static final String LOWER = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    @Test
    void foldsEveryVietnameseLetterToItsBaseInBothCases() {
        assertThat(Diacritics.fold(LOWER)).isEqualTo("a".repeat(18) + "e".repeat(12) + "i".repeat(6)
                + "o".repeat(18) + "u".repeat(12) + "y".repeat(6) + "d");
        assertThat(Diacritics.fold(LOWER.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(Diacritics.fold(LOWER).toUpperCase(java.util.Locale.ROOT));
        assertThat(Diacritics.fold("Nghị định số 04/2015/NĐ-CP")).isEqualTo("Nghi dinh so 04/2015/ND-CP");
        assertThat(Diacritics.fold("\u00D0ảng")).isEqualTo("Dang");
    }

    @Test
    void foldLowerCaseKeepsLengthAndPositions() {
        String text = "Nơi Nhận: - Sở GD&ĐT;";
        assertThat(Diacritics.foldLowerCase(text)).isEqualTo("noi nhan: - so gd&dt;").hasSameSizeAs(text);
    }

    @Property
    void foldCharAgreesWithFoldOnEveryCharThatFoldsToOne(@ForAll @CharRange(from = '\u0000', to = '\u1fff') char c) {
        String folded = Diacritics.fold(String.valueOf(c));
        if (folded.length() == 1 && Character.getType(c) != Character.NON_SPACING_MARK) {
            assertThat(Diacritics.foldChar(c)).isEqualTo(folded.charAt(0));
        } else {
            assertThat(Diacritics.foldChar(c)).isEqualTo(c);
        }
    }

    @Property
    void foldLowerCaseIsFoldThenLowerCaseOnPrecomposedText(@ForAll @StringLength(max = 40) String s) {
        String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        String folded = Diacritics.fold(nfc);
        if (folded.length() == nfc.length() && nfc.chars().allMatch(ch -> ch < 0x2000
                && Character.getType(ch) != Character.NON_SPACING_MARK)) {
            assertThat(Diacritics.foldLowerCase(nfc)).isEqualTo(folded.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
