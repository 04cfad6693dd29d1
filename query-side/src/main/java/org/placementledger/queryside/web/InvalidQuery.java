package org.placementledger.queryside.web;

/** A query parameter that cannot be used: which one and why. */
public class InvalidQuery extends RuntimeException {

    private final String parameter;

    public InvalidQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
