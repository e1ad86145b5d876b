package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpFormat;
import org.paperkg.rdf.Iris;
import org.paperkg.store.Store;

/**
 * The dump the served VoID advertises as {@code void:dataDump}: the store as gzipped N-Quads, the bytes of
 * {@code paperkg dump --format nq --out FILE.nq.gz} (sorted, every graph). Sorting the whole store is the dearest
 * thing a client can ask for, so it is done once per data version of the store ({@link Latest}) into a file that every
 * request until the next change is sent, with its length and checksum; while a new one is written, requests get the
 * last. Memory stays bounded whatever the store's size: the sort spills to temporary files.
 */
final class DumpDownload extends HttpServlet {
    static final String PATH = "/dump/paperkg.nq.gz";

    private final Latest<Dump.Result> latest;

    DumpDownload(Store store) {
        Path dir = temporaryFolder();
        long[] count = {0};
        latest = new Latest<>(store::dataVersion, () -> {
            try {
                Path file = dir.resolve("paperkg-" + ++count[0] + ".nq.gz");
                // Registered after its folder, so removed before it when the server stops.
                file.toFile().deleteOnExit();
                Dump.Result r = Dump.write(store, DumpFormat.NQ, file, null);
                // The one before stays, for requests that took it just now; the ones before that go.
                Path previous = dir.resolve("paperkg-" + (count[0] - 1) + ".nq.gz");
                try (var old = Files.list(dir)) {
                    for (Path p : old.filter(p -> !p.equals(r.file()) && !p.equals(previous)).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("paperkg-dump");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the served dump", e);
        }
    }

    /** The dump's IRI under the base, which the server answers at {@link #PATH}. */
    static String iri(Iris iris) {
        return iris.base() + PATH;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dump.Result r;
        try {
            r = latest.get();
        } catch (Latest.Unavailable e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the dump is being written; try again shortly");
            return;
        }
        // A file to save, as a dump file is: not Content-Encoding: gzip, which clients would undo.
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"paperkg.nq.gz\"");
        resp.setHeader("ETag", "\"" + r.sha256() + "\"");
        resp.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(r.sha256())));
        resp.setContentLengthLong(r.bytes());
        if (!req.getMethod().equals("HEAD")) {
            try (var in = Files.newInputStream(r.file())) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}
