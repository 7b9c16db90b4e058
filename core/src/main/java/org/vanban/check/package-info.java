/**
 * Checking a document against the registry of instruments and the history of administrative units, as of a day.
 *
 * <p>{@link org.vanban.check.Checker#check(org.vanban.AnalyzedDocument, java.time.LocalDate)} returns
 * {@link org.vanban.check.Finding}s; without a day it checks as of the document's own date, else today. A checker is
 * immutable and thread-safe. Each finding has a code, a severity, the span (code points, like the document's
 * offsets), a message in Vietnamese and in English, a suggestion where there is one, the fact it stands on
 * ({@code basis}), that fact's sources and its confidence. {@link org.vanban.check.HtmlReport} renders findings as a
 * self-contained page.
 *
 * <h2>Findings and their severity (when the fact is sourced)</h2>
 * <ul>
 *   <li><b>SUPERSEDED</b> (error): a replacedBy relation had taken effect by the day: its own date, else the
 *       replacement's effective date, else the replacement's date of issue (then within 60 days of that issue the
 *       finding is one step lower, since the effective date is unknown), else the day the registry recorded the
 *       instrument as ended. Names the replacement and the date; suggests the last instrument of the replacement
 *       chain.</li>
 *   <li><b>EXPIRED</b> (error): repealed wholly, past its {@code expires} date, or recorded as ended (hết hiệu lực
 *       toàn bộ, ngưng hiệu lực, không còn phù hợp) on or before the day, with nothing replacing it. A status with
 *       no date counts only from the day it was recorded ({@code statusAsOf}).</li>
 *   <li><b>PARTLY_EXPIRED</b> (warning): a partial repeal or replacement had taken effect, or the status was hết
 *       hiệu lực một phần.</li>
 *   <li><b>AMENDED</b> (info): an amendedBy relation had taken effect; cite it "as amended by …".</li>
 *   <li><b>NOT_YET_EFFECTIVE</b> (warning): issued but its effective date is after the day.</li>
 *   <li><b>CITED_BEFORE_ISSUED</b> (error): the date printed with the citation, or the registry's date of issue of
 *       the instrument it names by symbol, is after the document's own date.</li>
 *   <li><b>DATE_MISMATCH</b>, <b>ISSUER_MISMATCH</b> (warning): the printed date or issuer differs from the
 *       registry's, which the finding gives. Issuers are compared after folding diacritics, expanding abbreviations
 *       (UBND, HĐND, TW …) and dropping qualifiers ("Trung ương Đảng", "(khóa XI)"); a misspelling is not a
 *       mismatch.</li>
 *   <li><b>MALFORMED_SYMBOL</b> (warning): the citation extractor repaired the symbol (its {@code repairs}) or the
 *       registry spells it differently ({@code 11-QĐ/TW} → {@code 11-QĐi/TW}); the suggestion is the repair.</li>
 *   <li><b>INCONSISTENT_MENTIONS</b> (warning): one symbol cited with different dates in the document, where the
 *       dates cannot be two instruments (a symbol with its year, or dates in one year).</li>
 *   <li><b>AMBIGUOUS</b>, <b>UNKNOWN</b> (info): several entries fit, or none; reported once per instrument.</li>
 *   <li><b>DEFUNCT_UNIT</b> (warning): a body of an administrative unit that no longer existed on the day ("Ủy ban
 *       nhân dân huyện Tân Hồng", "UBND tỉnh Đắk Nông", "Phòng Giáo dục và Đào tạo huyện …") is named; bodies
 *       marked as past ("nguyên …", "… (cũ)", "trước khi sắp xếp") are not. The word lists are resources beside this
 *       package.</li>
 * </ul>
 * A finding that stands on an unverified fact is one severity lower (error → warning → info) and says so in both
 * messages, as does one that rests on a weak match (a citation without a year). A validity finding (superseded,
 * expired, partly expired, amended, not yet effective, date, issuer, defunct unit) is made only when its fact has at
 * least one source.
 */
package org.vanban.check;
