package org.paperkg.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.paperkg.source.InputError;
import org.paperkg.source.InputFile;
import org.paperkg.source.Origin;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.Sources;

/**
 * The input files, in the order ingest reads them: paths in the order given, a folder's files in name order, hidden
 * ones left out. A local path is listed by paperkg's own {@link Sources}; a path with a scheme (hdfs://, s3a://) by
 * Hadoop's FileSystem.
 */
final class InputListing {
    private InputListing() {
    }

    /** A path without a URI scheme (or with file:) is local; a one-letter "scheme" is a Windows drive. */
    static boolean isLocal(String path) {
        return path.startsWith("file:") || !path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    static List<String> files(List<String> inputs, Configuration hadoop, Consumer<InputError> errors) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            if (isLocal(input)) {
                Path p = input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
                for (InputFile f : Sources.files(p, errorsOnly(errors))) {
                    out.add(f.name());
                }
            } else {
                out.addAll(hadoopFiles(input, hadoop, errors));
            }
        }
        return out;
    }

    static List<String> hadoopFiles(String input, Configuration hadoop, Consumer<InputError> errors) {
        List<String> out = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                errors.accept(new InputError(new Origin(input, 0), "no such file or folder"));
                return out;
            }
            FileStatus status = fs.getFileStatus(p);
            if (!status.isDirectory()) {
                out.add(status.getPath().toString());
                return out;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!f.getPath().getName().startsWith(".")) {
                    out.add(f.getPath().toString());
                }
            }
            out.sort(null);
        } catch (IOException e) {
            errors.accept(new InputError(new Origin(input, 0), "cannot list (" + e.getMessage() + ")"));
        }
        return out;
    }

    private static PaperSink errorsOnly(Consumer<InputError> errors) {
        return new PaperSink() {
            @Override
            public void paper(Paper paper) {
            }

            @Override
            public void error(InputError error) {
                errors.accept(error);
            }
        };
    }
}
