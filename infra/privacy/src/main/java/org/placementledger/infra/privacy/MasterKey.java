package org.placementledger.infra.privacy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key the children's keys are wrapped with, so that the database alone (a dump, a backup) holds no key
 * that opens anything. It comes from configuration ({@code placement-ledger.privacy.master-key}, 32 bytes in
 * base64) or, on the embedded defaults, from {@code <data-dir>/master.key}, made at the first start and readable
 * by its owner only.
 * <p>
 * A fingerprint of it is kept in the database at first use, so an instance started with another master key
 * stops at once, rather than making new children's keys that its peers cannot open.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final String FINGERPRINT_ID = "child-keys-master-fingerprint";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** From the configured value if there is one, else from (or into) the file; checked against the database's fingerprint. */
    public static MasterKey load(String configured, Path file, MongoDatabase database) {
        MasterKey master = new MasterKey(configured != null && !configured.isBlank() ? decode(configured) : fromFile(file));
        master.checkAgainst(database.getCollection("settings"));
        return master;
    }

    private static byte[] decode(String configured) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("placement-ledger.privacy.master-key is not base64: " + e.getMessage());
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("placement-ledger.privacy.master-key must be 32 bytes (44 characters of base64), not " + bytes.length);
        }
        return bytes;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) return decode(Files.readString(file));
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".next");
            Files.deleteIfExists(written);
            // Made readable by its owner only from the start: never, even for a moment, a key anyone may read.
            java.nio.file.attribute.FileAttribute<?>[] ownerOnly = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? new java.nio.file.attribute.FileAttribute<?>[]{java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                    : new java.nio.file.attribute.FileAttribute<?>[0];
            try (FileChannel out = FileChannel.open(written, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
                out.write(ByteBuffer.wrap(Base64.getEncoder().encode(fresh)));
                out.force(true);
            }
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Made the master key for children's keys in {}: keep it with the data, and apart from database backups", file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("the master key file " + file.toAbsolutePath() + " cannot be read or made", e);
        }
    }

    private void checkAgainst(MongoCollection<Document> settings) {
        String mine = fingerprint();
        try {
            settings.insertOne(new Document("_id", FINGERPRINT_ID).append("fingerprint", mine));
        } catch (MongoWriteException alreadyThere) {
            String stored = settings.find(new Document("_id", FINGERPRINT_ID)).first().getString("fingerprint");
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), mine.getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("the master key for children's keys is not the one this database's keys were made with"
                        + " (fingerprint " + mine + ", the database has " + stored + "): give every instance the same"
                        + " placement-ledger.privacy.master-key");
            }
        }
    }

    /** An HMAC of a fixed text: tells keys apart without revealing them. */
    String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal("placement-ledger child keys".getBytes(StandardCharsets.UTF_8)), 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A child's key wrapped for storing, bound to the child so it cannot be moved to another. */
    byte[] wrap(String childId, byte[] childKey) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(childId.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(childKey);
            return ByteBuffer.allocate(nonce.length + wrapped.length).put(nonce).put(wrapped).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap the key of child " + childId, e);
        }
    }

    byte[] unwrap(String childId, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            cipher.updateAAD(childId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored key of child " + childId + " does not unwrap with the master key", e);
        }
    }
}
