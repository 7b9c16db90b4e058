package org.vanban.read;

/**
 * The text of a document as read, converted to Unicode but not yet normalised.
 *
 * @param text      the text
 * @param mediaType the detected media type ("application/pdf", "text/plain", …)
 * @param encoding  the character encoding or legacy Vietnamese font encoding the text was converted from
 *                  ("UTF-8", "UTF-16LE", "windows-1258", "TCVN3", "VNI", "TCVN3+VNI" for a document with runs in
 *                  both, "UTF-8/TCVN3" for legacy glyphs found in UTF-8 text), or null when the format carries
 *                  its own Unicode text
 */
public record ExtractedText(String text, String mediaType, String encoding) {
}
