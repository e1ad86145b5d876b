package org.paperkg.source;

import java.io.IOException;

/**
 * Page dumps of paper listings: a title line, then the abstract as one paragraph line, repeated, with or
 * without blank lines between, and page chrome (see {@code page-chrome.txt}) anywhere. A title is a short
 * line; an abstract a long one. A short line after a title is taken as its (short) abstract unless a long
 * line follows it, in which case the first title had no abstract.
 */
final class PagesReader implements PaperReader {
    /** Titles in listings stay well under this; abstracts are well over it. */
    private static final int ABSTRACT_MIN_CHARS = 300;

    private final PageChrome chrome = PageChrome.load();

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        try (ByteLines lines = new ByteLines(file.open())) {
            new Parse(file.name(), lines, sink).run();
        }
    }

    private final class Parse {
        private final String file;
        private final ByteLines lines;
        private final PaperSink sink;
        /** One line of look-ahead: whether a short line opens a record depends on the line after it. */
        private ByteLines.Line ahead;

        Parse(String file, ByteLines lines, PaperSink sink) {
            this.file = file;
            this.lines = lines;
            this.sink = sink;
        }

        void run() throws IOException {
            ByteLines.Line title = null;
            for (ByteLines.Line line = nextContent(); line != null; line = nextContent()) {
                boolean isAbstract = isAbstract(line.text());
                if (title == null) {
                    if (isAbstract) {
                        error(line, "paragraph without a title line before it; skipped");
                    } else {
                        title = line;
                    }
                } else if (isAbstract || !opensRecord()) {
                    emit(title, line.text());
                    title = null;
                } else {
                    error(title, "title \"" + RawRecord.shorten(title.text()) + "\" has no abstract; skipped");
                    title = line;
                }
            }
            if (title != null) {
                error(title, "title \"" + RawRecord.shorten(title.text()) + "\" at the end of the file has no abstract; skipped");
            }
        }

        /** True when the line just read is followed by an abstract, so it is a title, not a short abstract. */
        private boolean opensRecord() throws IOException {
            if (ahead == null) {
                ahead = readContent();
            }
            return ahead != null && isAbstract(ahead.text());
        }

        private void emit(ByteLines.Line title, String abstractText) {
            RawRecord raw = new RawRecord();
            raw.title = title.text();
            raw.abstractText = abstractText;
            raw.toPaper(new Origin(file, title.number()), sink);
        }

        private void error(ByteLines.Line line, String message) {
            sink.error(new InputError(new Origin(file, line.number()), message));
        }

        private ByteLines.Line nextContent() throws IOException {
            if (ahead != null) {
                ByteLines.Line l = ahead;
                ahead = null;
                return l;
            }
            return readContent();
        }

        /** The next line that is neither blank nor chrome; unreadable lines are reported on the way. */
        private ByteLines.Line readContent() throws IOException {
            for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (!l.ok()) {
                    sink.error(new InputError(new Origin(file, l.number()), l.error()));
                    continue;
                }
                String text = TextNorm.collapse(l.text());
                if (text.isEmpty() || chrome.isChrome(text)) {
                    continue;
                }
                text = chrome.stripPrefix(text);
                if (!text.isEmpty()) {
                    return new ByteLines.Line(l.number(), text, null);
                }
            }
            return null;
        }
    }

    private static boolean isAbstract(String line) {
        return line.length() >= ABSTRACT_MIN_CHARS;
    }
}
