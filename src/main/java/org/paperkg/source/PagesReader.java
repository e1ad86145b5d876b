package org.paperkg.source;

import java.io.IOException;

/**
 * Page dumps of paper listings: a title line, then the abstract as one paragraph line, repeated, with or
 * without blank lines between, and page chrome (see {@code page-chrome.txt}) anywhere. A title is a short
 * line; an abstract a long one. A short line after a title is taken as its (short) abstract unless a long
 * line follows it, in which case the first title had no abstract. An unreadable line (invalid UTF-8, too long)
 * keeps its place: it is the title or abstract of a record that is skipped, its error naming the other line, so
 * the records after it still pair up (with short abstracts, dropping it shifted every later title onto the wrong
 * abstract).
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
                if (title == null) {
                    // Where a title is due, an unreadable line is taken as one: its text cannot tell otherwise.
                    if (!line.ok() || !isAbstract(line.text())) {
                        title = line;
                    } else {
                        error(line, "paragraph without a title line before it; skipped");
                    }
                } else if ((line.ok() && isAbstract(line.text())) || !opensRecord()) {
                    emit(title, line);
                    title = null;
                } else {
                    noAbstract(title, "has no abstract; skipped");
                    title = line;
                }
            }
            if (title != null) {
                noAbstract(title, "at the end of the file has no abstract; skipped");
            }
        }

        private void noAbstract(ByteLines.Line title, String why) {
            error(title, title.ok() ? "title \"" + RawRecord.shorten(title.text()) + "\" " + why : title.error());
        }

        /** True when the line just read is followed by an abstract, so it is a title, not a short abstract. */
        private boolean opensRecord() throws IOException {
            if (ahead == null) {
                ahead = readContent();
            }
            return ahead != null && ahead.ok() && isAbstract(ahead.text());
        }

        /** The record, or one error for each unreadable line of it, naming the line skipped with it. */
        private void emit(ByteLines.Line title, ByteLines.Line abstractLine) {
            if (!title.ok()) {
                error(title, title.error() + " with its abstract on line " + abstractLine.number());
            }
            if (!abstractLine.ok()) {
                error(abstractLine, abstractLine.error() + " with its title on line " + title.number());
            }
            if (title.ok() && abstractLine.ok()) {
                RawRecord raw = new RawRecord();
                raw.title = title.text();
                raw.abstractText = abstractLine.text();
                raw.toPaper(new Origin(file, title.number()), sink);
            }
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

        /** The next line that is neither blank nor chrome, or unreadable (reported where the record is settled). */
        private ByteLines.Line readContent() throws IOException {
            for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (!l.ok()) {
                    return l;
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
