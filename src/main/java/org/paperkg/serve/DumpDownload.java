package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpFormat;
import org.paperkg.rdf.Iris;
import org.paperkg.store.Store;

/**
 * The dump the served VoID advertises as {@code void:dataDump}: the store as gzipped N-Quads, the bytes of
 * {@code paperkg dump --format nq --out FILE.nq.gz} (sorted, every graph), written by {@link Dump} from one read
 * transaction as it is asked for. The sort spills to temporary files, so memory stays bounded whatever the store's
 * size. Its size and checksum are not known before it is written; a dump file's {@code .void.ttl} carries them.
 */
final class DumpDownload extends HttpServlet {
    static final String PATH = "/dump/paperkg.nq.gz";

    private final Store store;

    DumpDownload(Store store) {
        this.store = store;
    }

    /** The dump's IRI under the base, which the server answers at {@link #PATH}. */
    static String iri(Iris iris) {
        return iris.base() + PATH;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // A file to save, as a dump file is: not Content-Encoding: gzip, which clients would undo.
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"paperkg.nq.gz\"");
        GZIPOutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 1 << 16);
        Dump.write(store, DumpFormat.NQ, null, gz);
        gz.close();
    }
}
