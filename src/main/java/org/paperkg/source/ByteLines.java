package org.paperkg.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one as strict UTF-8 on its own, so that one bad line
 * (invalid UTF-8, or longer than the limit) is reported with its number and the next line is still read.
 * Memory stays bounded by the limit whatever the input holds. A line ends at LF, CRLF or a lone CR (old Mac
 * files); a UTF-8 byte-order mark at the start is dropped.
 */
final class ByteLines implements Closeable {
    /** Longer lines are skipped: no abstract or JSON record comes near a mebibyte. */
    static final int DEFAULT_MAX_BYTES = 1 << 20;

    /** One line: its 1-based number and either its text or why it could not be read. */
    record Line(long number, String text, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[1024];
    private int len;
    private long number;
    /** The last line ended with CR at the end of a buffer: an LF starting the next buffer belongs to it. */
    private boolean skipLf;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    ByteLines(InputStream in) {
        this(in, DEFAULT_MAX_BYTES);
    }

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Number of the last line returned (0 before the first). */
    long lineNumber() {
        return number;
    }

    /** An input failure (such as truncated gzip data) with the number of the line being read when it came. */
    static final class ReadException extends IOException {
        private final long line;

        ReadException(long line, IOException cause) {
            super(cause.getMessage(), cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        try {
            return readLine();
        } catch (IOException e) {
            throw new ReadException(number + 1, e);
        }
    }

    private Line readLine() throws IOException {
        len = 0;
        long total = 0;
        boolean tooLong = false;
        boolean sawByte = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (!sawByte) {
                        return null;
                    }
                    break;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            sawByte = true;
            int nl = indexOfLineEnd(pos, lim);
            int end = nl < 0 ? lim : nl;
            int n = end - pos;
            total += n;
            if (!tooLong) {
                if (len + n > maxBytes) {
                    tooLong = true;
                } else {
                    append(pos, n);
                }
            }
            pos = nl < 0 ? lim : nl + 1;
            if (nl >= 0) {
                if (buf[nl] == '\r') {
                    if (pos < lim && buf[pos] == '\n') {
                        pos++;
                    } else if (pos == lim) {
                        skipLf = true;
                    }
                }
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "line is " + total + " bytes, longer than the limit of " + maxBytes + "; skipped");
        }
        return decode();
    }

    private int indexOfLineEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int n) {
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        }
        System.arraycopy(buf, from, line, len, n);
        len += n;
    }

    private Line decode() {
        int end = len;
        int start = number == 1 && end >= 3
                && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        try {
            decoder.reset();
            CharBuffer chars = decoder.decode(bytes);
            return new Line(number, chars.toString(), null);
        } catch (CharacterCodingException e) {
            // On a coding error the decoder leaves the buffer at the first bad byte.
            int column = bytes.position() - start + 1;
            return new Line(number, null, "invalid UTF-8 at byte " + column + " of the line; skipped");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
