package dev.contentapi.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Tracing turns on when an OTLP endpoint is configured, and only then; an explicit setting still wins. */
class TracingConfigSourceFactoryTest {

    private static final String DISABLED = "quarkus.otel.sdk.disabled";
    private static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    private static final String TRACES_PROTOCOL = "quarkus.otel.exporter.otlp.traces.protocol";

    /** application.properties (ordinal 250) with the given additions, and environment variables (ordinal 300). */
    private static SmallRyeConfig config(Map<String, String> properties, Map<String, String> environment) {
        Map<String, String> application = new HashMap<>(properties);
        application.put(DISABLED, "true");
        return new SmallRyeConfigBuilder()
                .withDefaultValue(TRACES_ENDPOINT, "http://localhost:4317/")
                .withDefaultValue(TRACES_PROTOCOL, "grpc")
                .withSources(new PropertiesConfigSource(application, "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withSources(new TracingConfigSourceFactory())
                .build();
    }

    @Test
    void staysOffWithoutAnEndpoint() {
        SmallRyeConfig config = config(Map.of(), Map.of());
        assertThat(config.getValue(DISABLED, Boolean.class)).isTrue();
    }

    @Test
    void turnsOnWithAQuarkusEndpoint() {
        SmallRyeConfig config = config(Map.of(), Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317"));
        assertThat(config.getValue(DISABLED, Boolean.class)).isFalse();
    }

    @Test
    void turnsOnWithATracesEndpointInTheProperties() {
        SmallRyeConfig config = config(Map.of(TRACES_ENDPOINT, "http://collector:4317"), Map.of());
        assertThat(config.getValue(DISABLED, Boolean.class)).isFalse();
        assertThat(config.getValue(TRACES_ENDPOINT, String.class)).isEqualTo("http://collector:4317");
    }

    @Test
    void honoursTheStandardOpenTelemetryVariables() {
        SmallRyeConfig config = config(Map.of(), Map.of("otel.exporter.otlp.endpoint", "http://collector:4318",
                "otel.exporter.otlp.protocol", "http/protobuf"));
        assertThat(config.getValue(DISABLED, Boolean.class)).isFalse();
        assertThat(config.getValue(TRACES_ENDPOINT, String.class)).isEqualTo("http://collector:4318");
        assertThat(config.getValue(TRACES_PROTOCOL, String.class)).isEqualTo("http/protobuf");
    }

    @Test
    void leavesAnExplicitQuarkusProtocolAlone() {
        SmallRyeConfig config = config(Map.of("quarkus.otel.exporter.otlp.protocol", "grpc"),
                Map.of("otel.exporter.otlp.endpoint", "http://collector:4317", "otel.exporter.otlp.protocol",
                        "http/protobuf"));
        assertThat(config.getValue(DISABLED, Boolean.class)).isFalse();
        assertThat(config.getValue(TRACES_PROTOCOL, String.class)).isEqualTo("grpc");
    }

    @Test
    void anExplicitDisabledSettingWins() {
        SmallRyeConfig config = config(Map.of(), Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                DISABLED, "true"));
        assertThat(config.getValue(DISABLED, Boolean.class)).isTrue();
    }
}
