package org.vanban.structure;

import java.time.LocalDate;
import org.vanban.TextSpan;

/**
 * What the header holds. Fields are null when absent.
 *
 * @param docType      the document type as printed ("KẾ HOẠCH"), or "CÔNG VĂN" for an official letter
 * @param title        the subject line
 * @param number       the document's own symbol
 * @param issuedDate   the date of the place-and-date line
 * @param place        the place of the place-and-date line
 * @param issuer       the issuing unit printed in the header
 * @param bodyStart    offset where the body begins (after the subject line, or 0 when no header was found)
 * @param bodyStartLine the line holding {@code bodyStart}
 */
record Header(String docType, String title, DocumentNumber number, LocalDate issuedDate, String place,
        String issuer, int bodyStart, int bodyStartLine) {

    TextSpan numberSpan() {
        return number == null ? null : number.span();
    }

    String symbol() {
        return number == null ? null : number.symbol();
    }
}
