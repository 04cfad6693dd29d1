package org.placementledger.events.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;
import org.placementledger.events.json.LedgerJson;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals the fields marked {@link PersonalData} in the JSON form of a record, each under the key of the child
 * it is about, and opens them again. Every way an event leaves the process (the event store, the Kafka topics)
 * writes through this, so that deleting a child's key erases every copy at once.
 * <p>
 * A sealed field becomes {@code {"sealedFor": child, "ciphertext": ..., "kept": ...}}. {@code kept} is the
 * least identifying form of the value that the measures need, and is what the field reads as once the key is
 * gone: a postcode's sector (all the shipped distances use) and the first of the month of birth (age bands).
 * Everything else (unique pupil number, ethnicity, a mother's details) reads as nothing. The ciphertext is
 * AES-256-GCM with a fresh 96-bit nonce, bound to the child's id: relabelled for another child, it does not
 * open.
 * <p>
 * The sealing is done by Jackson as it writes and reads ({@link SealingModule}): {@link #mapper()} is the
 * project's JSON form with it.
 */
public final class PersonalDataSeal {

    static final String SEALED_FOR = "sealedFor";
    static final String CIPHERTEXT = "ciphertext";
    static final String KEPT = "kept";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One cipher object per thread: looking one up costs more than a field's encryption. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(CIPHER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CIPHER + " is not available", e);
        }
    });
    /** The plain form, for the value inside a seal. */
    private static final ObjectMapper PLAIN = LedgerJson.mapper();

    /** The seal of this process, when personal data is sealed; none in tools and tests that do not need it. */
    private static volatile PersonalDataSeal installed;

    private final ChildKeys keys;
    private final ObjectMapper mapper;

    public PersonalDataSeal(ChildKeys keys) {
        this.keys = keys;
        this.mapper = LedgerJson.mapper().registerModule(new SealingModule(this));
    }

    /**
     * Makes this the seal that Kafka serdes (which Kafka makes by class name) use in this process, until the
     * returned handle is closed.
     */
    public static AutoCloseable install(PersonalDataSeal seal) {
        installed = seal;
        return () -> {
            if (installed == seal) installed = null;
        };
    }

    public static Optional<PersonalDataSeal> installed() {
        return Optional.ofNullable(installed);
    }

    /** The project's JSON form, sealing as it writes and opening as it reads. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The JSON of a value with its personal data sealed. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON written by {@link #write}, its personal data opened where the child's key is still held. */
    public <T> T read(byte[] json, Class<T> type) throws IOException {
        return mapper.readValue(json, type);
    }

    /**
     * A value of the child's, written and read again after its key is looked up afresh: once the child is erased, only
     * the kept forms remain in what is returned.
     */
    public <T> T readAgain(String childId, T value, Class<T> type) {
        keys.forget(childId);
        try {
            return read(write(value), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one personal value of the child: sealed while the child's key is held, else only its kept form. */
    void writeSealed(String childId, Object value, JsonGenerator gen) throws IOException {
        String kept = keptForm(value);
        Optional<SecretKey> key = keys.sealingKey(childId);
        // Erased already: an event written again (a timeline rewritten, say) keeps only what may be kept.
        if (key.isEmpty()) {
            if (kept == null) gen.writeNull();
            else gen.writeString(kept);
            return;
        }
        gen.writeStartObject();
        gen.writeStringField(SEALED_FOR, childId);
        gen.writeStringField(CIPHERTEXT, encrypt(key.get(), childId, json(value)));
        if (kept != null) gen.writeStringField(KEPT, kept);
        gen.writeEndObject();
    }

    /** A value's JSON; a string, most of what is sealed, without a generator made for it (an import seals millions). */
    static byte[] json(Object value) throws IOException {
        // Dates and postcodes are written as the mapper writes them (an ISO date, the postcode's text), by hand.
        String s;
        if (value instanceof String text) s = text;
        else if (value instanceof LocalDate date) s = date.toString();
        else if (value instanceof Postcode postcode) s = postcode.value();
        else return PLAIN.writeValueAsBytes(value);
        byte[] inner = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(s);
        byte[] out = new byte[inner.length + 2];
        out[0] = '"';
        System.arraycopy(inner, 0, out, 1, inner.length);
        out[out.length - 1] = '"';
        return out;
    }

    /** The JSON value inside a sealed field: its own while the child's key is held, else its kept form (or null). */
    JsonNode opened(JsonNode envelope) throws IOException {
        JsonNode child = envelope.get(SEALED_FOR);
        JsonNode ciphertext = envelope.get(CIPHERTEXT);
        if (!isSealed(envelope)) throw new IllegalArgumentException("an object where a value or a sealed value (sealedFor, ciphertext) was expected");
        String childId = child.asText();
        Optional<SecretKey> key = keys.openingKey(childId);
        if (key.isEmpty()) {
            JsonNode kept = envelope.get(KEPT);
            return kept == null ? NullNode.getInstance() : kept;
        }
        return PLAIN.readTree(decrypt(key.get(), childId, ciphertext.asText()));
    }

    static boolean isSealed(JsonNode node) {
        return node.isObject() && node.path(SEALED_FOR).isTextual() && node.path(CIPHERTEXT).isTextual();
    }

    /** What a personal field reads as after erasure: what the measures need of it, and no more. */
    static String keptForm(Object value) {
        // A sector alone is what an erased postcode reads as, and must survive being written again (a timeline is).
        if (value instanceof Postcode postcode && (postcode.isWellFormed() || postcode.isSectorOnly())) return postcode.sector();
        if (value instanceof LocalDate date) return date.withDayOfMonth(1).toString();
        return null;
    }

    private static String encrypt(SecretKey key, String childId, byte[] clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(childId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data of child " + childId, e);
        }
    }

    private static byte[] decrypt(SecretKey key, String childId, String ciphertext) {
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(childId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed field of child " + childId + " does not open with the child's key:"
                    + " it was altered, or sealed for another child", e);
        }
    }
}
