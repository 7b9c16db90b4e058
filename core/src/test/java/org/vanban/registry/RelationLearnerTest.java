package org.vanban.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;

/** The learner, through the default pipeline, on instrument texts written in the style of final articles. */
class RelationLearnerTest {

    private final Pipeline pipeline = Pipeline.defaults();
    private final RelationLearner learner = new RelationLearner();

    private LearnResult learn(String text) {
        return learner.learn(pipeline.analyzeText(text, "test.txt"));
    }

    private static final String DIRECTIVE = """
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 33/CT-TTg
            Hà Nội, ngày 26 tháng 11 năm 2021
            CHỈ THỊ
            Về việc tiếp tục tăng cường và đổi mới công tác dân vận

            Các bộ, ngành, địa phương tổ chức thực hiện nghiêm Chỉ thị này.

            Chỉ thị này có hiệu lực kể từ ngày ký. Chỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 \
            của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận.
            """;

    @Test
    void directiveThatReplacesAnother() {
        LearnResult r = learn(DIRECTIVE);
        assertThat(r.instrument().key()).isEqualTo("33/CT-TTg@2021");
        assertThat(r.instrument().type()).isEqualTo("Chỉ thị");
        assertThat(r.instrument().effective()).isEqualTo(LocalDate.of(2021, 11, 26));
        assertThat(r.relations()).singleElement().satisfies(l -> {
            assertThat(l.type()).isEqualTo(RelationType.REPLACES);
            assertThat(l.target()).isEqualTo("16/CT-TTg@2016");
            assertThat(l.date()).isEqualTo(LocalDate.of(2021, 11, 26));
            assertThat(l.sentence()).startsWith("Chỉ thị này thay thế");
        });
        Instrument old = r.targets().get(0);
        assertThat(old.key()).isEqualTo("16/CT-TTg@2016");
        assertThat(old.issued()).isEqualTo(LocalDate.of(2016, 5, 16));
        assertThat(old.expires()).isEqualTo(LocalDate.of(2021, 11, 26));
        assertThat(old.relations()).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(RelationType.REPLACED_BY);
            assertThat(x.target()).isEqualTo("33/CT-TTg@2021");
            assertThat(x.sources()).containsExactly("33/CT-TTg@2021");
            assertThat(x.confidence()).isEqualTo(Confidence.UNVERIFIED);
        });
        assertThat(r.problems()).isEmpty();
    }

    private static final String DECREE = """
            CHÍNH PHỦ
            Số: 172/2030/NĐ-CP
            Hà Nội, ngày 30 tháng 6 năm 2030
            NGHỊ ĐỊNH
            Sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ

            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, \
            công chức và Luật Viên chức số 52/2019/QH14;

            Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP như sau: khoản 2 Điều 3 được sửa đổi.

            Điều 3. Hiệu lực thi hành

            1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2030.

            2. Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ hết hiệu lực kể từ ngày Nghị định \
            này có hiệu lực thi hành.

            3. Bãi bỏ các quy định về xử lý kỷ luật công chức tại Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 \
            của Chính phủ.

            4. Các văn bản sau đây hết hiệu lực kể từ ngày 15/8/2030:
            a) Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ trưởng Bộ Nội vụ;
            b) Quyết định số 53/2006/QĐ-TTg ngày 08 tháng 3 năm 2006 của Thủ tướng Chính phủ.
            """;

    @Test
    void decreeWithExpiriesRepealsAndAmendments() {
        LearnResult r = learn(DECREE);
        assertThat(r.instrument().key()).isEqualTo("172/2030/NĐ-CP@2030");
        assertThat(r.instrument().effective()).isEqualTo(LocalDate.of(2030, 8, 1));
        assertThat(r.relations()).extracting(l -> l.type() + " " + l.target() + " " + l.date() + (l.partial() ? " partial" : ""))
                .containsExactlyInAnyOrder(
                        "AMENDS 90/2020/NĐ-CP@2020 2030-08-01",
                        "REPEALS 138/2020/NĐ-CP@2020 2030-08-01",
                        "REPEALS 112/2020/NĐ-CP@2020 2030-08-01 partial",
                        "REPEALS 01/2011/TT-BNV@2011 2030-08-15",
                        "REPEALS 53/2006/QĐ-TTg@2006 2030-08-15");
        Instrument nd112 = r.targets().stream().filter(t -> t.key().startsWith("112/")).findFirst().orElseThrow();
        assertThat(nd112.expires()).isNull();
        assertThat(nd112.relations().get(0).partial()).isTrue();
        Instrument nd138 = r.targets().stream().filter(t -> t.key().startsWith("138/")).findFirst().orElseThrow();
        assertThat(nd138.expires()).isEqualTo(LocalDate.of(2030, 8, 1));
    }

    private static final String CIRCULAR = """
            BỘ GIÁO DỤC VÀ ĐÀO TẠO
            Số: 05/2031/TT-BGDĐT
            Hà Nội, ngày 07 tháng 3 năm 2031
            THÔNG TƯ
            Quy định chế độ làm việc đối với giáo viên phổ thông

            Điều 15. Điều khoản thi hành

            1. Thông tư này có hiệu lực thi hành kể từ ngày 22 tháng 4 năm 2031.

            2. Thông tư này thay thế Thông tư số 28/2009/TT-BGDĐT ngày 21 tháng 10 năm 2009 của Bộ trưởng Bộ Giáo dục \
            và Đào tạo ban hành quy định chế độ làm việc đối với giáo viên phổ thông; Thông tư số 15/2017/TT-BGDĐT \
            ngày 09 tháng 6 năm 2017 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn thi hành Nghị định số \
            115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ.
            """;

    @Test
    void listOfReplacedCircularsWithoutNestedCitations() {
        LearnResult r = learn(CIRCULAR);
        assertThat(r.relations()).extracting(LearnedRelation::target)
                .containsExactly("28/2009/TT-BGDĐT@2009", "15/2017/TT-BGDĐT@2017");
        assertThat(r.relations()).allSatisfy(l -> {
            assertThat(l.type()).isEqualTo(RelationType.REPLACES);
            assertThat(l.date()).isEqualTo(LocalDate.of(2031, 4, 22));
        });
    }

    @net.jqwik.api.Property(tries = 200)
    void arbitraryTextNeverBreaksTheLearner(@net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 400)
            String junk) {
        String text = "Số: 1/2020/NĐ-CP\n" + junk + " Nghị định này thay thế " + junk
                + " Nghị định số 2/2019/NĐ-CP ngày 1/1/2019 hết hiệu lực kể từ ngày " + junk + ": a) " + junk;
        LearnResult r = learn(text);
        assertThat(r.relations()).allSatisfy(l -> assertThat(l.subject()).isEqualTo("1/2020/NĐ-CP@2020"));
    }

    @org.junit.jupiter.api.Timeout(20)
    @Test
    void longRepetitiveTextIsHandledQuickly() {
        String text = "Số: 1/2020/NĐ-CP\n" + "Phòng Sở UBND huyện Bãi bỏ sửa đổi, bổ sung thay thế: a) ".repeat(4000)
                + "Nghị định này có hiệu lực kể từ ngày 01/01/2020.";
        assertThat(learn(text).instrument().effective()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void withoutANumberNothingIsLearned() {
        String text = "Chỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016.";
        int start = text.indexOf("Chỉ thị số");
        org.vanban.cite.Citation cite = new org.vanban.cite.Citation("Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016",
                start, start + 44, "Chỉ thị", "16/CT-TTg", "16/CT-TTg", "16", 2016, LocalDate.of(2016, 5, 16), null,
                null, "16/CT-TTg@2016", java.util.List.of());
        org.vanban.AnalyzedDocument doc = new org.vanban.AnalyzedDocument("t", "CHỈ THỊ", null, null, null, null,
                null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(cite), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), text);
        LearnResult r = learner.learn(doc);
        assertThat(r.instrument()).isNull();
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p).contains("number"));
        // A "number" that is in fact a cited instrument's is not taken as the document's own.
        org.vanban.AnalyzedDocument misread = new org.vanban.AnalyzedDocument("t", "CHỈ THỊ", "16/CT-TTg", null,
                null, null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(cite),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), text);
        assertThat(learner.learn(misread).instrument()).isNull();
    }

    @Test
    void learnedEntriesFormAValidRegistry() throws Exception {
        Registry.Builder b = Registry.builder();
        for (String text : new String[] {DIRECTIVE, DECREE, CIRCULAR}) {
            learn(text).entries().forEach(i -> b.add(i, "learned"));
        }
        Registry registry = b.build();
        String json = RegistryJson.write("learned", null, null, java.util.List.copyOf(registry.instruments()));
        RegistryFile reread = RegistryJson.read(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "learned.json");
        assertThat(reread.instruments()).hasSize(registry.size());
    }
}
