package org.placementledger.queryside.web;

/** Nothing answers the query: a 404 problem that says what was looked for. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
