package org.paperkg.source;

/** A record or file that could not be read, with the place and the reason, in the form {@code file:line: message}. */
public record InputError(Origin origin, String message) implements java.io.Serializable {
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
