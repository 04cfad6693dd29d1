package org.placementledger.commandside.http;

/** One bad field of a request: where it is (a JSON path such as {@code placement.weeklyCost}) and what is wrong. */
public record FieldError(String field, String message) {
}
