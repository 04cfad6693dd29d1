package org.placementledger.commandside.http;

import java.util.List;

/** A request that cannot be read as a command: every bad field is named, not just the first. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(errors.size() + " field(s) not valid: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
