package dev.contentapi.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose limits are reached at once, so that a test can provoke every refusal in a request or two: one
 * comment per client a minute (the next is a 429), no change stream (a new one is a 503), and Strict-Transport-Security
 * configured, as behind TLS. The classes that use it share one start of the application.
 */
public class TightLimits implements QuarkusTestProfile {

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("content.rate-limit.comments.quota", "1",
                "content.rate-limit.comments.window", "PT1M",
                "content.changes.stream.max-subscribers", "0",
                "content.http.strict-transport-security", STRICT_TRANSPORT_SECURITY);
    }
}
