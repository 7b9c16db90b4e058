/**
 * Reading: any document an office produces becomes one Unicode text ({@link org.vanban.read.ExtractedText}).
 *
 * <h2>Formats</h2>
 * .docx (and .docm, .dotx), .doc, .odt, .rtf, .pdf (its text layer), .html/.htm, .txt and .md.
 * {@link org.vanban.read.TikaDocumentReader} detects the format from the content alone (Tika's magic detector with
 * the OLE2 and zip container detectors for Word and OpenDocument; the file name is not consulted, so a .docx
 * renamed .txt still reads as DOCX and a zip named .docx is refused) and builds only the Tika parsers it needs:
 * {@code OOXMLParser}, {@code OfficeParser}, {@code OpenDocumentParser}, {@code RTFParser}, {@code PDFParser} and
 * {@code JSoupParser}; nothing is service-loaded. Plain text and Markdown are decoded here, not by Tika. Embedded
 * documents (OLE objects, attachments) are not parsed; PDFs are read without OCR.
 *
 * <h2>Limits and errors</h2>
 * {@link org.vanban.read.ReadLimits}, configurable per reader ({@code new TikaDocumentReader(ReadLimits.DEFAULT
 * .withTimeout(Duration.ofSeconds(10)))}); defaults: 50 MB of input (checked from the file size before anything is
 * read), 20 million characters of text (the parse stops as soon as it is passed), 500 MB of unpacked zip content
 * with no entry expanding more than 100-fold past 1 MB (zip bombs; checked by inflating before any parser sees the
 * package), and 60 seconds per read. Every failure is a {@link org.vanban.read.ReadException} whose
 * {@link org.vanban.read.ReadProblem} says why in one line: file not found, not readable, empty, too large, text
 * too large, zip bomb, unrecognised or unsupported format, encrypted (PDF with a user password, encrypted
 * DOCX/DOC), corrupt or truncated, "no text layer; OCR is not supported" (a PDF whose pages hold no text), timed
 * out.
 *
 * <p>The timeout: each read runs on a small pool of daemon worker threads (as many as processors, at least two)
 * while the caller waits at most the time limit. Parsers report text through SAX events, and every event checks
 * the deadline, so a parse that runs late stops at its next piece of text. What cannot be interrupted is work
 * that emits no text: PDFBox parsing a PDF's cross-reference table or a single huge page content stream, POI
 * loading a large DOCX part or an OLE2 structure, inflating a zip entry. The caller still gets its TIMEOUT on time;
 * such a worker thread runs on until that step ends (bounded by the input and unpack limits) and then stops. A
 * reader whose workers are all stuck this way makes later reads time out rather than wait for ever.
 *
 * <h2>Encodings</h2>
 * Plain text ({@code PlainTextDecoder}): a byte-order mark (UTF-8, UTF-16LE/BE); UTF-16 without one (zero bytes
 * in every other position); strict UTF-8; else the 8-bit code whose reading looks most Vietnamese, among
 * Windows-1258 (whose tone marks are combining characters; the normaliser composes them), TCVN3 and VNI, else
 * Windows-1252. "Looks Vietnamese" is a character profile ({@code CharacterProfile}): among the words with a
 * non-ASCII letter, how many are well-formed Vietnamese syllables
 * ({@link org.vanban.normalize.VietnameseSyllable}); a wrong code makes words no spelling allows ("Hµ", "Vieät").
 * Measured on the 559 texts of the real corpus plus this project's sample, each encoded by this project's
 * encoders in UTF-8, Windows-1258, TCVN3 and VNI: all 2,240 detected right.
 *
 * <p>The legacy font encodings ({@link org.vanban.read.LegacyEncoding}): TCVN3 (ABC; the .VnTime fonts, and the
 * capital-only .VnTimeH fonts) from TCVN 5712:1993, and VNI Windows (VNI-Times), from resource tables
 * {@code tcvn3.tsv} and {@code vni.tsv}. TCVN3 has no code for a capital with a tone mark: in a text file such
 * capitals come back from the .VnTimeH convention (a word with two capitals and only non-ASCII lower-case letters,
 * and a line of such words, are put in capitals). In .docx and .doc the font of each run decides
 * ({@code legacy-fonts.tsv}: ".Vn…" is TCVN3, ".Vn…H" its capitals, "VNI-…" is VNI), because Tika does not report
 * fonts: DOCX runs are converted in the package before Tika reads it (styles and their inheritance are followed),
 * DOC runs are read with POI's HWPF. Text from any other format (RTF, HTML, ODT, PDF, UTF-8 text) that holds
 * legacy glyphs as Windows-1252 characters ("Hµ Néi") is converted line by line when its legacy reading is clearly
 * more Vietnamese ({@code LegacyGlyphRepair}): 99.7% of 114,000 corpus lines written as TCVN3 or VNI glyphs come
 * back exactly (lines with fewer than two words with diacritics are left alone), and no line of the real corpus is
 * changed by it.
 *
 * <p>From the command line: {@code vanban parse --max-size MB --timeout SECONDS --tone-style STYLE FILE...}.
 *
 * <p>{@link org.vanban.read.ExtractedText#encoding()} names what the text was converted from: "UTF-8",
 * "UTF-16LE", "windows-1258", "TCVN3", "VNI", "TCVN3+VNI" (a DOCX with runs in both), "UTF-8/TCVN3" (glyphs found
 * in UTF-8 text), or null for a format with its own Unicode text.
 */
package org.vanban.read;
