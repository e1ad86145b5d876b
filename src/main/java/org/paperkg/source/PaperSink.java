package org.paperkg.source;

/** Where readers push what they read: papers, and errors for what they could not read. */
public interface PaperSink {
    void paper(Paper paper);

    void error(InputError error);
}
