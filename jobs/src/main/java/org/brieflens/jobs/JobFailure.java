package org.brieflens.jobs;

/** A failure the job reports as one clear line and a documented exit code, without a stack trace. */
public final class JobFailure extends RuntimeException {
    private final ExitCode exitCode;

    public JobFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    static JobFailure usage(String format, Object... args) {
        return new JobFailure(ExitCode.USAGE, String.format(format, args));
    }

    static JobFailure input(String format, Object... args) {
        return new JobFailure(ExitCode.INPUT, String.format(format, args));
    }
}
