package org.paperkg.source;

/** A place in an input: file name as given and 1-based line (0 when the whole file is meant). */
public record Origin(String file, long line) implements java.io.Serializable {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
