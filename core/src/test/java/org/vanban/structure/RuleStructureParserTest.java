package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;

class RuleStructureParserTest {

    private final RuleStructureParser parser = new RuleStructureParser();

    private static String at(String text, TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void planWithTabSeparatedHeaderTable() {
        String text = Samples.read("plan-tab-header.txt");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("KẾ HOẠCH");
        assertThat(d.number()).isEqualTo("12/KH-THCSLL");
        assertThat(at(text, d.numberSpan())).isEqualTo("12/KH-THCSLL");
        assertThat(d.issuedDate()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(d.place()).isEqualTo("Đức Trọng");
        assertThat(d.issuer()).as("the unit under its governing body").isEqualTo("TRƯỜNG THCS LÊ LỢI");
        assertThat(d.title()).isEqualTo("Tổ chức các hoạt động chào mừng ngày thành lập Đảng năm học 2024-2025");
        assertThat(d.signer()).isEqualTo(new Signer("Nguyễn Văn An", "HIỆU TRƯỞNG", null));
        assertThat(d.recipients()).containsExactly("Phòng GD&ĐT (b/c)", "Các tổ chuyên môn", "Lưu: VT.");

        assertThat(d.sections()).extracting(Section::level, Section::label, Section::title).containsExactly(
                tuple(1, "I", "MỤC ĐÍCH, YÊU CẦU"),
                tuple(2, "1", "Mục đích"),
                tuple(2, "2", "Yêu cầu"),
                tuple(1, "II", "NỘI DUNG HOẠT ĐỘNG"),
                tuple(2, "1", "Hoạt động tuyên truyền"),
                tuple(3, "a", "Khối 6, 7 làm báo tường"),
                tuple(3, "b", "Khối 8, 9 thi kể chuyện"),
                tuple(2, "2", "Hội thi văn nghệ"),
                tuple(1, "III", "TỔ CHỨC THỰC HIỆN"),
                tuple(2, "1", "Hiệu trưởng chỉ đạo chung"),
                tuple(2, "2", "Tổng phụ trách Đội xây dựng chương trình chi tiết"));
        Section first = d.sections().get(0);
        assertThat(text.substring(first.start())).startsWith("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích");
        assertThat(text.substring(first.start(), first.end())).endsWith("- Tổ chức an toàn, tiết kiệm.");
        Section lastTop = d.sections().get(8);
        assertThat(at(text, new TextSpan(lastTop.start(), lastTop.end())))
                .startsWith("III. TỔ CHỨC THỰC HIỆN").endsWith("chương trình chi tiết.");

        assertThat(at(text, d.body())).doesNotContain("Nơi nhận").contains("I. MỤC ĐÍCH");
        assertThat(at(text, d.preamble())).startsWith("Căn cứ Kế hoạch số 03/KH-PGDĐT")
                .endsWith("xây dựng kế hoạch như sau:");
        assertThat(d.implementation()).containsExactly(new TextSpan(lastTop.start(), lastTop.end()));
        assertThat(d.appendix()).isNull();
    }

    @Test
    void columnsLaidOutWithSpacesReadLikeTabs() {
        // A PDF text layer lays the two header and footer columns out with runs of spaces.
        String tabs = Samples.read("plan-tab-header.txt");
        DocumentStructure expected = parser.parse(tabs);
        DocumentStructure d = parser.parse(tabs.replace("\t", "      "));
        assertThat(d.docType()).isEqualTo(expected.docType());
        assertThat(d.number()).isEqualTo(expected.number());
        assertThat(d.issuedDate()).isEqualTo(expected.issuedDate());
        assertThat(d.place()).isEqualTo(expected.place());
        assertThat(d.issuer()).isEqualTo(expected.issuer());
        assertThat(d.title()).isEqualTo(expected.title());
        assertThat(d.signer()).isEqualTo(expected.signer());
        assertThat(d.recipients()).isEqualTo(expected.recipients());
        assertThat(d.sections()).extracting(Section::label, Section::title)
                .isEqualTo(expected.sections().stream().map(s -> tuple(s.label(), s.title())).toList());
    }

    @Test
    void reportWithMarkdownTableHeaderAndBoldFooter() {
        String text = Samples.read("report-markdown-table.md");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("BÁO CÁO");
        assertThat(d.number()).isEqualTo("45/BC-VP");
        assertThat(d.issuedDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.place()).isEqualTo("An Phú");
        assertThat(d.issuer()).isEqualTo("VĂN PHÒNG HĐND VÀ UBND");
        assertThat(d.title()).isEqualTo("Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024");
        assertThat(d.signer()).isEqualTo(new Signer("Lê Thị Bình", "PHÓ CHÁNH VĂN PHÒNG", "KT. CHÁNH VĂN PHÒNG"));
        assertThat(d.recipients()).containsExactly("UBND xã (b/c)", "Lưu: VT.");

        assertThat(d.sections()).extracting(Section::level, Section::label, Section::title).containsExactly(
                tuple(1, "I", "KẾT QUẢ ĐẠT ĐƯỢC"),
                tuple(2, "1", "Công tác chỉ đạo, điều hành"),
                tuple(2, "2", "Cải cách thủ tục hành chính"),
                tuple(1, "II", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
                tuple(3, "1.1", "Tiếp tục rà soát thủ tục hành chính"),
                tuple(3, "1.2", "Nâng cao chất lượng phục vụ"));
        assertThat(text.substring(d.sections().get(0).start())).startsWith("### I. KẾT QUẢ");
        assertThat(text.substring(d.sections().get(2).start())).startsWith("#### **2. Cải cách");
    }

    @Test
    void hardWrappedDecisionWithAttachedRegulation() {
        String text = Samples.read("decision-wrapped.md");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(d.number()).as("Số: broken before the symbol").isEqualTo("1234/QĐ-UBND");
        assertThat(d.issuedDate()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(d.place()).isEqualTo("Lâm Đồng");
        assertThat(d.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
        assertThat(d.title()).isEqualTo(
                "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG");
        assertThat(d.signer()).isEqualTo(
                new Signer("Trần Văn Bình", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"));
        assertThat(d.recipients()).containsExactly("Như Điều 3", "Bộ Công Thương", "Lưu: VT, KT.");

        assertThat(at(text, d.preamble())).startsWith("*Căn cứ Luật Tổ chức chính")
                .endsWith("Giám đốc Sở Công Thương.*");
        assertThat(at(text, d.appendix())).startsWith("**QUY CHẾ**").endsWith("Chủ trì, hướng dẫn, kiểm tra.\n");
        assertThat(d.body().end()).isLessThan(d.appendix().start());

        assertThat(d.sections()).extracting(Section::level, Section::label).containsExactly(
                tuple(2, "Điều 1"), tuple(2, "Điều 2"), tuple(2, "Điều 3"),
                tuple(1, "Chương I"), tuple(2, "Điều 1"), tuple(3, "1"), tuple(3, "2"), tuple(4, "a"),
                tuple(4, "b"),
                tuple(1, "Chương II"), tuple(2, "Điều 2"));
        assertThat(d.sections()).extracting(Section::title).contains("QUY ĐỊNH CHUNG", "Phạm vi điều chỉnh",
                "Đối tượng áp dụng gồm", "TRÁCH NHIỆM PHỐI HỢP", "Trách nhiệm của Sở Công Thương");
        Section article1 = d.sections().get(0);
        assertThat(article1.title()).as("a heading's sentence runs on over the line break")
                .isEqualTo("Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp trên "
                        + "địa bàn tỉnh");
        Section chapter1 = d.sections().get(3);
        assertThat(at(text, new TextSpan(chapter1.start(), chapter1.end())))
                .startsWith("**Chương I**").endsWith("b) Ủy ban nhân dân các xã.");
        Section lastArticle = d.sections().get(10);
        assertThat(lastArticle.end()).as("the last section ends with the appendix, whitespace excluded")
                .isEqualTo(text.stripTrailing().length());
    }

    @Test
    void officialLetterIsRecognisedByItsSubjectLine() {
        String text = Samples.read("letter-vv.txt");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("CÔNG VĂN");
        assertThat(d.title()).isEqualTo("hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025");
        assertThat(d.number()).isEqualTo("4321/BGDĐT-GDTrH");
        assertThat(d.issuedDate()).isEqualTo(LocalDate.of(2024, 8, 15));
        assertThat(d.place()).isEqualTo("Hà Nội");
        assertThat(d.issuer()).isEqualTo("BỘ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(d.signer()).isEqualTo(new Signer("Phạm Ngọc Thưởng", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG"));
        assertThat(d.recipients()).containsExactly("Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, GDTrH.");
        assertThat(d.sections()).extracting(Section::label).containsExactly("1", "2");
        assertThat(at(text, d.preamble())).startsWith("Thực hiện Chỉ thị số 1/CT-BGDĐT");
    }

    @Test
    void planWithoutHeaderTakesTheIssuerFromItsOpeningSentence() {
        String text = Samples.read("plan-no-header.txt");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("KẾ HOẠCH");
        assertThat(d.number()).as("blank number").isEqualTo("/KH-MNHS");
        assertThat(d.issuedDate()).as("odd spacing").isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(d.place()).isEqualTo("Phú Thọ");
        assertThat(d.issuer()).isEqualTo("Trường Mầm non Hoa Sen");
        assertThat(d.title()).isEqualTo("Phòng chống dịch bệnh mùa đông xuân năm 2025");
        assertThat(d.signer()).as("a name right after the list, no title").isEqualTo(
                new Signer("Đỗ Thị Hoa", null, null));
        assertThat(d.recipients()).as("misspelt label").containsExactly("Trạm Y tế xã", "Lưu VT.");
        assertThat(d.sections()).extracting(Section::label, Section::title).containsExactly(
                tuple("I", "MỤC ĐÍCH – YÊU CẦU"),
                tuple("1", "Bảo vệ sức khỏe trẻ... Phát hiện sớm ca bệnh"),
                tuple("II", "TIẾN ĐỘ THỰC HIỆN"));
        assertThat(d.implementation()).hasSize(1);
    }

    @Test
    void partyPlanWithPartyMottoAndDashLabels() {
        String text = Samples.read("party-plan.txt");
        DocumentStructure d = parser.parse(text);

        assertThat(d.docType()).isEqualTo("KẾ HOẠCH");
        assertThat(d.number()).isEqualTo("45-KH/HU");
        assertThat(d.issuer()).isEqualTo("HUYỆN ỦY CHƯ SÊ");
        assertThat(d.place()).isEqualTo("Chư Sê");
        assertThat(d.title()).isEqualTo("tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW");
        assertThat(d.signer()).isEqualTo(new Signer("NGUYỄN VĂN CƯỜNG", "PHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ"));
        assertThat(d.sections()).extracting(Section::level, Section::label, Section::title).containsExactly(
                tuple(1, "I", "MỤC ĐÍCH, YÊU CẦU"), tuple(1, "II", "NỘI DUNG"), tuple(2, "1", "Đánh giá kết quả"));
    }

    @Test
    void typeAndSubjectOnOneMarkdownHeading() {
        String text = """
                ## KẾ HOẠCH Thực hiện công tác chuyển đổi số năm 2025

                Trường THCS Nguyễn Du xây dựng kế hoạch với những nội dung sau:

                ### I. Mục đích yêu cầu

                #### **1. Mục đích**

                Nâng cao hiệu quả.

                ### **II. Nhiệm vụ**

                **Nơi nhận:**

                - Phòng GD&ĐT;
                - Lưu: VT.

                **HIỆU TRƯỞNG**\s\s
                \s\s
                **Trần Thị Mai**
                """;
        DocumentStructure d = parser.parse(text);
        assertThat(d.docType()).isEqualTo("KẾ HOẠCH");
        assertThat(d.title()).isEqualTo("Thực hiện công tác chuyển đổi số năm 2025");
        assertThat(d.issuer()).isEqualTo("Trường THCS Nguyễn Du");
        assertThat(d.number()).isNull();
        assertThat(d.issuedDate()).isNull();
        assertThat(d.sections()).extracting(Section::level, Section::label, Section::title).containsExactly(
                tuple(1, "I", "Mục đích yêu cầu"), tuple(2, "1", "Mục đích"), tuple(1, "II", "Nhiệm vụ"));
        assertThat(d.signer()).isEqualTo(new Signer("Trần Thị Mai", "HIỆU TRƯỞNG", null));
    }

    @Test
    void signatureVariants() {
        assertThat(signerOf("**KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\nHuỳnh Văn Long\n"))
                .isEqualTo(new Signer("Huỳnh Văn Long", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"));
        assertThat(signerOf("**KT.\nCHỦ TỊCH **\nPHÓ CHỦ TỊCH\nHoàng Văn Tân\n"))
                .isEqualTo(new Signer("Hoàng Văn Tân", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"));
        assertThat(signerOf("**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nPhạm Văn Cường\n"))
                .isEqualTo(new Signer("Phạm Văn Cường", "PHÓ CHỦ NHIỆM", "KT. BỘ TRƯỞNG, CHỦ NHIỆM"));
        assertThat(signerOf("**TL. CỤC TRƯỞNG**\nKT. TRƯỞNG BAN CHÍNH SÁCH\nPHÓ TRƯỞNG BAN\nLê Thị Hiền\n"))
                .isEqualTo(new Signer("Lê Thị Hiền", "PHÓ TRƯỞNG BAN", "TL. CỤC TRƯỞNG KT. TRƯỞNG BAN CHÍNH SÁCH"));
        assertThat(signerOf("**XÁC THỰC VĂN BẢN\nHỢP NHẤT**\n**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n"
                + "**Thượng\ntướng Võ Văn Lương**\n"))
                .as("a heading above the authority is dropped, a rank before the name too")
                .isEqualTo(new Signer("Võ Văn Lương", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG"));
        assertThat(signerOf("HP_VP11_QĐ\n|\nGIÁM ĐỐC\n[daky]\nNGUYỄN THỊ HOA\n"))
                .as("a typist's code is skipped, an upper-case name is known by its family name")
                .isEqualTo(new Signer("NGUYỄN THỊ HOA", "GIÁM ĐỐC", null));
        assertThat(signerOf("**TRƯỞNG BAN**\nPHÓ THỦ TƯỚNG\nMai Văn Chánh\n"))
                .isEqualTo(new Signer("Mai Văn Chánh", "TRƯỞNG BAN PHÓ THỦ TƯỚNG", null));
        assertThat(signerOf("CHUYÊN VIÊN PHỤ TRÁCH\nĐinh Văn Tư\n"))
                .as("an unknown position right above a name")
                .isEqualTo(new Signer("Đinh Văn Tư", "CHUYÊN VIÊN PHỤ TRÁCH", null));
        assertThat(signerOf("TRƯỞNG CÔNG AN XÃ\n\nĐại úy Nguyễn Văn Hùng\n"))
                .as("a police rank is not part of the name")
                .isEqualTo(new Signer("Nguyễn Văn Hùng", "TRƯỞNG CÔNG AN XÃ", null));
        assertThat(signerOf("PHỤ LỤC\nDanh mục các xã\n")).as("no signature").isNull();
    }

    private Signer signerOf(String signature) {
        String text = "THÔNG BÁO\n\nVề việc nghỉ lễ\n\n1. Nghỉ từ ngày 30/4.\n\nNơi nhận:\n- Như trên;\n"
                + "- Lưu: VT.\n" + signature;
        return parser.parse(text).signer();
    }

    @Test
    void signatureWithoutRecipientsList() {
        String text = "CHỈ THỊ\n\nVề tăng cường kỷ cương\n\n1. Các sở thực hiện nghiêm.\n\n"
                + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng\n";
        DocumentStructure d = parser.parse(text);
        assertThat(d.signer()).isEqualTo(new Signer("Lê Văn Hùng", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"));
        assertThat(d.recipients()).isEmpty();
        assertThat(at(text, d.body())).endsWith("thực hiện nghiêm.\n\n");
    }

    @Test
    void signatureAboveTheRecipientsList() {
        String text = "THÔNG BÁO\n\nVề việc nghỉ lễ\n\n1. Nghỉ từ ngày 30/4.\n\nGIÁM ĐỐC\n\nTrần Văn Nam\n\n"
                + "Nơi nhận:\n- Các phòng;\n- Lưu: VT.\n";
        DocumentStructure d = parser.parse(text);
        assertThat(d.signer()).isEqualTo(new Signer("Trần Văn Nam", "GIÁM ĐỐC", null));
        assertThat(d.recipients()).containsExactly("Các phòng", "Lưu: VT.");
        assertThat(at(text, d.body())).doesNotContain("GIÁM ĐỐC");
    }

    @Test
    void recipientsListVariants() {
        String text = "THÔNG BÁO\n\nVề việc họp\n\n1. Họp lúc 8 giờ.\n\n*Nơi\nnhận:*\n-\nCông ty ABC (số 5 Lê Lợi);\n"
                + "- Các Bộ, cơ quan: NNMT, TC,\nXD, YT;\n- Ban A; - Ban B;\nLưu: VT\n|\nGIÁM ĐỐC\nTrần Văn Nam\n";
        DocumentStructure d = parser.parse(text);
        assertThat(d.recipients()).containsExactly("Công ty ABC (số 5 Lê Lợi)", "Các Bộ, cơ quan: NNMT, TC, XD, YT",
                "Ban A", "Ban B", "Lưu: VT");
        assertThat(d.signer().name()).isEqualTo("Trần Văn Nam");
    }

    @Test
    void placeAndDateVariants() {
        assertThat(header("*Hà Tĩnh, ngày 27\ntháng 11 năm 2025*")).containsExactly("Hà Tĩnh", "2025-11-27");
        assertThat(header("*Đồng Tháp,\nngày 19 tháng 11 năm 2025*")).containsExactly("Đồng Tháp", "2025-11-19");
        assertThat(header("TP. Hồ Chí Minh, ngày 5/3/2024")).containsExactly("TP. Hồ Chí Minh", "2024-03-05");
        assertThat(header("Thành phố Huế, ngày 01 tháng 02 năm 2025")).containsExactly("Thành phố Huế",
                "2025-02-01");
        assertThat(header("Hà Nội, ngày      tháng 11 năm 2025")).as("blank day").containsExactly("Hà Nội", null);
        assertThat(header("Hà Nội, ngày 31 tháng 02 năm 2025")).as("impossible date").containsExactly("Hà Nội",
                null);
        assertThat(header("ngày 23 tháng 4 năm 2020")).as("no place").containsExactly(null, "2020-04-23");
    }

    private List<String> header(String dateLine) {
        DocumentStructure d = parser.parse("Số: 5/TB-UBND\n" + dateLine + "\n\nTHÔNG BÁO\n\nVề việc họp\n");
        return java.util.Arrays.asList(d.place(), d.issuedDate() == null ? null : d.issuedDate().toString());
    }

    @Test
    void numberVariants() {
        assertThat(numberOf("Số: 36/KH-THBTD")).isEqualTo("36/KH-THBTD");
        assertThat(numberOf("Số: /BC-THTTA1")).isEqualTo("/BC-THTTA1");
        assertThat(numberOf("Số:\n2820/QĐ-UBND")).isEqualTo("2820/QĐ-UBND");
        assertThat(numberOf("Số: 12 /KH-UBND")).isEqualTo("12/KH-UBND");
        assertThat(numberOf("Số............./QĐ-STP")).isEqualTo("/QĐ-STP");
        assertThat(numberOf("Luật số: 60/2024/QH15")).isEqualTo("60/2024/QH15");
        assertThat(numberOf("Số: 22-KH/BDVHU-UBND")).isEqualTo("22-KH/BDVHU-UBND");
        assertThat(numberOf("**Số hiệu:** 39992/CHQ-GSQL")).as("web metadata is not the number").isNull();
        assertThat(numberOf("**Số 45-KH/HU**")).as("Party documents print no colon").isEqualTo("45-KH/HU");
        assertThat(numberOf("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."))
                .as("a cited symbol in running text is not the document's number").isNull();
    }

    private String numberOf(String numberLine) {
        return parser.parse(numberLine + "\nHà Nội, ngày 1 tháng 2 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc A\n").number();
    }

    @Test
    void headerIssuerUnits() {
        assertThat(issuerOf("|\n**ỦY BAN NHÂN DÂN**\n**TỈNH HÀ TĨNH**\n-------\n|\n**CỘNG HÒA XÃ HỘI\n"
                + "CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 1/QĐ-UBND\n|\n"))
                .isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        assertThat(issuerOf("LĐLĐ HUYỆN NAM ĐÀN\nCĐCS TRƯỜNG THCS KIM LIÊN\n\nSố: 05/CTr-CĐCS\n"))
                .as("an abbreviated governing body starts a unit of its own")
                .isEqualTo("CĐCS TRƯỜNG THCS KIM LIÊN");
        assertThat(issuerOf("**BỘ NÔNG NGHIỆP\nVÀ **\nMÔI TRƯỜNG\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"))
                .isEqualTo("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
        assertThat(issuerOf("**ỦY\nBAN NHÂN DÂN **\nTHÀNH PHỐ CẦN THƠ\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"))
                .isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ");
        assertThat(issuerOf("QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\n"))
                .isEqualTo("QUỐC HỘI");
        assertThat(issuerOf("CHÍNH PHỦ_______ Số: 172/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                + "Độc lập – Tự do – Hạnh phúc________ Hà Nội, ngày 30 tháng 6 năm 2025 |\n"))
                .isEqualTo("CHÍNH PHỦ");
        assertThat(issuerOf("**CHỦ TỊCH ỦY\nBAN NHÂN DÂN**\nTỈNH ĐỒNG THÁP\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"))
                .isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP");
        assertThat(issuerOf("SỞ Y TẾ\nBỆNH VIỆN ĐA KHOA TỈNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
                .isEqualTo("BỆNH VIỆN ĐA KHOA TỈNH");
    }

    private String issuerOf(String header) {
        return parser.parse(header + "\n**QUYẾT ĐỊNH**\n\nVề việc A\n\nĐiều 1. B.\n").issuer();
    }

    @Test
    void legalInstrumentWithOnlyArticlesStartsAtLevelOne() {
        String text = "QUYẾT ĐỊNH\n\nVề việc A\n\nCăn cứ Luật B;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt.\n\n1. Mục tiêu:\n"
                + "\na) Tăng trưởng;\n\nĐiều 2. Hiệu lực thi hành\n";
        DocumentStructure d = parser.parse(text);
        assertThat(d.sections()).extracting(Section::level, Section::label, Section::title).containsExactly(
                tuple(1, "Điều 1", "Phê duyệt"), tuple(2, "1", "Mục tiêu"), tuple(3, "a", "Tăng trưởng;"),
                tuple(1, "Điều 2", "Hiệu lực thi hành"));
        assertThat(at(text, d.preamble())).isEqualTo("Căn cứ Luật B;");
    }

    @Test
    void issuerPrintedAsTheCompetenceLine() {
        String text = "Số: 1675/NQ-UBTVQH15 |\n\n**NGHỊ QUYẾT**\n\n**Về việc sắp xếp đơn vị hành chính**\n\n"
                + "**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n*Căn cứ Hiến pháp;*\n\n**QUYẾT NGHỊ:**\n\n**Điều 1.** A.\n";
        DocumentStructure d = parser.parse(text);
        assertThat(d.issuer()).isEqualTo("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        assertThat(d.title()).isEqualTo("Về việc sắp xếp đơn vị hành chính");
        assertThat(d.docType()).isEqualTo("NGHỊ QUYẾT");
    }

    @Test
    void emptyAndShapelessText() {
        assertThat(parser.parse("")).isEqualTo(DocumentStructure.empty(0));
        assertThat(parser.parse(" \n\t\n")).isEqualTo(DocumentStructure.empty(4));
        DocumentStructure d = parser.parse("Một đoạn văn bản không có tiêu đề, không có mục nào.");
        assertThat(d.docType()).isNull();
        assertThat(d.sections()).isEmpty();
        assertThat(d.signer()).isNull();
        assertThat(d.body()).isEqualTo(new TextSpan(0, 52));
    }

    @Test
    void originalConstructorKeepsWorking() {
        DocumentStructure d = new DocumentStructure("KẾ HOẠCH", null, null, null, null, null, null, null, List.of(),
                List.of(), new TextSpan(0, 3));
        assertThat(d.preamble()).isNull();
        assertThat(d.appendix()).isNull();
        assertThat(d.implementation()).isEmpty();
    }
}
