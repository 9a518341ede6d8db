package org.gongkai.app.request;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA-256) an identity number is kept as, so that the same applicant is recognised
 * (fees count per applicant and month; repeated applications) without the number being stored. The key
 * is {@code gongkai.request.identity-key}: set your own on a real installation.
 */
final class IdentityHashes {
    private final SecretKeySpec key;

    IdentityHashes(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(IdentityKind kind, String normalisedNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                    .formatHex(mac.doFinal((kind.name() + ":" + normalisedNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
