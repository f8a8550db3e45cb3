package dev.contentapi.common.ratelimit;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Fixed-window rate limits kept in PostgreSQL, so that all replicas count together: each hit is one upsert that
 * answers the count so far. The policies and their quotas come from configuration.
 */
@ApplicationScoped
public class RateLimiter {

    /** What the answer to a counted request says of its limit. */
    public record Usage(RateLimitPolicy policy, int remaining, long resetSeconds) {

        /** The {@code RateLimit} header value (draft-ietf-httpapi-ratelimit-headers). */
        public String header() {
            return "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private final EntityManager em;
    private final RateLimitPolicy comments;
    private final RateLimitPolicy failedAuthentication;

    RateLimiter(EntityManager em,
            @ConfigProperty(name = "content.rate-limit.comments.quota", defaultValue = "5") int commentQuota,
            @ConfigProperty(name = "content.rate-limit.comments.window", defaultValue = "PT1M") Duration commentWindow,
            @ConfigProperty(name = "content.rate-limit.failed-authentication.quota", defaultValue = "10") int authQuota,
            @ConfigProperty(name = "content.rate-limit.failed-authentication.window", defaultValue = "PT1M") Duration authWindow) {
        this.em = em;
        this.comments = new RateLimitPolicy("comments", commentQuota, commentWindow);
        this.failedAuthentication = new RateLimitPolicy("failed-authentication", authQuota, authWindow);
    }

    public RateLimitPolicy failedAuthentication() {
        return failedAuthentication;
    }

    /** Refuses with a 429 a client that has already used up its quota in this window, without counting. */
    public void refuseIfSpent(RateLimitPolicy policy, String client) {
        Instant now = Instant.now();
        long windowSeconds = policy.window().toSeconds();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() / windowSeconds * windowSeconds);
        int hits = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(hits), 0) from rate_limit where bucket = :bucket and window_start = :start")
                .setParameter("bucket", bucket(policy, client)).setParameter("start", start).getSingleResult())
                .intValue());
        if (hits >= policy.quota()) {
            throw new RateLimitedException(policy,
                    Math.max(1, start.plusSeconds(windowSeconds).getEpochSecond() - now.getEpochSecond()));
        }
    }

    public RateLimitPolicy comments() {
        return comments;
    }

    /** Counts a hit for this client; past the quota, refuses it with a 429. */
    public Usage hit(RateLimitPolicy policy, String client) {
        Instant now = Instant.now();
        long windowSeconds = policy.window().toSeconds();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() / windowSeconds * windowSeconds);
        long reset = Math.max(1, start.plusSeconds(windowSeconds).getEpochSecond() - now.getEpochSecond());
        int hits = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from rate_limit where bucket = :bucket and window_start < :start")
                    .setParameter("bucket", bucket(policy, client)).setParameter("start", start).executeUpdate();
            return ((Number) em.createNativeQuery("""
                    insert into rate_limit (bucket, window_start, hits) values (:bucket, :start, 1)
                    on conflict (bucket, window_start) do update set hits = rate_limit.hits + 1
                    returning hits""")
                    .setParameter("bucket", bucket(policy, client)).setParameter("start", start)
                    .getSingleResult()).intValue();
        });
        if (hits > policy.quota()) {
            throw new RateLimitedException(policy, reset);
        }
        return new Usage(policy, policy.quota() - hits, reset);
    }

    private static String bucket(RateLimitPolicy policy, String client) {
        return policy.name() + ":" + client;
    }
}
