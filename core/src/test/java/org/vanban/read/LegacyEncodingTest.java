package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    /** Every letter of the Vietnamese alphabet that is not plain ASCII, plus the plain vowels, lower case. */
    static final String LOWER = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
    static final String UPPER = LOWER.toUpperCase(Locale.ROOT);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void alphabetIsComplete() {
        assertThat(LOWER.codePoints().count()).isEqualTo(73);
        assertThat(UPPER.codePoints().count()).isEqualTo(73);
    }

    @Test
    void tcvn3RoundTripsEveryLowerCaseLetter() {
        for (char c : LOWER.toCharArray()) {
            String letter = String.valueOf(c);
            assertThat(LegacyEncoding.TCVN3.canEncode(letter)).as(letter).isTrue();
            assertThat(LegacyEncoding.TCVN3.encode(letter)).as(letter).hasSize(1);
            assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(letter))).isEqualTo(letter);
        }
    }

    @Test
    void tcvn3RoundTripsEveryCapitalThroughTheFontThatHasIt() {
        int inNormalFont = 0;
        for (char c : UPPER.toCharArray()) {
            String letter = String.valueOf(c);
            LegacyEncoding font = LegacyEncoding.TCVN3.canEncode(letter) ? LegacyEncoding.TCVN3
                    : LegacyEncoding.TCVN3_CAPITALS;
            inNormalFont += font == LegacyEncoding.TCVN3 ? 1 : 0;
            assertThat(font.canEncode(letter)).as(letter).isTrue();
            assertThat(font.decode(font.encode(letter))).as(letter).isEqualTo(letter);
            // In the capital font every capital sits at its lower-case position.
            assertThat(LegacyEncoding.TCVN3_CAPITALS.encode(letter))
                    .isEqualTo(LegacyEncoding.TCVN3.encode(letter.toLowerCase(Locale.ROOT)));
            assertThat(LegacyEncoding.TCVN3_CAPITALS.decode(LegacyEncoding.TCVN3_CAPITALS.encode(letter)))
                    .isEqualTo(letter);
        }
        // The 6 plain vowels, the 7 capitals of VN3 (Ă Â Ê Ô Ơ Ư Đ) and the 16 VN1 capitals above 0xA0.
        assertThat(inNormalFont).isEqualTo(6 + 7 + 16);
    }

    @Test
    void tcvn3ReadsEveryByteAndWritesItBack() {
        for (int b = 0x20; b < 0x100; b++) {
            byte[] one = {(byte) b};
            String decoded = LegacyEncoding.TCVN3.decode(one);
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                continue; // undefined in Windows-1252
            }
            assertThat(LegacyEncoding.TCVN3.encode(decoded)).as("byte %02X -> %s", b, decoded).isEqualTo(one);
        }
    }

    @Test
    void tcvn3MatchesTheStandardOnKnownText() {
        byte[] bytes = "Céng hoµ x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc".getBytes(WINDOWS_1252);
        assertThat(LegacyEncoding.TCVN3.decode(bytes))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc");
        assertThat(LegacyEncoding.TCVN3.encodeGlyphs("Hà Nội, ngày 09 tháng 01 năm 2015")).isEqualTo(
                "Hµ Néi, ngµy 09 th¸ng 01 n¨m 2015");
        assertThat(LegacyEncoding.TCVN3_CAPITALS.decodeGlyphs("ñy ban nh©n d©n")).isEqualTo("ỦY BAN NHÂN DÂN");
        // Tone marks typed as separate characters (0xB0-0xB4) compose.
        assertThat(LegacyEncoding.TCVN3.decode(new byte[] {'a', (byte) 0xB3})).isEqualTo("á");
    }

    @Test
    void vniRoundTripsEveryLetterBothCases() {
        for (char c : (LOWER + UPPER).toCharArray()) {
            String letter = String.valueOf(c);
            assertThat(LegacyEncoding.VNI.canEncode(letter)).as(letter).isTrue();
            assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(letter))).as(letter).isEqualTo(letter);
        }
    }

    @Test
    void vniWritesBackEveryCodeItReads() {
        for (char c : (LOWER + UPPER).toCharArray()) {
            byte[] code = LegacyEncoding.VNI.encode(String.valueOf(c));
            assertThat(LegacyEncoding.VNI.encode(LegacyEncoding.VNI.decode(code))).isEqualTo(code);
        }
        for (int b = 0x20; b < 0x100; b++) {
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                continue;
            }
            byte[] one = {(byte) b};
            byte[] back = LegacyEncoding.VNI.encode(LegacyEncoding.VNI.decode(one));
            if (back.length == 2) {
                // A mark byte with no letter before it reads as its Windows-1252 letter, which VNI writes as two.
                assertThat(LegacyEncoding.VNI.decode(back)).isEqualTo(LegacyEncoding.VNI.decode(one));
                continue;
            }
            assertThat(back).as("byte %02X", b).isEqualTo(one);
        }
    }

    @Test
    void vniMatchesThePublishedCodeOnKnownText() {
        assertThat(LegacyEncoding.VNI.decodeGlyphs("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyEncoding.VNI.decodeGlyphs("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC"))
                .isEqualTo("ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
        assertThat(LegacyEncoding.VNI.encodeGlyphs("Người được giao")).isEqualTo("Ngöôøi ñöôïc giao");
    }

    @Test
    void fontNamesTellTheEncoding() {
        assertThat(LegacyEncoding.forFont(".VnTime")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncoding.forFont(".VnArial Narrow")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncoding.forFont(".VnTimeH")).contains(LegacyEncoding.TCVN3_CAPITALS);
        assertThat(LegacyEncoding.forFont(".VnCentury SchoolbookH")).contains(LegacyEncoding.TCVN3_CAPITALS);
        assertThat(LegacyEncoding.forFont("VNI-Times")).contains(LegacyEncoding.VNI);
        assertThat(LegacyEncoding.forFont("Times New Roman")).isEmpty();
        assertThat(LegacyEncoding.forFont("VNI")).isEmpty();
        assertThat(LegacyEncoding.forFont(null)).isEmpty();
    }

    @Test
    void capitalsOfTcvn3TextReadWithoutFontsAreRestored() {
        assertThat(LegacyEncoding.restoreTcvn3Capitals("CộNG HOà Xã HộI CHủ NGHĩA VIệT NAM"))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LegacyEncoding.restoreTcvn3Capitals("Số: 36/KH-THBTD\nKế HOạCH")).isEqualTo(
                "Số: 36/KH-THBTD\nKẾ HOẠCH");
        assertThat(LegacyEncoding.restoreTcvn3Capitals("Hà Nội")).isEqualTo("Hà Nội");
    }
}
