package org.vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SyllableKeyTest {

    @Test
    void toneMarkPlacementCaseAndNormalFormDoNotMatter() {
        assertThat(SyllableKey.of("hòa bình")).isEqualTo(SyllableKey.of("HOÀ  Bình"));
        assertThat(SyllableKey.of("Tỉnh ủy")).isEqualTo(SyllableKey.of("tỉnh_uỷ"));
        assertThat(SyllableKey.of(Normalizer.normalize("khỏe", Normalizer.Form.NFD))).isEqualTo(SyllableKey.of("khoẻ"));
    }

    @Test
    void differentWordsKeepDifferentKeys() {
        assertThat(SyllableKey.of("bàn")).isNotEqualTo(SyllableKey.of("bán"));
        assertThat(SyllableKey.of("đa")).isNotEqualTo(SyllableKey.of("da"));
        assertThat(SyllableKey.of("phòng")).isNotEqualTo(SyllableKey.of("phong"));
    }
}
