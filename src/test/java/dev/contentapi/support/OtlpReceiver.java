package dev.contentapi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A tiny OTLP/HTTP receiver on 127.0.0.1 for tests that turn tracing on: it accepts {@code POST /v1/traces} (protobuf)
 * and answers {@code GET /received} with the hex of everything received so far, so that a test (whatever class loader
 * it runs in) can see what the application exported. It configures the application through the standard
 * OpenTelemetry names ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_EXPORTER_OTLP_PROTOCOL}), which is how an
 * operator would turn tracing on.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final StringBuffer received = new StringBuffer();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the OTLP receiver", e);
        }
        server.createContext("/v1/traces", this::traces);
        server.createContext("/received", this::report);
        server.start();
        return Map.of(
                "otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "otel.exporter.otlp.protocol", "http/protobuf");
    }

    private void traces(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            received.append(HexFormat.of().formatHex(body.readAllBytes()));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private void report(HttpExchange exchange) throws IOException {
        byte[] body = received.toString().getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
