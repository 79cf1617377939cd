package org.globaloffice.foreignteacher.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passport numbers at rest (shared/domain.md: sensitive, encrypted, masked): AES-256-GCM with a random 96-bit nonce
 * per value, and a keyed hash (HMAC-SHA256 under a key derived for that purpose only) so that a record can be found
 * by its exact number without decrypting every row. The 32-byte key comes from configuration, never from the
 * database. Numbers are compared without blanks and hyphens, in upper case.
 */
public final class PassportProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "passport".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PassportProtection(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("The passport key must be 32 bytes (256 bits)");
        }
        this.encryptionKey = new SecretKeySpec(key.clone(), "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"),
                "globaloffice passport lookup".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    public static PassportProtection fromBase64(String key) {
        return new PassportProtection(Base64.getDecoder().decode(key));
    }

    public static String normalize(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public String encrypt(String number) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(normalize(number).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The number, or an exception when the value was not sealed with this key or was altered. */
    public String decrypt(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(all, 0, NONCE_BYTES)));
            cipher.updateAAD(PURPOSE);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a passport number sealed with this key, or altered", e);
        }
    }

    public String lookupHash(String number) {
        return HexFormat.of().formatHex(hmac(lookupKey, normalize(number).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
