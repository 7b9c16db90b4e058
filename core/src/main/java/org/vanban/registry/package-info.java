/**
 * The registry of legal instruments: what each instrument is, whether it is in force, what replaced, amended or
 * repealed it, and the sources that say so; plus the history of administrative units.
 *
 * <h2>Registry files</h2>
 * A registry file is JSON (format {@code "vanban-registry"}, version 1), validated against the published schema
 * {@code corpus/schema/registry-v1.schema.json} (also on the class path beside this package) and by
 * {@link org.vanban.registry.RegistryJson}, which adds what a schema cannot say. Each entry of {@code instruments}:
 * <ul>
 *   <li>{@code key}: the instrument's identity in the format of citation keys
 *       ({@link org.vanban.cite.CitationKeys}): the canonical symbol, {@code @} and the year of the instrument
 *       ({@code "36/2017/TT-BGDĐT@2017"}, {@code "124-QĐ/TW@2023"}), or a canonical name for an instrument without a
 *       symbol. Unique in a file; when a symbol is given the key must start with it and carry the year written in
 *       it.</li>
 *   <li>{@code type}, {@code symbol} (as officially written: {@code 11-QĐi/TW}), {@code issuer}, {@code title},
 *       {@code names} (the names a law is cited by: "Luật Tố cáo").</li>
 *   <li>{@code issued}, {@code effective}, {@code expires}: ISO dates; {@code expires} is the first day it is no
 *       longer in force.</li>
 *   <li>{@code status} in vbpl.vn's vocabulary ({@link org.vanban.registry.InstrumentStatus}: còn hiệu lực, hết hiệu
 *       lực toàn bộ, hết hiệu lực một phần, ngưng hiệu lực, chưa có hiệu lực, không còn phù hợp, chưa xác định),
 *       true as of {@code statusAsOf}.</li>
 *   <li>{@code confidence}: {@code sourced} when a listed source states the status, else {@code unverified};
 *       {@code sources} (URLs, or keys of instruments whose own text states the fact), {@code evidence} (the quoted
 *       sentence), {@code notes}.</li>
 *   <li>{@code relations}: each {@code {type, target, date, partial, sources, confidence, evidence, note}} with
 *       {@code type} one of replaces, replacedBy, amends, amendedBy, repeals, repealedBy, guides, guidedBy. The
 *       inverse of every relation is derived when the registry is built (A replacedBy B gives B replaces A).</li>
 * </ul>
 * A {@link org.vanban.registry.Registry} is built from any number of files and entries (the default registry in
 * {@code vanban-corpus} first, then the caller's). A later source overrides an earlier one field by field (a
 * missing field or the status "chưa xác định" overrides nothing); every disagreement is kept as a
 * {@link org.vanban.registry.RegistryConflict} and reported, never merged silently. Relations are merged by
 * (type, target); their sources are united.
 *
 * <h2>Lookup</h2>
 * {@link org.vanban.registry.Registry#resolve} finds the entry a citation means, and never guesses:
 * <ol>
 *   <li>the citation's key is an entry's key;</li>
 *   <li>else the symbol, compared by {@link org.vanban.registry.Symbols#fingerprint} (case, diacritics, "-" against
 *       "/", leading zeros and the Party code "QĐi" against "QĐ" do not matter, so {@code 11-QĐ/TW} meets
 *       {@code 11-QĐi/TW}; nothing else is forgiven) and the year: the citation's year (from the symbol or its
 *       date) must be the entry's; several entries of that year are told apart by the exact date of issue;</li>
 *   <li>a citation without a year matches when the registry has exactly one instrument with the symbol (a weak
 *       match: findings standing on it are one severity lower and say so); with several it is ambiguous;</li>
 *   <li>a law cited by name only ("Luật Tố cáo") is the entry with that name, or, when several bear it, the one in
 *       force on the day of the check by the registry's dates; otherwise ambiguous.</li>
 * </ol>
 * The checker also lends a bare mention the year of another mention of the same symbol in the same document when
 * all such mentions agree.
 *
 * <h2>Learning from instruments</h2>
 * {@link org.vanban.registry.RelationLearner} reads an analysed instrument's final articles and produces entries for
 * it and for the instruments it replaces, repeals (wholly or in part) or amends, dated by its own effective date or
 * the date the sentence gives, with the instrument itself as their source.
 *
 * <h2>Administrative units</h2>
 * {@link org.vanban.registry.AdministrativeUnits} (format {@code "vanban-administrative-units"}, schema
 * {@code corpus/schema/administrative-units-v1.schema.json}) holds provinces and named district-level units with
 * the interval each existed ({@code endedOn} is the first day its bodies no longer acted), their successors, and
 * the abolition of a whole tier (the district level ended on 2025-07-01), each fact with its sources.
 */
package org.vanban.registry;
