package org.placementledger.commandside.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.placementledger.commandside.aggregate.CommandReceipt;
import org.placementledger.commandside.domain.ChildCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The recording API: one POST per kind of event. Each answers with the stored event's id and the child's
 * new sequence number (also as the ETag); send that back as {@code If-Match} to be told of a write that
 * came in between.
 */
@RestController
@RequestMapping("/api/children/{childId}")
public class ChildRecordsController {

    private static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final CommandGateway commands;
    private final ObjectMapper mapper;

    public ChildRecordsController(CommandGateway commands, ObjectMapper mapper) {
        this.commands = commands;
        this.mapper = mapper;
    }

    @PostMapping("/care")
    public ResponseEntity<CommandAccepted> startCare(@PathVariable String childId, @RequestBody JsonNode body,
                                                     @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.startCare(checked(childId), body), headers);
    }

    @PostMapping("/placements")
    public ResponseEntity<CommandAccepted> changePlacement(@PathVariable String childId, @RequestBody JsonNode body,
                                                           @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.changePlacement(checked(childId), body), headers);
    }

    @PostMapping("/placements/{placementId}/cost")
    public ResponseEntity<CommandAccepted> changeCost(@PathVariable String childId, @PathVariable String placementId,
                                                      @RequestBody JsonNode body, @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.changeCost(checked(childId), placementId, body), headers);
    }

    @PostMapping("/legal-status")
    public ResponseEntity<CommandAccepted> changeLegalStatus(@PathVariable String childId, @RequestBody JsonNode body,
                                                             @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.changeLegalStatus(checked(childId), body), headers);
    }

    @PostMapping("/home-postcode")
    public ResponseEntity<CommandAccepted> changeHomePostcode(@PathVariable String childId, @RequestBody JsonNode body,
                                                              @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.changeHomePostcode(checked(childId), body), headers);
    }

    @PostMapping("/care/end")
    public ResponseEntity<CommandAccepted> ceaseCare(@PathVariable String childId, @RequestBody JsonNode body,
                                                     @RequestHeader Map<String, String> headers) {
        return send(RecordingRequests.ceaseCare(checked(childId), body), headers);
    }

    @PostMapping("/corrections")
    public ResponseEntity<CommandAccepted> correct(@PathVariable String childId, @RequestBody JsonNode body,
                                                   @RequestHeader Map<String, String> headers) {
        return send(CorrectionRequests.read(checked(childId), body, mapper), headers);
    }

    private static String checked(String childId) {
        if (!CHILD_ID.matcher(childId).matches()) {
            throw new InvalidRequest(List.of(new FieldError("childId",
                    "must be 1 to 64 letters, digits, '-' or '_', starting with a letter or digit")));
        }
        return childId;
    }

    private ResponseEntity<CommandAccepted> send(ChildCommand command, Map<String, String> headers) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(RecordingMetadata.RECORDED_BY, recordedBy(headers));
        expectedSequence(headers).ifPresent(seq -> metadata.put(RecordingMetadata.EXPECTED_SEQUENCE, seq));
        CommandReceipt receipt = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)), 30, TimeUnit.SECONDS);
        if (receipt == null) throw new IllegalStateException("the command for child " + command.childId() + " timed out");
        return ResponseEntity.ok()
                .eTag("\"" + receipt.sequence() + "\"")
                .body(new CommandAccepted(command.childId(), receipt.eventId(), receipt.sequence()));
    }

    /** The signed-in recorder; the name goes into every event's metadata. */
    private static String recordedBy(Map<String, String> headers) {
        return Requester.of(header(headers, "x-recorded-by"), "anonymous");
    }

    private static java.util.Optional<Long> expectedSequence(Map<String, String> headers) {
        String ifMatch = header(headers, "if-match");
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) return java.util.Optional.empty();
        String value = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidRequest(List.of(new FieldError("If-Match",
                    "must be the ETag of an earlier answer, a sequence number such as \"3\"")));
        }
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
