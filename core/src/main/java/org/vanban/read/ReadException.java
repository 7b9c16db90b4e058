package org.vanban.read;

/**
 * A document could not be read. {@link #getMessage()} is one line fit to show a user: the problem, and a detail
 * when there is one; the CLI prints it as {@code <file>: <message>}.
 */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ReadProblem problem;
    private final String source;

    public ReadException(String source, ReadProblem problem, String detail) {
        this(source, problem, detail, null);
    }

    public ReadException(String source, ReadProblem problem, String detail, Throwable cause) {
        super(detail == null || detail.isBlank() ? problem.message() : problem.message() + " (" + detail + ")",
                cause);
        this.problem = problem;
        this.source = source;
    }

    public ReadProblem problem() {
        return problem;
    }

    /** The file or name the caller gave. */
    public String source() {
        return source;
    }
}
