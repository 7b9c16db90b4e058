package org.vanban.read;

/**
 * The text of a document as read, converted to Unicode but not yet normalised.
 *
 * @param text      the text
 * @param mediaType the detected media type ("application/pdf", "text/plain", …)
 * @param encoding  the character encoding or legacy Vietnamese font encoding the text was converted from
 *                  ("UTF-8", "windows-1258", "TCVN3", "VNI"), or null when the format carries its own
 */
public record ExtractedText(String text, String mediaType, String encoding) {
}
