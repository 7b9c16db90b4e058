package org.vanban.read;

/** Why a document could not be read. Each has a short message for the one-line error the CLI prints. */
public enum ReadProblem {
    NOT_FOUND("file not found"),
    NOT_READABLE("file cannot be read"),
    EMPTY("file is empty"),
    TOO_LARGE("file is too large"),
    TEXT_TOO_LARGE("extracted text is too large"),
    ZIP_BOMB("compressed content expands too far (zip bomb?)"),
    UNSUPPORTED_FORMAT("unrecognised or unsupported format"),
    ENCRYPTED("document is encrypted"),
    CORRUPT("file is corrupt or truncated"),
    NO_TEXT_LAYER("no text layer; OCR is not supported"),
    TIMEOUT("parsing timed out"),
    IO_ERROR("I/O error");

    private final String message;

    ReadProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
