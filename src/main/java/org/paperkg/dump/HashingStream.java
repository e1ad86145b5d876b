package org.paperkg.dump;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the bytes that reach a file, so a dump or a part is described by what was written, not
 * read back. Closing it closes the file only when asked to: a part's file is closed by its owner.
 */
public final class HashingStream extends FilterOutputStream {
    private final MessageDigest digest;
    private final boolean closesTarget;
    private long bytes;

    public HashingStream(OutputStream out, boolean closesTarget) {
        super(out);
        this.closesTarget = closesTarget;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        bytes += len;
    }

    @Override
    public void close() throws IOException {
        if (closesTarget) {
            super.close();
        } else {
            flush();
        }
    }

    public long bytes() {
        return bytes;
    }

    /** The SHA-256 of the bytes written, in hex; read once, when writing is done. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
