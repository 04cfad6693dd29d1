package org.placementledger.commandside.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.events.CareFact;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A correction names the event it supersedes and carries the fact as it should have been recorded, in
 * the event's own JSON form with its "@type" (for example a PlacementChanged with its placement);
 * a retraction names the event and says why.
 */
final class CorrectionRequests {

    private CorrectionRequests() {
    }

    static ChildCommand read(String childId, JsonNode body, ObjectMapper mapper) {
        RequestFields f = RequestFields.of(body);
        boolean retract = f.optionalBoolean("retract", false);
        JsonNode correction = f.optionalNode("correction");
        if (retract && correction != null) {
            f.throwIfInvalid();
            throw new InvalidRequest(List.of(new FieldError("correction", "give either a correction or \"retract\": true, not both")));
        }
        if (retract) return RecordingRequests.retraction(childId, body);
        String eventId = f.requiredText("eventId");
        String reason = f.requiredText("reason");
        if (correction == null || !correction.isObject()) {
            f.throwIfInvalid();
            throw new InvalidRequest(List.of(new FieldError("correction",
                    "is required: the corrected fact with its \"@type\", or \"retract\": true to withdraw the event")));
        }
        f.throwIfInvalid();
        ObjectNode fact = ((ObjectNode) correction).deepCopy();
        fact.put("childId", childId);
        try {
            return new CorrectEvent(childId, eventId, mapper.treeToValue(fact, CareFact.class), reason);
        } catch (JsonMappingException e) {
            throw new InvalidRequest(List.of(new FieldError(pathOf(e), readable(e))));
        } catch (Exception e) {
            throw new InvalidRequest(List.of(new FieldError("correction", "cannot be read as a fact: " + e.getMessage())));
        }
    }

    private static String pathOf(JsonMappingException e) {
        String inner = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return inner.isEmpty() ? "correction" : "correction." + inner;
    }

    private static String readable(JsonMappingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf("\n");
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
