package dev.contentapi.common.observability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Tracing is on when, and only when, an OTLP endpoint is configured. {@code application.properties} disables the
 * OpenTelemetry SDK ({@code quarkus.otel.sdk.disabled=true}), so that an installation without a collector neither
 * tries to reach one nor logs its absence; once {@code quarkus.otel.exporter.otlp.endpoint} (or its
 * {@code .traces.endpoint}) is set, this source enables it. The standard OpenTelemetry variables
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} and {@code OTEL_EXPORTER_OTLP_PROTOCOL} are honoured too, when the Quarkus ones
 * are not set. An explicit {@code QUARKUS_OTEL_SDK_DISABLED} (an environment variable or system property, which rank
 * above this source) still wins.
 */
public class TracingConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new HashMap<>();
        String quarkusEndpoint = firstSet(context, "quarkus.otel.exporter.otlp.traces.endpoint",
                "quarkus.otel.exporter.otlp.endpoint");
        if (quarkusEndpoint == null) {
            String otelEndpoint = firstSet(context, "otel.exporter.otlp.traces.endpoint", "otel.exporter.otlp.endpoint");
            if (otelEndpoint == null) {
                return List.of();
            }
            properties.put("quarkus.otel.exporter.otlp.traces.endpoint", otelEndpoint);
            String protocol = firstSet(context, "otel.exporter.otlp.traces.protocol", "otel.exporter.otlp.protocol");
            if (protocol != null && firstSet(context, "quarkus.otel.exporter.otlp.traces.protocol",
                    "quarkus.otel.exporter.otlp.protocol") == null) {
                properties.put("quarkus.otel.exporter.otlp.traces.protocol", protocol);
            }
        }
        properties.put("quarkus.otel.sdk.disabled", "false");
        return List.of(new PropertiesConfigSource(properties, "tracing-when-configured", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** The first of these that is configured; Quarkus' own defaults (http://localhost:4317/) do not count. */
    private static String firstSet(ConfigSourceContext context, String... names) {
        for (String name : names) {
            ConfigValue value = context.getValue(name);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()
                    && value.getConfigSourceOrdinal() > Integer.MIN_VALUE) {
                return value.getValue();
            }
        }
        return null;
    }
}
