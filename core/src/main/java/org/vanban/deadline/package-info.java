/**
 * Deadlines: who must deliver what, by when.
 *
 * <p>{@link org.vanban.deadline.RuleDeadlineExtractor} (the default) works on the body of the document, split by
 * {@link org.vanban.deadline.PlanLayout} into blocks (heading lines, "- "/"+ " items, paragraphs with their wrapped
 * lines), each hanging under a parent block, and into sentences.
 *
 * <h2>What is a deadline</h2>
 * <ul>
 *   <li>A date in any spelling — "03/06/2022", "ngày 15 tháng 12 năm 2024", "20-5-2024", "17 giờ ngày 20/5" — or a
 *       period after a <em>trigger</em>: "trước", "chậm nhất (là/vào)", "hạn (chót/cuối/nộp)", "thời hạn", "không
 *       quá", "hoàn thành (trước/trong/vào)", "xong trước", "muộn nhất (vào)", "Thời gian thực hiện:", and "hạn chót",
 *       "hạn cuối", "thời hạn (gửi/nộp/hoàn thành)" with up to six words and "là" before the date ("hạn cuối nhận
 *       hồ sơ là 17 giờ ngày …", "thời hạn gửi Sở Tài chính là ngày …"); for periods also "trong" and "vào"
 *       ("hoàn thành trong tháng 9/2024", "vào Quý IV năm 2020"). The surface starts at the delivery verb just before
 *       the trigger ("gửi trước ngày 03/06/2022", "nộp báo cáo 6 tháng trước ngày 02 tháng 6"). A trigger after
 *       "(kể) từ (ngày)" anchors a relative limit and is none ("kể từ ngày kết thúc 6 tháng đầu năm").</li>
 *   <li>The end of a submission window: "nộp hồ sơ … từ ngày 03/10/2022 đến hết ngày 12/10/2022" (also "… đến hết
 *       ngày …" alone) is due on its last day when a delivery verb or a verb of {@code window-verbs.txt} ("tự đánh
 *       giá", "kê khai", "tiếp nhận") stands in its clause; otherwise it is a schedule ("Thời gian: 02 ngày, từ ngày
 *       …", "nghỉ học từ ngày …"), and "tính từ/đến ngày …" is a data period or cut-off.</li>
 *   <li>A period that opens a clause and is followed by its task: "6 tháng đầu năm, kết nạp ít nhất 10 đảng viên",
 *       "Quý III, hoàn thành …" (the surface is the period).</li>
 *   <li>A relative limit with its anchor: "trong thời hạn 15 ngày kể từ ngày nhận được …" (date null), dated when
 *       the anchor is a date or the signing ("kể từ ngày ký": the document's date plus the delay; working days
 *       stay null).</li>
 *   <li>A recurrence next to a delivery verb ("báo cáo", "gửi", "nộp", "tổng hợp", "sơ kết", "tổng kết", …; list
 *       in {@code delivery-verbs.txt}), or anywhere in a clause that such a verb opens or that the recurrence
 *       ends ("Báo cáo kết quả … về Trung tâm Y tế huyện và Ủy ban nhân dân xã hằng tháng."): "hằng/hàng tháng"
 *       → monthly,
 *       "hằng quý", "định kỳ hàng quý" → quarterly,
 *       "định kỳ 6 tháng", "6 tháng và cuối năm" → half-yearly, "hằng năm" → yearly. A recurring limit has no
 *       single date even when it names a day ("hằng tháng, trước ngày 25", "trước ngày 30/11 hằng năm" → date null);
 *       a recurrence and a vague limit in one sentence are one deadline. A recurrence qualifies only a limit of its
 *       own clause (";" ends one) and never a date written with its year ("Báo cáo tiến độ hằng tháng; nộp báo cáo
 *       tổng kết trước ngày 15/12/2024" is two deadlines).</li>
 *   <li>A vague limit after a delivery verb: "đúng thời gian quy định", "đúng thời hạn" (date and recurrence
 *       null).</li>
 *   <li>Each "- " item under a period heading ("1. Quý I", "2. Sáu tháng cuối năm", "- Tháng 9/2024:"): its text is
 *       the surface, the period's end its date, the unit it names its {@code who}.</li>
 * </ul>
 * Not deadlines: dates in citations (the citation spans are protected) or in the title; a date with no trigger
 * (an event, a reference, a holiday); schedules and data periods (above); anything after "đã" in its clause (past
 * events; a "đã" in an earlier clause of the sentence does not count); a date before the document's own date, or,
 * in an undated text, before the latest instrument it cites (conditions such as "trước ngày 01/01/1995" in a law);
 * an opening period that carries its year in an undated text (history); anything in a quoted name; and,
 * in a report ({@code docType} "BÁO CÁO"), everything outside its forward-looking sections (titles with
 * "phương hướng", "nhiệm vụ", "giải pháp", "kiến nghị", … in {@code sections.txt}).
 *
 * <h2>The year rule</h2>
 * See {@link org.vanban.deadline.DocumentYear}: a day and month take the year of the document's date (the next
 * year if that puts them more than 60 days before it), else the one year in the title, else — in a school-year plan
 * ("năm học 2023-2024") — the first year for August to December and the second for January to July; otherwise the
 * date is null.
 *
 * <h2>Period mapping</h2>
 * Periods end on their last day in the plan's year (the one year the title names, else the document's year):
 * "Quý I" … "Quý IV" → 31/3, 30/6, 30/9, 31/12 ("Quý I/2026", "Quý IV năm 2020" carry their own year);
 * "tháng 9", "tháng 9/2024" → the last day of that month; "6 tháng đầu năm" → 30/6; "6 tháng cuối năm",
 * "cuối năm", "hết năm 2025" → 31/12; "năm 2025" after "trong/hoàn thành" → 31/12/2025; "trước năm 2030" →
 * 31/12/2029.
 *
 * <h2>who and what</h2>
 * {@code who} is the actor nearest before the limit in its sentence (the subject, the subject of a later clause
 * after ":" or ";", or the actor after "Giao", "Yêu cầu", "Đề nghị", "Phân công"; actors the lexicons do not know
 * count when they start with a head word, see {@link org.vanban.entity.ActorFinder#lenientAt}), else that of the
 * item it hangs under ("- Đồng chí Phó Hiệu trưởng … như sau:" / "+ … gửi trước ngày …"); under a heading whose
 * actor is described by a relative verb ("2. Y sĩ phụ trách chương trình tiêm chủng:") it is left to the pipeline,
 * which takes the heading's assignment. {@code what} is the thing delivered; when the text names a recipient after
 * the delivery verb ("gửi về Phòng GD&amp;ĐT", in the sentence or its parent item) and {@code what} does not already
 * say it, it is appended as "(gửi về …)".
 *
 * <h2>Word lists</h2>
 * {@code org/vanban/deadline/}: {@code delivery-verbs.txt} (with CARRIER/OBJECT tags for "nộp báo cáo"),
 * {@code not-delivery.txt} (nouns such as "chương trình" that contain a verb's syllable), {@code window-verbs.txt}
 * (verbs that make a window a limit), {@code sections.txt}
 * (section kinds), {@code abbreviations.txt} (full stops that do not end a sentence). Every pattern is bounded and
 * runs once over the text: time is linear in the length of the document.
 */
package org.vanban.deadline;
