package dev.contentapi.common.ratelimit;

/** A client went over a rate limit; answered 429 with {@code Retry-After} and the rate-limit headers. */
public class RateLimitedException extends RuntimeException {

    private final RateLimitPolicy policy;
    private final long retryAfterSeconds;

    public RateLimitedException(RateLimitPolicy policy, long retryAfterSeconds) {
        super(policy.name(), null, false, false);
        this.policy = policy;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
