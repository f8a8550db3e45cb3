package dev.contentapi.common.query;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.error.ProblemException;

/**
 * Turns cursors into opaque, tamper-evident strings and back: base64url JSON followed by an HMAC-SHA256 of it, keyed by
 * {@code content.cursor.secret}. An altered, truncated or foreign cursor is a 400 problem. Replicas that share the
 * secret accept each other's cursors.
 */
@ApplicationScoped
public class CursorCodec {

    private static final Logger LOG = Logger.getLogger(CursorCodec.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 2048;

    private final SecretKeySpec key;
    private final ObjectMapper json;

    CursorCodec(@ConfigProperty(name = "content.cursor.secret") Optional<String> secret, ObjectMapper json) {
        byte[] bytes;
        if (secret.isPresent() && !secret.get().isBlank()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.info("content.cursor.secret is not set: cursors are signed with a random key and hold until restart");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.json = json;
    }

    public String encode(Cursor cursor) {
        try {
            String payload = ENCODER.encodeToString(json.writeValueAsBytes(cursor));
            return payload + "." + ENCODER.encodeToString(sign(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cursor could not be written", e);
        }
    }

    public Cursor decode(String text) {
        int dot = text.indexOf('.');
        if (text.length() > MAX_LENGTH || dot < 1) {
            throw invalid();
        }
        String payload = text.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(text.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw invalid();
            }
            Cursor cursor = json.readValue(DECODER.decode(payload), Cursor.class);
            if (cursor.sort() == null || cursor.filters() == null || cursor.after() == null) {
                throw invalid();
            }
            return cursor;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidParameter(Cursor.PARAMETER,
                "is not a cursor this API issued, or was altered; take one from meta.nextCursor");
    }
}
