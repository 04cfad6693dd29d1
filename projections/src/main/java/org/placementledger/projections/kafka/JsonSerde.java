package org.placementledger.projections.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.events.privacy.PersonalDataSeal;

import java.io.IOException;

/**
 * A Kafka serde for a record type in the project's one JSON form. When the process has a
 * {@link PersonalDataSeal} installed (the application always has), personal fields are sealed under their
 * child's key on every topic and in every store, so that erasing the key erases the copies Kafka holds too.
 */
public final class JsonSerde<T> implements Serde<T> {

    private static final ObjectMapper JSON = LedgerJson.mapper();

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) return null;
            try {
                java.util.Optional<PersonalDataSeal> seal = PersonalDataSeal.installed();
                return seal.isPresent() ? seal.get().write(value) : JSON.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) return null;
            try {
                java.util.Optional<PersonalDataSeal> seal = PersonalDataSeal.installed();
                return seal.isPresent() ? seal.get().read(bytes, type) : JSON.readValue(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("cannot read a " + type.getSimpleName() + " from " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
