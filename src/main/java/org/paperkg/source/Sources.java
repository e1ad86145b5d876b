package org.paperkg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The facade of the source stage: reads files and folders in any supported format and pushes papers and
 * errors to a sink. A file that cannot be read at all gives one error; the other files are still read.
 */
public final class Sources {
    private static final int SNIFF_BYTES = 8192;

    private Sources() {
    }

    /** Reads the paths in the order given (errors come in that order too) and returns the files read. */
    public static List<Path> read(List<Path> paths, SourceFormat format, PaperSink sink) {
        List<Path> read = new ArrayList<>();
        for (Path path : paths) {
            for (InputFile file : files(path, sink)) {
                readFile(file, format, sink);
                read.add(file.path());
            }
        }
        return read;
    }

    /** The files a path stands for: itself, or the files below a folder in name order (hidden ones left out). */
    public static List<InputFile> files(Path path, PaperSink sink) {
        List<InputFile> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(p -> files.add(new InputFile(p)));
            } catch (IOException e) {
                sink.error(new InputError(new Origin(path.toString(), 0), "cannot list folder (" + e.getMessage() + ")"));
            }
        } else if (!Files.exists(path)) {
            sink.error(new InputError(new Origin(path.toString(), 0), "no such file or folder"));
        } else {
            files.add(new InputFile(path));
        }
        return files;
    }

    public static void readFile(InputFile file, SourceFormat format, PaperSink sink) {
        Origin whole = new Origin(file.name(), 0);
        byte[] head;
        try {
            head = file.head(SNIFF_BYTES);
        } catch (IOException e) {
            sink.error(new InputError(whole, "cannot read (" + describe(e) + "); skipped"));
            return;
        }
        String problem = SourceFormat.problem(head);
        if (problem != null) {
            sink.error(new InputError(whole, problem));
            return;
        }
        SourceFormat actual = format == SourceFormat.AUTO ? SourceFormat.sniff(file.logicalName(), head) : format;
        Counting counted = new Counting(sink);
        try {
            actual.newReader().read(file, counted);
        } catch (ByteLines.ReadException e) {
            sink.error(new InputError(new Origin(file.name(), e.line()),
                    "cannot read on (" + describe(e.getCause()) + "); rest of file skipped"));
        } catch (IOException e) {
            sink.error(new InputError(whole, "cannot read on (" + describe(e) + "); rest of file skipped"));
        }
        if (counted.papers == 0 && counted.errors == 0) {
            sink.error(new InputError(whole, "no paper records found (read as " + actual.name().toLowerCase(java.util.Locale.ROOT)
                    + "); nothing taken from this file"));
        }
    }

    /** Passes everything on, counting, so that a file that gave nothing at all can be reported. */
    private static final class Counting implements PaperSink {
        private final PaperSink next;
        long papers;
        long errors;

        Counting(PaperSink next) {
            this.next = next;
        }

        @Override
        public void paper(Paper paper) {
            papers++;
            next.paper(paper);
        }

        @Override
        public void error(InputError error) {
            errors++;
            next.error(error);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return "corrupt or truncated gzip data" + (m == null ? "" : ": " + m);
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "invalid UTF-8; inputs must be UTF-8";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
