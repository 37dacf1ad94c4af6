package org.brieflens.jobs;

/** Process exit codes of the brieflens job; documented in docs/operations.md. */
public enum ExitCode {
    OK(0),
    /** Any failure not covered below, such as a Spark error or an unwritable output. */
    FAILURE(1),
    /** Bad command line: unknown option, missing or invalid value. */
    USAGE(2),
    /** The input path is missing, unreadable or holds no input files. */
    INPUT(3),
    /** More of the input was rejected than {@code --max-reject-rate} allows; tables and manifest are written. */
    TOO_MANY_REJECTS(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
