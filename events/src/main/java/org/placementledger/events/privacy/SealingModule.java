package org.placementledger.events.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's side of the {@link PersonalDataSeal}: fields marked {@link PersonalData} are written sealed as
 * Jackson writes the record, and sealed values are opened as Jackson reads them, with no tree in between.
 * <p>
 * The child a field belongs to is the last {@code childId} written before it: every record that holds personal
 * data names its child before the fields that hold it (a correction's child before its corrected fact, a
 * recorded event's before its event).
 */
final class SealingModule extends SimpleModule {

    private static final String CHILD = SealingModule.class.getName() + ".child";

    SealingModule(PersonalDataSeal seal) {
        super("personal-data-seal");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    if (property.getAnnotation(PersonalData.class) != null) changed.add(new SealedWriter(property, seal));
                    else if (property.getName().equals("childId") && property.getType().hasRawClass(String.class)) changed.add(new ChildWriter(property));
                    else changed.add(property);
                }
                return changed;
            }
        });
        addDeserializer(String.class, new Opening<>(String.class, seal) {
            @Override
            String plain(JsonParser p, DeserializationContext context) throws IOException {
                return StringDeserializer.instance.deserialize(p, context);
            }

            @Override
            String from(JsonNode node) {
                return node.isNull() ? null : node.asText();
            }
        });
        addDeserializer(Postcode.class, new Opening<>(Postcode.class, seal) {
            @Override
            Postcode plain(JsonParser p, DeserializationContext context) throws IOException {
                String text = StringDeserializer.instance.deserialize(p, context);
                return text == null ? null : Postcode.of(text);
            }

            @Override
            Postcode from(JsonNode node) {
                return node.isNull() ? null : Postcode.of(node.asText());
            }
        });
        addDeserializer(LocalDate.class, new Opening<>(LocalDate.class, seal) {
            private final JsonDeserializer<LocalDate> dates = com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE;

            @Override
            LocalDate plain(JsonParser p, DeserializationContext context) throws IOException {
                return dates.deserialize(p, context);
            }

            @Override
            LocalDate from(JsonNode node) {
                return node.isNull() ? null : LocalDate.parse(node.asText());
            }
        });
    }

    /** Notes the child whose fields follow. */
    private static final class ChildWriter extends BeanPropertyWriter {
        ChildWriter(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            // Set even when null, so that a record without its child seals nothing under another record's child.
            provider.setAttribute(CHILD, get(bean));
            super.serializeAsField(bean, gen, provider);
        }
    }

    /** Writes a personal field sealed under its child's key, or only its kept form once the key is gone. */
    private static final class SealedWriter extends BeanPropertyWriter {
        private final transient PersonalDataSeal seal;

        SealedWriter(BeanPropertyWriter base, PersonalDataSeal seal) {
            super(base);
            this.seal = seal;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, gen, provider);
                return;
            }
            Object child = provider.getAttribute(CHILD);
            if (!(child instanceof String childId)) {
                throw new IllegalStateException(getName() + " is personal data outside any child's record, so there is no key to seal it with");
            }
            gen.writeFieldName(getName());
            seal.writeSealed(childId, value, gen);
        }
    }

    /** Reads a value as written, or opens it when sealed. */
    private abstract static class Opening<T> extends StdDeserializer<T> {
        private final transient PersonalDataSeal seal;

        Opening(Class<T> type, PersonalDataSeal seal) {
            super(type);
            this.seal = seal;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) return plain(p, context);
            JsonNode envelope = p.readValueAsTree();
            if (!PersonalDataSeal.isSealed(envelope)) {
                return context.reportInputMismatch(this, "an object where a %s or a sealed value (sealedFor, ciphertext) was expected",
                        handledType().getSimpleName());
            }
            return from(seal.opened(envelope));
        }

        abstract T plain(JsonParser p, DeserializationContext context) throws IOException;

        abstract T from(JsonNode node);
    }
}
