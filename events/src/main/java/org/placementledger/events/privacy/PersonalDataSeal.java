package org.placementledger.events.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;
import org.placementledger.events.json.LedgerJson;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
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
 * AES-256-GCM with a fresh 96-bit nonce, bound to the child's id, so a sealed value cannot be moved to
 * another child's record without failing to open.
 * <p>
 * The child a field belongs to is the {@code childId} of the nearest record that holds it, so a correction
 * inside an event, or the events inside a timeline, are sealed under their own child's key.
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
    /** Decimals kept as written through the tree ("965.00" stays so), as the plain JSON form keeps them. */
    static final ObjectMapper JSON = LedgerJson.mapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The seal of this process, when personal data is sealed; none in tools and tests that do not need it. */
    private static volatile PersonalDataSeal installed;

    private final ChildKeys keys;

    public PersonalDataSeal(ChildKeys keys) {
        this.keys = keys;
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

    /** The JSON of a value with its personal data sealed. */
    public byte[] write(Object value) {
        JsonNode tree = JSON.valueToTree(value);
        seal(value, tree);
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON written by {@link #write}, its personal data opened where the child's key is still held. */
    public <T> T read(byte[] json, Class<T> type) throws IOException {
        JsonNode tree = JSON.readTree(json);
        open(tree);
        return JSON.treeToValue(tree, type);
    }

    /** The mapper to make and read the trees this seals: one that keeps decimals exactly as written. */
    public static ObjectMapper treeMapper() {
        return JSON;
    }

    /** Seals, in place, the personal fields of {@code tree}, which is the JSON form of {@code value}. */
    public void seal(Object value, JsonNode tree) {
        walk(value, tree, null);
    }

    /** Opens, in place, every sealed field in {@code tree}: to its value while its child's key is held, else to its kept form. */
    public void open(JsonNode tree) {
        openWithin(tree, this);
    }

    /** True when the JSON holds a sealed field anywhere. */
    public static boolean holdsSealed(JsonNode tree) {
        if (isSealed(tree)) return true;
        for (JsonNode child : tree) if (holdsSealed(child)) return true;
        return false;
    }

    /**
     * Opens with the seal given, or fails when there is none: a process that cannot open sealed data must not
     * read it as if its owner's key were gone.
     */
    public static void openWithin(JsonNode tree, PersonalDataSeal seal) {
        if (tree instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSealed(field.getValue())) {
                    if (seal == null) throw new IllegalStateException("the JSON holds sealed personal data and this process has no keys to open it");
                    field.setValue(seal.opened((ObjectNode) field.getValue()));
                } else {
                    openWithin(field.getValue(), seal);
                }
            }
        } else if (tree instanceof ArrayNode array) {
            for (JsonNode element : array) openWithin(element, seal);
        }
    }

    private static boolean isSealed(JsonNode node) {
        return node instanceof ObjectNode object && object.has(SEALED_FOR) && object.has(CIPHERTEXT);
    }

    private void walk(Object value, JsonNode node, String childId) {
        if (value == null || node == null || node.isNull()) return;
        if (value instanceof Record record && node instanceof ObjectNode object) {
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            String child = childIdOf(record, components, childId);
            for (RecordComponent component : components) {
                JsonNode field = object.get(component.getName());
                if (field == null || field.isNull()) continue;
                Object fieldValue = valueOf(component, record);
                if (component.isAnnotationPresent(PersonalData.class)) {
                    if (child == null) throw new IllegalStateException(record.getClass().getSimpleName() + "." + component.getName()
                            + " is personal data outside any child's record, so there is no key to seal it with");
                    object.set(component.getName(), sealed(child, fieldValue, field));
                } else {
                    walk(fieldValue, field, child);
                }
            }
        } else if (value instanceof Collection<?> collection && node instanceof ArrayNode array && collection.size() == array.size()) {
            int i = 0;
            for (Object element : collection) walk(element, array.get(i++), childId);
        }
    }

    private static String childIdOf(Record record, RecordComponent[] components, String enclosing) {
        for (RecordComponent component : components) {
            if (component.getName().equals("childId") && component.getType() == String.class) {
                String id = (String) valueOf(component, record);
                return id != null ? id : enclosing;
            }
        }
        return enclosing;
    }

    private JsonNode sealed(String childId, Object value, JsonNode clear) {
        JsonNode kept = keptForm(value);
        Optional<SecretKey> key = keys.sealingKey(childId);
        // Erased already: an event written again (a timeline rewritten, say) keeps only what may be kept.
        if (key.isEmpty()) return kept == null ? NullNode.getInstance() : kept;
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put(SEALED_FOR, childId);
        envelope.put(CIPHERTEXT, encrypt(key.get(), childId, clear.toString().getBytes(StandardCharsets.UTF_8)));
        if (kept != null) envelope.set(KEPT, kept);
        return envelope;
    }

    private JsonNode opened(ObjectNode envelope) {
        String childId = envelope.get(SEALED_FOR).asText();
        Optional<SecretKey> key = keys.openingKey(childId);
        if (key.isEmpty()) {
            JsonNode kept = envelope.get(KEPT);
            return kept == null ? NullNode.getInstance() : kept;
        }
        byte[] clear = decrypt(key.get(), childId, envelope.get(CIPHERTEXT).asText());
        try {
            return JSON.readTree(clear);
        } catch (IOException e) {
            throw new IllegalStateException("a sealed field of child " + childId + " opened to something that is not JSON", e);
        }
    }

    /** What a personal field reads as after erasure: what the measures need of it, and no more. */
    static JsonNode keptForm(Object value) {
        // A sector alone is what an erased postcode reads as, and must survive being written again (a timeline is).
        if (value instanceof Postcode postcode && (postcode.isWellFormed() || postcode.isSectorOnly())) return TextNode.valueOf(postcode.sector());
        if (value instanceof LocalDate date) return TextNode.valueOf(date.withDayOfMonth(1).toString());
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

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return ACCESSORS.get(record.getClass()).get(component.getName()).invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new java.util.HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                byName.put(component.getName(), accessor);
            }
            return byName;
        }
    };
}
