package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The stored documents of the embedded MongoDB, written as BSON. H2's default object type writes a document
 * by Java serialisation, which was the largest part of writing the file's pages during an import. BSON is what
 * the server already reads and writes on the wire, so it holds every value a document can hold.
 * <p>
 * A file written before holds documents in H2's form; they are read as they were (the first byte tells which),
 * and a document is written as BSON the next time its page is written. A document the encoder cannot write is
 * written in H2's form, so nothing is refused that was stored before.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** A tag H2's object type does not use (its tags end at 119), followed by the length and the BSON. */
    static final byte BSON_DOCUMENT = 126;

    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private final ObjectDataType objects = new ObjectDataType();
    /** H2 sizes its page cache by estimates: the running average of the encoded size, as its object type keeps. */
    private volatile int averageSize = 1024;

    @Override
    public int getMemory(Document document) {
        // Held in memory as Java objects, not bytes: about twice the BSON, as H2's estimate for an object.
        return 2 * averageSize + 64;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = BUFFER.get().clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            objects.write(buffer, document);
            return;
        }
        int length = bson.readableBytes();
        averageSize = (averageSize * 15 + length) / 16;
        buffer.put(BSON_DOCUMENT).putVarInt(length).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        if (bson.capacity() > 1 << 20) BUFFER.remove();
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_DOCUMENT) return (Document) objects.read(buffer);
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
    }

    /** Documents are values, never keys: H2 compares them only to ask whether a value is still the same. */
    @Override
    public int compare(Document a, Document b) {
        return a.equals(b) ? 0 : 1;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
