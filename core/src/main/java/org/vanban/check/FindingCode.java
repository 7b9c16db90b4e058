package org.vanban.check;

/** What a finding is about, with the severity it has when it stands on sourced facts. */
public enum FindingCode {
    /** The cited instrument had been replaced on the day of the check; the finding names the replacement. */
    SUPERSEDED(Severity.ERROR),
    /** The cited instrument was no longer in force (repealed, expired) and nothing is recorded as replacing it. */
    EXPIRED(Severity.ERROR),
    /** Part of the cited instrument was no longer in force. */
    PARTLY_EXPIRED(Severity.WARNING),
    /** The cited instrument had been amended; cite it "as amended by …". */
    AMENDED(Severity.INFO),
    /** The cited instrument was issued but not yet in force on the day of the check. */
    NOT_YET_EFFECTIVE(Severity.WARNING),
    /** The cited instrument is dated after the document that cites it. */
    CITED_BEFORE_ISSUED(Severity.ERROR),
    /** The date printed with the citation differs from the registry's date of issue. */
    DATE_MISMATCH(Severity.WARNING),
    /** The issuer printed with the citation differs from the registry's issuer. */
    ISSUER_MISMATCH(Severity.WARNING),
    /** The symbol is misspelt; the finding gives the repaired symbol. */
    MALFORMED_SYMBOL(Severity.WARNING),
    /** One instrument is cited with different dates in the document. */
    INCONSISTENT_MENTIONS(Severity.WARNING),
    /** Several registry entries fit the citation; none was chosen. */
    AMBIGUOUS(Severity.INFO),
    /** The registry has no entry for the citation. */
    UNKNOWN(Severity.INFO),
    /** A body of an administrative unit that no longer existed is named as acting. */
    DEFUNCT_UNIT(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity of a finding that stands on sourced facts. */
    public Severity severity() {
        return severity;
    }
}
