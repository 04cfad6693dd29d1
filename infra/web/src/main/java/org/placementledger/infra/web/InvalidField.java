package org.placementledger.infra.web;

/** A request refused for one field, answered as a 400 problem naming the field ({@link RequestProblems}). */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
