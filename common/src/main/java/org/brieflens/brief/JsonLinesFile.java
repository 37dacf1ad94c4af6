package org.brieflens.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Parses a JSON Lines stream lazily, one record per line. Lines are split on bytes, so invalid
 * UTF-8 or binary bytes spoil only their own line, and a line too long to hold a document within
 * the size limit is rejected without being kept in memory; blank lines are skipped; every other line becomes a brief or a
 * rejection whose origin is {@code path:line}.
 */
public final class JsonLinesFile implements Iterator<ParsedInput> {
    private final InputStream in;
    private final String path;
    private final JsonLinesReader reader;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    /** Bytes the current line had beyond the longest line the reader accepts; they are not kept. */
    private long droppedBytes;
    private ParsedInput next;
    private boolean finished;

    /**
     * @param in   the stream, read to its end but not closed
     * @param path file path used in origins and as the default source
     */
    public JsonLinesFile(InputStream in, String path, JsonLinesReader reader) {
        this.in = in;
        this.path = path;
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readRecord();
        }
        return next != null;
    }

    @Override
    public ParsedInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedInput result = next;
        next = null;
        return result;
    }

    /** The next record, or null for a blank line or the end of the stream. */
    private ParsedInput readRecord() {
        if (!readLine()) {
            finished = true;
            return null;
        }
        String origin = path + ":" + lineNumber;
        if (droppedBytes > 0) {
            return ParsedInput.rejected(new Rejection(origin, null, RejectReason.TOO_LARGE,
                    "line of " + (line.size() + droppedBytes) + " bytes, limit " + reader.maxLineLength()));
        }
        if (InputText.looksBinary(line.toByteArray())) {
            return ParsedInput.rejected(new Rejection(origin, null, RejectReason.BINARY_CONTENT, "line holds binary data"));
        }
        Optional<String> text = InputText.decodeUtf8(line.toByteArray());
        if (text.isEmpty()) {
            return ParsedInput.rejected(new Rejection(origin, null, RejectReason.INVALID_ENCODING, "line is not valid UTF-8"));
        }
        return text.get().isBlank() ? null : reader.read(origin, path, text.get());
    }

    /**
     * Reads one line into {@link #line}, keeping at most the reader's longest line so a giant line
     * cannot exhaust memory; false at the end of the stream.
     */
    private boolean readLine() {
        line.reset();
        droppedBytes = 0;
        int limit = reader.maxLineLength();
        try {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            while (b >= 0 && b != '\n') {
                if (line.size() < limit) {
                    line.write(b);
                } else {
                    droppedBytes++;
                }
                b = in.read();
            }
            lineNumber++;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
