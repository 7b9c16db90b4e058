/**
 * The Lucene index of analysed documents: Vietnamese analysis, the schema, and keeping an index up to date with
 * folders of files.
 *
 * <h2>Analysis</h2>
 * {@link org.vanban.index.VietnameseAnalyzer} is built from Lucene's components, with three small pieces written
 * for Vietnamese:
 * <ol>
 *   <li>a char filter that runs the project's {@link org.vanban.normalize.TextNormalizer} (NFC, one tone-mark
 *       style, so "hoá"/"hóa" and NFD input are one term), with offsets mapped back to the field's text;</li>
 *   <li>{@link org.vanban.index.VietnameseTokenizer}: one token per syllable (Vietnamese writes one syllable per
 *       space-separated word), and document symbols kept whole ("04/2015/NĐ-CP", "25-NQ/TW", "33/CTTTg" are one
 *       token each, where Lucene's standard tokenizer gives four);</li>
 *   <li>a folding filter using {@link org.vanban.normalize.Diacritics#fold} (marks removed, đ → d).</li>
 * </ol>
 * Lucene's {@code LowerCaseFilter} lower-cases and its {@code ShingleFilter} makes syllable bigrams. Queries go
 * through the same analyzers. When indexing, a document's text is normalised once and the result feeds its three
 * text fields (the normaliser is idempotent, so normalised queries meet the same terms); the text is stored as
 * given, so snippets and citation offsets refer to it.
 *
 * <h2>Schema</h2>
 * One Lucene document per analysed document, identified by its source ({@link org.vanban.index.IndexFields}):
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>holds</th><th>how</th></tr>
 *   <tr><td>source</td><td>path or caller's name</td><td>keyword, stored, sorted doc values (the identity)</td></tr>
 *   <tr><td>hash</td><td>SHA-256 of the file</td><td>binary doc values (skip unchanged files)</td></tr>
 *   <tr><td>doc_type / facet_type</td><td>docType</td><td>folded keyword ("ke hoach") / as printed</td></tr>
 *   <tr><td>number</td><td>the document's own symbol</td><td>match key (see below)</td></tr>
 *   <tr><td>issued / facet_year</td><td>issuedDate</td><td>epoch-day long point + numeric doc values / year</td></tr>
 *   <tr><td>issuer / facet_issuer</td><td>issuer</td><td>text, folded / as printed</td></tr>
 *   <tr><td>title, signer, section, assignee</td><td>subject line; signer name, position, authority; section
 *       titles; who of assignments and deadlines</td><td>text, folded</td></tr>
 *   <tr><td>text</td><td>the normalised text</td><td>text, syllables with diacritics; stored (snippets)</td></tr>
 *   <tr><td>text_folded</td><td>the text</td><td>text, folded syllables</td></tr>
 *   <tr><td>text_bigrams</td><td>the text</td><td>text, folded syllable bigrams ("dan chu")</td></tr>
 *   <tr><td>cited_key / facet_cited</td><td>each distinct {@code Citation.key}</td><td>keyword / facet</td></tr>
 *   <tr><td>cited_match</td><td>each cited instrument, canonical and as printed</td><td>match key, alone and
 *       with "@year"</td></tr>
 *   <tr><td>cited_type, cited_issuer, cited_year</td><td>type, issuer, year of each citation</td><td>folded
 *       keyword, folded text, int point</td></tr>
 *   <tr><td>deadline</td><td>each deadline's date</td><td>epoch-day long point</td></tr>
 *   <tr><td>json</td><td>the analysis without its text ({@code DocumentJson})</td><td>stored only: hits are shown
 *       without re-parsing</td></tr>
 * </table>
 * The match key of a symbol or name ({@link org.vanban.index.IndexFields#matchKey}) is its folded, upper-cased
 * letters and digits: spellings that differ in separators, case or diacritics meet ("33/CTTTg" = "33/CT-TTg",
 * "26-CT/TTg" = "26/CT-TTg", "ND-CP" = "NĐ-CP"). Repairs of letters ("08-NQQ/TU" → "08-NQ/TU") are the citation
 * extractor's: the index holds the extractor's {@code canonical} as well as the printed symbol, so a search for
 * 08-NQ/TU finds a document that printed 08-NQQ/TU. A bare symbol matches every year of it; "symbol@year" one.
 * Facets are counted from sorted-set doc values with Lucene's facet module ({@code StringValueFacetCounts}).
 * Each commit records the schema version; an index of another version is refused with a clear message.
 *
 * <h2>Durability and concurrency</h2>
 * {@link org.vanban.index.DocumentIndex} wraps one {@code IndexWriter}: many threads may add, replace and delete
 * at once. Lucene commits are atomic and fsynced; {@link org.vanban.index.FolderIndexer} commits every N
 * documents or T seconds and at the end. A process killed at any moment (kill -9, power loss after the fsync)
 * leaves an index that opens as of its last commit, with every document committed before; re-running the same
 * run skips those (same hash) and completes the rest. The index folder is locked against a second writer; any
 * number of readers, in this or other processes, search while it is written: readers in other processes see
 * each commit, near-real-time readers in the writing process see changes after a refresh.
 */
package org.vanban.index;
