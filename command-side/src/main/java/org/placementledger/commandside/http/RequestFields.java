package org.placementledger.commandside.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.placementledger.events.Money;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.Codes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON request one by one, collecting every problem instead of stopping at the
 * first, so that a recorder fixes a form in one go. Only the form is checked here (present, a date, a
 * known code, a number); whether the values make sense for the child is for the rules.
 */
final class RequestFields {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    private RequestFields(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    static RequestFields of(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("(body)", "must be a JSON object"));
        }
        return new RequestFields(body != null && body.isObject() ? body : null, "", errors);
    }

    String path(String field) {
        return prefix + field;
    }

    private JsonNode value(String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private void fail(String field, String message) {
        errors.add(new FieldError(path(field), message));
    }

    String requiredText(String field) {
        JsonNode v = value(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            if (node != null) fail(field, "is required, as text");
            return null;
        }
        return v.asText().trim();
    }

    String optionalText(String field) {
        JsonNode v = value(field);
        if (v == null) return null;
        if (!v.isTextual() && !v.isNumber()) {
            fail(field, "must be text");
            return null;
        }
        String text = v.asText().trim();
        return text.isEmpty() ? null : text;
    }

    LocalDate requiredDate(String field) {
        String text = requiredText(field);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fail(field, "must be a date as YYYY-MM-DD, not '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E> & Code903> E requiredCode(String field, Class<E> type) {
        String text = requiredText(field);
        return text == null ? null : code(field, text, type);
    }

    <E extends Enum<E> & Code903> E optionalCode(String field, Class<E> type) {
        String text = optionalText(field);
        return text == null ? null : code(field, text, type);
    }

    private <E extends Enum<E> & Code903> E code(String field, String text, Class<E> type) {
        return Codes.find(type, text).orElseGet(() -> {
            fail(field, "'" + text + "' is not a " + type.getSimpleName() + " code; one of " + Codes.allowed(type));
            return null;
        });
    }

    Postcode requiredPostcode(String field) {
        String text = requiredText(field);
        return text == null ? null : Postcode.of(text);
    }

    Money optionalMoney(String field) {
        JsonNode v = value(field);
        if (v == null) return null;
        try {
            BigDecimal amount = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().trim());
            return Money.of(amount);
        } catch (NumberFormatException e) {
            fail(field, "must be an amount in pounds, such as 965.50");
        } catch (IllegalArgumentException e) {
            fail(field, e.getMessage());
        }
        return null;
    }

    boolean requiredBoolean(String field) {
        JsonNode v = value(field);
        if (v == null || !v.isBoolean()) {
            if (node != null) fail(field, "is required, true or false");
            return false;
        }
        return v.asBoolean();
    }

    boolean optionalBoolean(String field, boolean otherwise) {
        JsonNode v = value(field);
        if (v == null) return otherwise;
        if (!v.isBoolean()) {
            fail(field, "must be true or false");
            return otherwise;
        }
        return v.asBoolean();
    }

    /** The fields of a nested object, with their paths prefixed by its name. */
    RequestFields requiredObject(String field) {
        JsonNode v = value(field);
        if (v == null || !v.isObject()) {
            if (node != null) fail(field, "is required, as an object");
            return new RequestFields(null, path(field) + ".", errors);
        }
        return new RequestFields(v, path(field) + ".", errors);
    }

    JsonNode optionalNode(String field) {
        return value(field);
    }

    /** Throws with every problem found so far, if there is any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) throw new InvalidRequest(errors);
    }
}
