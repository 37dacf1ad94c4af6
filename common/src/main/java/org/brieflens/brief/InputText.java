package org.brieflens.brief;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Checks and normalisation applied to raw input text before it is parsed. */
public final class InputText {
    private static final char BOM = '\uFEFF';

    private InputText() {
    }

    /** Decodes strict UTF-8; empty when the bytes are not valid UTF-8. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Removes a leading byte-order mark and turns CRLF and CR line ends into LF. */
    public static String normalise(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * True when the text looks like binary data: it holds a NUL, or more than 1% of its
     * characters are control characters other than tab and line ends.
     */
    public static boolean looksBinary(String text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                controls++;
            }
        }
        return controls > text.length() / 100;
    }

    /**
     * True when raw bytes look like binary data rather than text in any encoding: they hold a NUL
     * byte, or more than 1% of them are control bytes other than tab, line ends and form feed.
     * Checked before decoding, so a binary file is reported as binary, not as invalid UTF-8.
     * UTF-8 never encodes letters with bytes below 0x20, so text in any script passes.
     */
    public static boolean looksBinary(byte[] bytes) {
        long controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\n' && b != '\t' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls > bytes.length / 100;
    }

    /** Collapses runs of whitespace to one space and trims, for comparing texts. */
    public static String collapseSpace(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
