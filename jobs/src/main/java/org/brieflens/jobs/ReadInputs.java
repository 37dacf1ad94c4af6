package org.brieflens.jobs;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.brieflens.brief.JsonLinesFile;
import org.brieflens.brief.JsonLinesReader;
import org.brieflens.brief.ParsedInput;
import org.brieflens.brief.RejectReason;
import org.brieflens.brief.Rejection;
import org.brieflens.brief.TextBriefReader;
import scala.Tuple2;

/**
 * Step "read": turns each input file into parsed documents and rejections. A text file is one
 * brief; a JSON Lines file is parsed lazily line by line. A file that cannot be read at all
 * becomes one rejection, so it is never silently lost.
 */
final class ReadInputs implements FlatMapFunction<Tuple2<String, PortableDataStream>, ParsedInput> {
    private final Broadcast<Map<String, InputFile>> filesByPath;
    private final int maxDocChars;

    ReadInputs(Broadcast<Map<String, InputFile>> filesByPath, int maxDocChars) {
        this.filesByPath = filesByPath;
        this.maxDocChars = maxDocChars;
    }

    @Override
    public Iterator<ParsedInput> call(Tuple2<String, PortableDataStream> file) {
        InputFile input = filesByPath.value().get(file._1());
        if (input == null) {
            return List.of(unreadable(file._1(), "file was not in the input listing")).iterator();
        }
        try {
            return input.kind() == InputFile.Kind.TEXT_BRIEF
                    ? List.of(new TextBriefReader(maxDocChars).read(input.relativePath(), file._2().toArray())).iterator()
                    : jsonLines(input, file._2());
        } catch (RuntimeException e) {
            return List.of(unreadable(input.relativePath(), e.getMessage())).iterator();
        }
    }

    private Iterator<ParsedInput> jsonLines(InputFile input, PortableDataStream stream) {
        DataInputStream in = stream.open();
        JsonLinesFile lines = new JsonLinesFile(new java.io.BufferedInputStream(in, 1 << 16), input.relativePath(),
                new JsonLinesReader(maxDocChars));
        return new ClosingIterator(lines, in);
    }

    private static ParsedInput unreadable(String origin, String detail) {
        return ParsedInput.rejected(new Rejection(origin, null, RejectReason.UNREADABLE_FILE, detail));
    }

    /** Closes the file once its last record has been taken. */
    private record ClosingIterator(Iterator<ParsedInput> records, DataInputStream in) implements Iterator<ParsedInput> {
        @Override
        public boolean hasNext() {
            boolean more = records.hasNext();
            if (!more) {
                close();
            }
            return more;
        }

        @Override
        public ParsedInput next() {
            return records.next();
        }

        private void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Nothing was lost: every record has been read.
            }
        }
    }
}
