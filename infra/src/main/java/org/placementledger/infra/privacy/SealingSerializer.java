package org.placementledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.privacy.PersonalDataSeal;

/**
 * The event store's serializer: the JSON of Axon's Jackson serializer, with a child event's personal fields
 * sealed on the way in and opened on the way out. The event's hash in the chain is taken over what is stored,
 * the sealed form, so verifying the chain needs no key and still holds after an erasure.
 */
public final class SealingSerializer implements Serializer {

    private final JacksonSerializer delegate;
    private final PersonalDataSeal seal;

    public SealingSerializer(JacksonSerializer delegate, PersonalDataSeal seal) {
        this.delegate = delegate;
        this.seal = seal;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof ChildEvent)) return delegate.serialize(object, expectedRepresentation);
        JsonNode tree = delegate.getObjectMapper().valueToTree(object);
        seal.seal(object, tree);
        SerializedObject<JsonNode> sealed = new SimpleSerializedObject<>(tree, JsonNode.class, delegate.typeForClass(object.getClass()));
        return delegate.getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        if (SerializedType.emptyType().equals(type) || !ChildEvent.class.isAssignableFrom(delegate.classForType(type))) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
        if (serializedObject.getData() instanceof JsonNode) tree = tree.deepCopy();
        seal.open(tree);
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, type));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
