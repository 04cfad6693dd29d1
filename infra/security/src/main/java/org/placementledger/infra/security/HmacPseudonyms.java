package org.placementledger.infra.security;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.placementledger.queryside.exports.ChildPseudonyms;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Pseudonyms made with a keyed hash (HMAC-SHA256) of the child's id: the same child always gets the same
 * pseudonym, and without the key nobody can go from an id to its pseudonym or back. The key is made at the
 * first start and kept in MongoDB, so every instance gives the same pseudonyms.
 */
public final class HmacPseudonyms implements ChildPseudonyms {

    private static final String KEY_ID = "pseudonym-key";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecretKeySpec key;

    public HmacPseudonyms(MongoDatabase database) {
        MongoCollection<Document> settings = database.getCollection("settings");
        Document stored = settings.find(new Document("_id", KEY_ID)).first();
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                settings.insertOne(new Document("_id", KEY_ID).append("key", new Binary(fresh)));
            } catch (MongoWriteException anotherInstanceFirst) {
                // Another instance made the key first: theirs is the one.
            }
            stored = settings.find(new Document("_id", KEY_ID)).first();
        }
        this.key = new SecretKeySpec(stored.get("key", Binary.class).getData(), "HmacSHA256");
    }

    /** With a key given rather than kept in MongoDB: for a benchmark that pseudonymises as the application does. */
    public HmacPseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** "P" and 16 base-32 characters (80 bits of the hash). */
    @Override
    public String of(String childId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(childId.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder("P");
            long bits = 0;
            int held = 0;
            int i = 0;
            while (out.length() < 17) {
                if (held < 5) {
                    bits = (bits << 8) | (hash[i++] & 0xFF);
                    held += 8;
                }
                out.append(BASE32[(int) (bits >>> (held - 5)) & 31]);
                held -= 5;
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
