/**
 * Assignments: who must do what.
 *
 * <p>{@link org.vanban.assign.RuleAssignmentExtractor} (the default) reads the blocks and sentences of
 * {@link org.vanban.deadline.PlanLayout} and recognises actors with {@link org.vanban.entity.ActorFinder}: the
 * persons, roles and organisations the entity tagger found, plus the collective actors of the group lexicon
 * ("cán bộ, giáo viên, nhân viên", "các đơn vị trực thuộc"), with their quantifiers, modifiers and coordination.
 * Where an actor is expected — after an introducer, before "chịu trách nhiệm", after "phối hợp với", as the
 * subject in an implementation part — an actor the lexicons do not know also counts when it starts with a head word
 * ("Trưởng Trạm Y tế", "Cố vấn học tập", "Các tổ công đoàn", "Bộ Văn hóa, Thể thao và Du lịch";
 * {@link org.vanban.entity.ActorFinder#lenientAt}).
 *
 * <h2>What counts</h2>
 * <ul>
 *   <li>An introducer and an actor, anywhere: "Giao Phòng Tổ chức hành chính …", "Phân công đồng chí … phụ trách
 *       …", "Yêu cầu &lt;actor&gt; …", "(Kính) Đề nghị &lt;actor&gt; …". The surface starts at the introducer
 *       (after "Kính"). "Phân công đồng chí A …; đồng chí B …" gives one entry per person; "đồng chí A, Phó Hiệu
 *       trưởng, …" names the person.</li>
 *   <li>An actor and a marker, anywhere: "X chịu trách nhiệm …", "X có trách nhiệm …", "X chủ trì …"; "X chủ trì,
 *       phối hợp với Y …" gives X ({@code lead}) and Y ({@code support}) with the same surface.</li>
 *   <li>In an implementation part — a section titled "Tổ chức thực hiện", "Tiến độ thực hiện", "Phân công nhiệm
 *       vụ", "Thời gian, cách thức tiến hành", … ({@code org/vanban/deadline/sections.txt}), a task list dated by
 *       period headings, or a task section for a period in a plan or resolution ("Nhiệm vụ trọng tâm tháng
 *       10/2024"; not a report's outlook) — a sentence or clause whose subject is an actor followed by its task,
 *       also after a preamble ("Căn cứ …, cán bộ, giáo viên … triển khai …") or after ":" / ";".</li>
 *   <li>"X chịu trách nhiệm …" / "X có trách nhiệm …" where X is the whole clause before the marker, however long
 *       and whatever its words, when it reads as an actor ("Các bộ phận liên quan và các ông (bà) có tên tại Điều 1
 *       chịu trách nhiệm thi hành …"; ";"-separated lists of actors before it belong to it); not after "không".</li>
 *   <li>Each item under a role or unit heading ("1. Lãnh đạo nhà trường:", "1. Công an tỉnh", "- Tổ chuyên môn:"):
 *       who is the heading, the surface the item; an item with its own actor and marker keeps its own, and an item
 *       whose later clause names another actor ("- Tổ chức …; đề nghị Hội Phụ nữ phối hợp …") gives both. In an
 *       implementation part a numbered heading (or a "- … :" item) that is a short noun phrase with "- " items under
 *       it is a role or unit heading even when its words are unknown, if it starts with a head word ("2. Trưởng
 *       Trạm Y tế", "3. Y sĩ phụ trách chương trình tiêm chủng:", "4. Các tổ công đoàn") or a sibling heading does;
 *       topics are not ("2. Kinh phí", "3. Chế độ báo cáo"; {@code heading-topics.txt}). A paragraph after the
 *       heading's "- " items, or one that opens the closing ("Trên đây là Kế hoạch …", "Trong quá trình thực hiện
 *       …"; {@code closings.txt}), is none of its items.</li>
 * </ul>
 * <h2>What does not</h2>
 * Items with no actor; the issuer describing its own work (a subject that is "Nhà trường", "chúng tôi" or the
 * issuer's name, including its "phân công"/"giao" of its own staff); actor sentences outside the implementation
 * parts with no marker; noun and passive uses ("nhiệm vụ được giao", "theo yêu cầu", "theo đề nghị của",
 * {@code introducer-blockers.txt}); a "task" of fewer than three syllables (a table header "Cơ quan chủ trì");
 * anything in the account part of a report; a task that is past or passive ("… đã triển khai", "giao cho hội được
 * hưởng …"). A subject who asks someone else ("Hiệu trưởng … đề nghị các bộ phận …") assigns to the one asked.
 * A second introducer or an actor with a marker after "," or ";" ends the task before it ("Giao A …; đề nghị B
 * …", "X chịu trách nhiệm …; giao Y …"), and so does a closing clause ("…; trong quá trình thực hiện, nếu có …").
 *
 * <h2>Word lists</h2>
 * {@code org/vanban/assign/}: {@code markers.txt} (LEAD, SUPPORT and RESPONSIBLE markers), {@code preambles.txt},
 * {@code introducer-blockers.txt}, {@code heading-topics.txt}, {@code closings.txt}; the introducers, quantifiers,
 * honorifics and links are in {@code org/vanban/entity/actor-words.txt}, the roles, organisations, groups and head
 * words in the entity package's lists.
 */
package org.vanban.assign;
