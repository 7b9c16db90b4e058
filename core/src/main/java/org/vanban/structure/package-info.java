/**
 * Structure: a document's header, outline and footer, found in its normalised text (NFC, LF line ends).
 *
 * <p>{@link org.vanban.structure.StructureParser} is the stage interface; {@link
 * org.vanban.structure.RuleStructureParser} the default, built on the layout rules of Nghị định 30/2020/NĐ-CP
 * (state bodies) and Hướng dẫn 36-HD/VPTW (Party bodies), and tolerant of what conversion leaves behind:
 * Markdown ({@code #}, {@code **}, {@code *}), table pipes and rules, cells flattened to tabs, hard line breaks
 * inside names, numbers and headings. The result is a {@link org.vanban.structure.DocumentStructure}; offsets are
 * {@code char} indices into the text. Word lists live in {@code resources/org/vanban/structure/}.
 *
 * <h2>Header</h2>
 * <ul>
 *   <li><b>Motto and header zone.</b> The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do -
 *       Hạnh phúc") or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM") is matched on letters only, so line breaks, pipes
 *       and emphasis inside it do not matter; the first phrase must be in upper case. The header zone starts at
 *       the issuer block just above the motto (or at the top of the text when there is no motto) and ends at the
 *       first line that can only be body: "Căn cứ", "Kính gửi", "Theo/Xét đề nghị", a basis clause ending in
 *       ";" or ".", an outline heading or "Nơi nhận".</li>
 *   <li><b>Document type</b>: the first line of the zone that is an upper-case name from
 *       {@code document-types.txt} (longest first: "NGHỊ QUYẾT LIÊN TỊCH" before "NGHỊ QUYẾT"), alone on its
 *       line, broken over two lines ("NGHỊ\nĐỊNH"), or followed by a mixed-case subject ("## KẾ HOẠCH Thực hiện
 *       …"). A letter with no printed type but a "V/v …" subject (or a "Kính gửi" line) is a "CÔNG VĂN".</li>
 *   <li><b>Subject (title)</b>: the paragraph under the type line, lines joined with single spaces, Markdown
 *       removed. It stops at a blank line or rule, a change of emphasis (a bold subject runs until its
 *       {@code **} closes) or of letter case, a line that opens with "(" ("(Kèm theo …)"), a basis clause or a
 *       heading. A first paragraph opening with "Thực hiện/Theo …" is the subject unless it ends with ";" or "."
 *       or runs past 300 characters. For a "CÔNG VĂN" the subject is the "V/v" text without "V/v".</li>
 *   <li><b>Number</b>: the first "Số: …" (also "Luật số:", "Số:\n2820/QĐ-UBND", "Số......./QĐ-STP", Party "Số
 *       45-KH/HU") before the type line; spaces are removed and a blank number gives "/BC-THTTA1".</li>
 *   <li><b>Place and date</b>: "&lt;place&gt;, ngày d tháng m năm yyyy" (also "ngày d/m/yyyy", odd spacing, a line
 *       break inside, a comma at the end of the line above) at the start of a line or table cell before the type
 *       line. A blank day or month gives no date. The place is one to seven capitalised words ("Thành phố",
 *       "Thị xã" allowed). When the header has none, the lines just above the footer are tried.</li>
 *   <li><b>Issuer</b>: the upper-case text of the header zone before the type line that is not motto, number,
 *       date or rule. Its lines are grouped into units: a line that begins with an organisation word
 *       ({@code organisation-heads.txt}) after a complete name starts a new unit ("ỦY BAN NHÂN DÂN HUYỆN X" /
 *       "TRƯỜNG THCS Y"), any other line continues the unit ("ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH"). The issuer is
 *       the last unit, as printed. Without a header issuer: an upper-case organisation line between the subject
 *       and the basis clauses ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), else the opening sentence: a clause that begins with
 *       an organisation word, names it with a capitalised word and goes on with an opening verb
 *       ({@code opening-verbs.txt}): "… trường THCS Hồng Hải xây dựng kế hoạch …" gives "Trường THCS Hồng Hải"
 *       (first letter capitalised).</li>
 * </ul>
 *
 * <h2>Outline</h2>
 * <ul>
 *   <li><b>What counts.</b> Every body or appendix line that begins (after indentation, {@code #}, {@code >},
 *       {@code *}, {@code _}) with an outline label, long numbered paragraphs included: Roman "I." "II)" "III -";
 *       Arabic "1." "1)" (one or two digits, then a space or a capital); multi-level "1.1" "1.2.3." (with a
 *       capital after a label without final dot); letters "a)" "đ)" "a."; legal units "Phần I"/"Phần thứ nhất",
 *       "Chương II", "Mục 1", "Điều 5." / "Điều 5a:" (keyword in title or upper case). Not sections: {@code -},
 *       {@code +}, {@code •} bullets, table rows (lines starting with {@code |}), unnumbered Markdown headings,
 *       upper-case letters "A.", "100%", "1.000", years. Numbering is kept as printed (gaps and repeats stay);
 *       lines in the header and footer are not scanned.</li>
 *   <li><b>Label</b>: without its "." or ")": "I", "1", "1.2", "a"; legal units keep the keyword, normalised to
 *       title case: "Chương II", "Mục 1", "Điều 5", "Phần I".</li>
 *   <li><b>Levels.</b> Administrative labels have fixed levels: Roman 1, Arabic 2, an Arabic label with n parts
 *       n + 1 ("1.1." is 3), a letter one below the Arabic heading above it (3 under "1.", 4 under "1.1.", 3 when
 *       none). Legal units rank among those the document uses: Chương, Mục, Điều in that order, the highest
 *       present is 1 (a decree with chapters: Chương 1, Điều 2; a decision with articles only: Điều 1); inside an
 *       article, khoản "1." is one level and điểm "a)" two levels below the article. "Phần" is level 0.</li>
 *   <li><b>Title</b>: the rest of the heading line ("Chương"/"Mục" names on the next line are taken too), with
 *       Markdown {@code #}, {@code *}, {@code _} emphasis removed and whitespace collapsed; a bold heading broken
 *       over lines runs until its {@code **} closes; a heading whose sentence runs on over a hard line break
 *       continues while the next line starts with a small letter or a digit (or, in text that is hard-wrapped
 *       throughout, any plain line). It is cut at the end of its first sentence (a single "." followed by
 *       whitespace; "..." is not one, and abbreviations such as "TP. " do cut), trimmed, and a trailing ":", a
 *       single final "." or the closing mark "./." is dropped.</li>
 *   <li><b>Extent</b>: {@code start} is the heading line's first non-blank character (the first {@code #} of a
 *       Markdown heading); {@code end} is where the next heading of the same or a higher level (smaller number)
 *       starts, else the end of the body (or of the appendix), trailing whitespace excluded.</li>
 *   <li><b>Preamble</b>: the run of legal-basis clauses at the top of the body ({@code basis-openers.txt}:
 *       "Căn cứ", "Thực hiện", "Theo đề nghị", "Xét", …), lines that carry a clause on over a hard break
 *       included; an upper-case authority line or a "Kính gửi" block may precede it. It ends before the first
 *       other paragraph ("QUYẾT ĐỊNH:", "Trường … xây dựng kế hoạch …") or heading.</li>
 *   <li><b>Implementation parts</b>: sections whose title begins with a phrase of
 *       {@code implementation-headings.txt} ("Tổ chức thực hiện", "Tiến độ thực hiện", "Trách nhiệm thi hành", …),
 *       outermost only.</li>
 * </ul>
 *
 * <h2>Footer</h2>
 * <ul>
 *   <li><b>Start</b>: the first "Nơi nhận" label after the header (also "Noi nhận", bold or italic, "NƠI NHẬN",
 *       "Nơi\nnhận:"), or a signature block printed above it, or, without a label, the first signature block
 *       (an authority or position line with a name under it). {@code body} ends there; the text after the
 *       signature (an attached plan or regulation, annexes) is the {@code appendix}, and its headings are
 *       sections.</li>
 *   <li><b>Recipients</b>: each item under the label: lines starting with a bullet ({@code -}, {@code +},
 *       {@code •}; a bullet alone on its line takes the next line), lines that carry an item on over a hard break,
 *       bulletless lines ending with ";" or starting with "Lưu". The bullet and a trailing ";" are removed, a
 *       trailing "." is kept ("Lưu: VT."); items flattened onto one line ("- A; - B;") are split. The list ends
 *       at a pipe line, a signature line or any other line.</li>
 *   <li><b>Signature</b>: read from what follows the list (or from the right-hand cells of tab/pipe-split lines
 *       beside it), skipping typists' codes: authority lines ({@code authority-prefixes.txt}: KT., TM., TL., TUQ.,
 *       Q., PT., and the Party's K/T, T/M, kept as printed with one space after the prefix: "KT.GIÁM ĐỐC" and
 *       "KT.\nGIÁM ĐỐC" become "KT. GIÁM ĐỐC"; a collective body broken over lines is joined; a chain is joined
 *       with one space: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"), then the position title (an upper-case line that
 *       begins with a word of {@code positions.txt}; a second position line is joined with one space: "TRƯỞNG
 *       BAN PHÓ THỦ TƯỚNG"; an unknown upper-case line counts only right above the name), placeholders
 *       ("(Đã ký)", "[daky]";
 *       {@code signature-placeholders.txt}), and the name: two to seven capitalised words, or an upper-case name
 *       that starts with a family name from {@code surnames.txt}; a rank or academic title before it
 *       ({@code name-prefixes.txt}: "Thượng tướng", "PGS.TS.") is dropped. A name may follow the list with no
 *       title (title and authority are then null).</li>
 * </ul>
 *
 * <p>Every rule looks at a bounded window (the header zone, a few lines after a heading or the footer label)
 * or makes one pass over the lines, and no pattern can backtrack without bound, so parsing is linear in the
 * length of the text. Parsers hold only immutable word lists and are safe to share between threads.
 */
package org.vanban.structure;
