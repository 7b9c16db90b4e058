package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationKeysTest {

    @Test
    void aKeyIsTheCanonicalAndTheYear() {
        assertThat(CitationKeys.of("16/CT-TTg", 2016)).isEqualTo("16/CT-TTg@2016");
        assertThat(CitationKeys.of("16/CT-TTg", null)).isEqualTo("16/CT-TTg");
        assertThat(CitationKeys.of("Luật Tiếp công dân", null)).isEqualTo("Luật Tiếp công dân");
        assertThatThrownBy(() -> CitationKeys.of(null, 2020)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aKeySplitsBackIntoItsParts() {
        assertThat(CitationKeys.canonicalOf("04/2015/NĐ-CP@2015")).isEqualTo("04/2015/NĐ-CP");
        assertThat(CitationKeys.yearOf("04/2015/NĐ-CP@2015")).isEqualTo(2015);
        assertThat(CitationKeys.canonicalOf("Hiến pháp năm 2013@2013")).isEqualTo("Hiến pháp năm 2013");
        assertThat(CitationKeys.canonicalOf("33/CT-TTg")).isEqualTo("33/CT-TTg");
        assertThat(CitationKeys.yearOf("33/CT-TTg")).isNull();
        assertThat(CitationKeys.yearOf("a@b")).isNull();
        assertThat(CitationKeys.canonicalOf("a@b")).isEqualTo("a@b");
    }
}
