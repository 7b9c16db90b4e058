/**
 * Assignments: who must do what.
 *
 * <p>{@link org.vanban.assign.RuleAssignmentExtractor} (the default) reads the blocks and sentences of
 * {@link org.vanban.deadline.PlanLayout} and recognises actors with {@link org.vanban.entity.ActorFinder}: the
 * persons, roles and organisations the entity tagger found, plus the collective actors of the group lexicon
 * ("cán bộ, giáo viên, nhân viên", "các đơn vị trực thuộc"), with their quantifiers, modifiers and coordination.
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
 *       period headings, or a task section for a period ("Nhiệm vụ trọng tâm tháng 10/2024") — a sentence or clause
 *       whose subject is an actor followed by its task, also after a preamble ("Căn cứ …, cán bộ, giáo viên …
 *       triển khai …") or after ":" / ";".</li>
 *   <li>Each item under a role or unit heading ("1. Lãnh đạo nhà trường:", "1. Công an tỉnh", "- Tổ chuyên môn:"):
 *       who is the heading, the surface the item; an item with its own actor and marker keeps its own.</li>
 * </ul>
 * <h2>What does not</h2>
 * Items with no actor; the issuer describing its own work (a subject that is "Nhà trường", "chúng tôi" or the
 * issuer's name, including its "phân công"/"giao" of its own staff); actor sentences outside the implementation
 * parts with no marker; noun and passive uses ("nhiệm vụ được giao", "theo yêu cầu", "theo đề nghị của",
 * {@code introducer-blockers.txt}); a "task" of fewer than three syllables (a table header "Cơ quan chủ trì");
 * anything in the account part of a report. A subject who asks someone else ("Hiệu trưởng … đề nghị các bộ phận
 * …") assigns to the one asked.
 *
 * <h2>Word lists</h2>
 * {@code org/vanban/assign/}: {@code markers.txt} (LEAD and SUPPORT markers), {@code preambles.txt},
 * {@code introducer-blockers.txt}; the introducers, quantifiers, honorifics and links are in
 * {@code org/vanban/entity/actor-words.txt}, the roles, organisations and groups in the entity package's lists.
 */
package org.vanban.assign;
