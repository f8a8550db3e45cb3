package dev.contentapi.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With no OTLP endpoint configured, tracing is silent: the OpenTelemetry SDK is disabled, so no span processor and no
 * exporter exist, and nothing ever tries to reach a collector (the default, localhost:4317) or logs that it could not.
 * {@link TracingConfiguredTest} shows the other side.
 */
@QuarkusTest
class TracingTest {

    @Inject
    OpenTelemetry openTelemetry;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    @Test
    void isOffWhenNoEndpointIsConfigured() {
        assertThat(sdkDisabled).isTrue();
        assertThat(openTelemetry).isInstanceOf(OpenTelemetrySdk.class);
        assertThat(((OpenTelemetrySdk) openTelemetry).getSdkTracerProvider().toString())
                .as("the tracer provider has no span processor, so no exporter")
                .contains("spanProcessor=NoopSpanProcessor");
    }
}
