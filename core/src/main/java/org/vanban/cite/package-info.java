/**
 * Citations: every legal instrument a document cites, found on the dirty text real offices write, repaired where
 * the repair is unambiguous, and given a key that identifies the instrument.
 *
 * <h2>Use</h2>
 * {@link org.vanban.cite.RuleCitationExtractor} is the default {@link org.vanban.cite.CitationExtractor}; the
 * {@link org.vanban.Pipeline} runs it on the normalised text. It is stateless and thread-safe. Offsets of a
 * {@link org.vanban.cite.Citation} are {@code char} indices into the text given; {@code surface} is exactly the text
 * at {@code [start, end)}.
 *
 * <h2>What is recognised</h2>
 * A type word ({@code types.tsv}: Hiến pháp, Bộ luật, Luật, Pháp lệnh, Nghị quyết, Nghị định, Quyết định, Chỉ thị,
 * Thông tư, Thông tư liên tịch, Quy định, Quy chế, Kết luận, Hướng dẫn, Kế hoạch, Chương trình, Đề án, Công văn, Văn
 * bản, Thông báo, Báo cáo, Tờ trình, Công điện, and abbreviations such as QĐ), then "số"/"sổ" and a number/symbol
 * in any shape (state normative "04/2015/NĐ-CP", state individual "729/QĐ-UBND", Party "25-NQ/TW", joint
 * "22-KH/BDVHU-UBND"); a date that follows ("ngày 16 tháng 5 năm 2016", "ngày 09/01/2015", "ngày 9-1-2015");
 * "của" and the issuer; the subject ("về …", "V/v …", a quoted title, "ban hành …"). Also laws by name
 * ({@code law-names.tsv}: "Luật Tiếp công dân"; "Luật khiếu nại, tố cáo" names two laws), named instruments
 * ({@code named-instruments.tsv}: "Nghị quyết Trung ương 4 khóa XII", "Đề án Văn hóa công vụ"), symbols listed
 * after one type word ("Quyết định 217-QĐ/TW và 218-QĐ/TW"), and short references ("Chỉ thị 33") that an earlier
 * mention explains. A date and issuer written once after coordinated citations go to each whose symbol carries the
 * same body code; a subject written once goes to each. The document's own number ({@code numberSpan}) and mentions
 * of it are left out, as are forms, phone numbers, dates, periods and section numbers.
 *
 * <h2>Repairs</h2>
 * {@code symbol} is the symbol as printed (whitespace removed); {@code canonical} is the repaired symbol, and each
 * repair is one line of {@code repairs}, {@code "kind: before → after"}. A repair is made only when it ends in
 * known codes ({@code types.tsv}, {@code issuer-codes.tsv}); nothing is guessed. Kinds:
 * <ul>
 *   <li>{@code spaces}, {@code line-break}: "04/2015/NĐ - CP", "NQ-⏎HĐND" read as one symbol;</li>
 *   <li>{@code look-alike}: Ð (U+00D0) or Ɖ for Đ, dash look-alikes for '-';</li>
 *   <li>{@code missing-slash}: "49/2025TT-BCT" → "49/2025/TT-BCT";</li>
 *   <li>{@code case}: "06/QĐ-TTG" → "06/QĐ-TTg";</li>
 *   <li>{@code doubled-letter}: "08-NQQ/TU" → "08-NQ/TU";</li>
 *   <li>{@code missing-hyphen}, {@code stray-letter}: "33/CTTTg" → "33/CT-TTg", "729/QĐOUBND" → "729/QĐ-UBND"
 *       (the type code must be the type word's own);</li>
 *   <li>{@code party-shape}, {@code state-shape}: "120/KL-TW", "56/NQ/TU" → Party "120-KL/TW", "56-NQ/TU";
 *       "26-CT/TTg" → state "26/CT-TTg", decided by the body code;</li>
 *   <li>{@code missing-type-code}: "36/2017/BGDĐT" in a Thông tư → "36/2017/TT-BGDĐT" (not for laws and
 *       resolutions of the National Assembly, which carry no code);</li>
 *   <li>{@code central-party-issuer}: "114-KL/TU … của Ban Bí thư" → "114-KL/TW"
 *       ({@code central-party-issuers.txt});</li>
 *   <li>{@code alias}: an instrument officially numbered otherwise than it is commonly cited, for its year only
 *       ({@code symbol-aliases.tsv}, each with its source: "11-QĐ/TW" of 2019 → "11-QĐi/TW");</li>
 *   <li>{@code so-typo} ("sổ" for "số") and {@code issuer-typo} ("Thủ tường Chính phủ",
 *       {@code issuer-typos.tsv}) are noted; the surface and issuer stay as printed.</li>
 * </ul>
 *
 * <h2>Keys</h2>
 * See {@link org.vanban.cite.CitationKeys}: {@code canonical@year}, or the canonical alone.
 *
 * <h2>Data files</h2>
 * In {@code src/main/resources/org/vanban/cite/}, UTF-8, one entry a line, '#' for comments; each file says where
 * its content comes from. {@code types.tsv} (type words, codes, kinds), {@code issuer-codes.tsv} (body codes and
 * their class: state, Party committee level, other Party body), {@code bodies.txt} (names of bodies read whole as
 * issuers), {@code issuer-words.txt} (lower-case words inside issuer names), {@code central-party-issuers.txt},
 * {@code issuer-typos.tsv}, {@code law-names.tsv}, {@code named-instruments.tsv}, {@code subject-leads.txt} (words
 * that open a subject without "về"), {@code subject-stops.txt} (phrases that end a subject),
 * {@code symbol-aliases.tsv}.
 *
 * <h2>Speed and safety</h2>
 * One forward pass probes a trie of type words at each word start (the pre-filter); the grammar runs only after a
 * type word and walks a bounded distance. No regular expression runs over the text except the few bounded patterns
 * of {@code named-instruments.tsv}, applied at one position within a 200-character window, so nothing can
 * backtrack catastrophically. The JMH benchmark {@code org.vanban.corpus.bench.CitationBenchmark} measures
 * throughput.
 */
package org.vanban.cite;
