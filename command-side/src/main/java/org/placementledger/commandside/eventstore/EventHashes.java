package org.placementledger.commandside.eventstore;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of a stored event: SHA-256 over the hash of the child's previous event and every field
 * of the event as stored (ids, sequence, time, payload type and revision, payload and metadata text). A change
 * to any of them, or to an earlier event of the child, no longer matches. Not over the position or the time of
 * storing, which the store gives at insert and may give again on a retry.
 */
final class EventHashes {

    static final String HASH = "hash";
    static final String PREVIOUS_HASH = "previousHash";
    /** Between fields, a character that cannot stand in any of them unescaped (JSON text escapes it). */
    private static final char SEPARATOR = '\u001f';

    private EventHashes() {
    }

    /** The hash of an event document, chained to the previous event's hash (null for a child's first event). */
    static String of(Document event, String previousHash) {
        StringBuilder content = new StringBuilder(512)
                .append(previousHash == null ? "" : previousHash);
        for (String field : new String[]{EventDocuments.EVENT_ID, EventDocuments.AGGREGATE_ID, EventDocuments.AGGREGATE_TYPE,
                EventDocuments.TIMESTAMP, EventDocuments.PAYLOAD_TYPE, EventDocuments.PAYLOAD_REVISION,
                EventDocuments.PAYLOAD, EventDocuments.META_DATA}) {
            Object value = event.get(field);
            content.append(SEPARATOR).append(value == null ? "" : value.toString());
        }
        content.append(SEPARATOR).append(EventDocuments.sequence(event));
        return sha256(content.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
