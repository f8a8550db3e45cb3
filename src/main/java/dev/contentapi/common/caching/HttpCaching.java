package dev.contentapi.common.caching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;

/**
 * The rules of HTTP caching, in one place, for both the JAX-RS path ({@link HttpCachingFilters}) and the answers
 * from the response cache ({@link CachedResponses}).
 * <ul>
 * <li>Validators: a strong {@code ETag} that is a digest of the body's bytes, so it changes whenever anything the
 * answer shows changes (an item, an included relation, a count, a list's membership); items prefix it with their
 * version ({@code "3-…"}), which is what {@code If-Match} compares. {@code Last-Modified} is the time of the last
 * change to content this replica knows of — sent only once that time lies in a past second, since HTTP dates have
 * whole seconds and a second change in the same second could not be told apart.</li>
 * <li>{@code Cache-Control}: anonymous successful reads are {@code public} with the configured {@code max-age},
 * {@code s-maxage} and {@code stale-while-revalidate}; answers to requests with credentials are
 * {@code private, no-store}; errors and writes are {@code no-store}. {@code Vary} names every request header an
 * answer depends on.</li>
 * </ul>
 */
@Singleton
public class HttpCaching {

    public static final String VARY = "Accept, Authorization, Origin";
    public static final String NO_STORE = "no-store";
    public static final String PRIVATE = "private, no-store";
    /** RFC 9211 {@code Cache-Status}: whether the answer came from this API's response cache. */
    public static final String CACHE_STATUS = "Cache-Status";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final ContentChanges changes;
    private final String publicCacheControl;

    HttpCaching(ContentChanges changes, CachingConfig config) {
        this.changes = changes;
        this.publicCacheControl = "public, max-age=" + config.maxAge().toSeconds()
                + ", s-maxage=" + config.sharedMaxAge().toSeconds()
                + ", stale-while-revalidate=" + config.staleWhileRevalidate().toSeconds();
    }

    /** The {@code Cache-Control} of a successful read: shared caches may keep anonymous ones. */
    public String cacheControl(boolean anonymous) {
        return anonymous ? publicCacheControl : PRIVATE;
    }

    /** The strong {@code ETag} of a body, prefixed by the item's version when it has one (e.g. {@code "3"}). */
    public static String etag(byte[] body, String versionTag) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        byte[] hash = digest.digest(body);
        String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        if (versionTag == null) {
            return "\"" + tag + "\"";
        }
        return "\"" + unquote(versionTag) + "-" + tag + "\"";
    }

    /**
     * What to send as {@code Last-Modified} for an answer computed from the content as it was at {@code asOf}, or
     * null: only when the last change lies in an earlier second than {@code asOf}, so that no later change can fall in
     * the same second. Never sent while changes made elsewhere may be missed.
     */
    public Instant lastModified(Instant asOf, Instant lastChange, boolean trusted) {
        if (!trusted) {
            return null;
        }
        Instant second = lastChange.truncatedTo(ChronoUnit.SECONDS);
        return asOf.truncatedTo(ChronoUnit.SECONDS).isAfter(second) ? second : null;
    }

    /** The snapshot a read works from: taken before it reads anything. */
    public Snapshot snapshot() {
        boolean trusted = changes.trusted();
        long generation = changes.generation();
        return new Snapshot(generation, Instant.now(), changes.lastChange(), trusted);
    }

    /**
     * Whether a conditional read may be answered 304 (RFC 9110 §13.2.2): {@code If-None-Match} (weak comparison)
     * when sent, otherwise {@code If-Modified-Since} against {@code Last-Modified}.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            String ours = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), HTTP_DATE).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    /** Whether a request's {@code Accept} takes JSON (an absent one takes anything); ranges with q=0 refuse. */
    public static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            // -1 keeps empty parts, so that a range of nothing but semicolons still has a (blank) type
            String[] parts = range.split(";", -1);
            String type = parts[0].strip();
            if ((type.equals("*/*") || type.equals("application/*") || type.equalsIgnoreCase(MediaType.APPLICATION_JSON))
                    && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a request carries credentials, so that its answer is private. */
    public static boolean anonymous(String authorization) {
        return authorization == null;
    }

    static byte[] bytes(Object entity, com.fasterxml.jackson.databind.ObjectMapper json) {
        if (entity instanceof byte[] body) {
            return body;
        }
        if (entity instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8); // already JSON, as a replayed answer is
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String opaque(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.strip();
    }

    private static String unquote(String tag) {
        String strong = opaque(tag);
        return strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")
                ? strong.substring(1, strong.length() - 1)
                : strong;
    }

    /** What a read knew of content before it read: the generation, when, and the last change then. */
    public record Snapshot(long generation, Instant at, Instant lastChange, boolean trusted) {
    }
}
