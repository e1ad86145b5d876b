package org.paperkg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** An input file as the readers see it: its name for messages, and its bytes, gunzipped when gzip magic starts it. */
public final class InputFile {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final Path path;

    public InputFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.toString();
    }

    /** The file name without a trailing {@code .gz}, for sniffing by extension. */
    public String logicalName() {
        String n = path.getFileName().toString();
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** The content, decompressed when the file is gzip whatever its name. */
    public InputStream open() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
            return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16) {
                // GZIPInputStream says 1 ("more to come") until its end, so buffers above it go on reading within
                // one call, and when truncated data throws they lose what that call had. 0 makes each call return
                // what it has: every complete line before the damage is handed out before the error.
                @Override
                public int available() {
                    return 0;
                }
            }, 1 << 16);
        }
        return raw;
    }

    /**
     * Up to {@code max} bytes from the start of the (decompressed) content; fewer when it breaks off before, so
     * that a truncated file is still read up to the damage (its reader reports where).
     */
    public byte[] head(int max) throws IOException {
        byte[] head = new byte[max];
        int n = 0;
        try (InputStream in = open()) {
            while (n < max) {
                int read = in.read(head, n, max - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
        } catch (IOException e) {
            if (n == 0) {
                throw e;
            }
        }
        return Arrays.copyOf(head, n);
    }

    @Override
    public String toString() {
        return name();
    }
}
