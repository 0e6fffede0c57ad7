package org.claimgraph.reader;

/** A page or feed that cannot be read as one: the message says why, for the person who sent it. */
public class ReadException extends RuntimeException {

    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
