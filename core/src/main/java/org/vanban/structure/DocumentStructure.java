package org.vanban.structure;

import java.time.LocalDate;
import java.util.List;
import org.vanban.TextSpan;

/**
 * What the structure stage found: the header, the outline and the footer. Offsets are {@code char} indices into
 * the normalised text.
 *
 * @param docType        the document type as printed, upper case ("KẾ HOẠCH"; "CÔNG VĂN" for an official letter,
 *                       which prints no type but a "V/v" subject), or null
 * @param number         the document's own number/symbol, or null
 * @param numberSpan     where {@code number} is printed, or null; citation extraction skips it
 * @param issuedDate     the date of the place-and-date line, or null
 * @param place          the place of the place-and-date line, or null
 * @param title          the subject line, or null
 * @param issuer         the issuing body, or null
 * @param signer         the signature block, or null
 * @param recipients     the "Nơi nhận" lines
 * @param sections       the outline
 * @param body           the span from the end of the header to the start of the footer ("Nơi nhận", signature);
 *                       extractors look for deadlines and assignments inside it
 * @param preamble       the legal-basis clauses at the top of the body ("Căn cứ …", "Thực hiện …",
 *                       "Theo đề nghị …"), or null
 * @param appendix       the text after the signature block (an attached plan, regulation or annex), or null;
 *                       its headings are part of {@code sections}
 * @param implementation the spans of the sections that say who implements what ("Tổ chức thực hiện",
 *                       "Tiến độ thực hiện", "Trách nhiệm thi hành", …), in order, none inside another
 */
public record DocumentStructure(
        String docType,
        String number,
        TextSpan numberSpan,
        LocalDate issuedDate,
        String place,
        String title,
        String issuer,
        Signer signer,
        List<String> recipients,
        List<Section> sections,
        TextSpan body,
        TextSpan preamble,
        TextSpan appendix,
        List<TextSpan> implementation) {

    public DocumentStructure {
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        implementation = List.copyOf(implementation);
    }

    /** The structure without preamble, appendix or implementation spans (the original set of components). */
    public DocumentStructure(String docType, String number, TextSpan numberSpan, LocalDate issuedDate, String place,
            String title, String issuer, Signer signer, List<String> recipients, List<Section> sections,
            TextSpan body) {
        this(docType, number, numberSpan, issuedDate, place, title, issuer, signer, recipients, sections, body, null,
                null, List.of());
    }

    /** A structure with nothing found, for text with no recognisable header or footer. */
    public static DocumentStructure empty(int textLength) {
        return new DocumentStructure(null, null, null, null, null, null, null, null, List.of(), List.of(),
                new TextSpan(0, textLength));
    }
}
