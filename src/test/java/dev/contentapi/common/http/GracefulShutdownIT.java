package dev.contentapi.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.PackagedApp;
import dev.contentapi.support.PrivatePostgres;

/**
 * SIGTERM to the packaged jar: the request in flight (its body still on the way when the signal comes) completes with
 * its normal answer, requests that arrive after the signal are refused with a 503 problem before any work starts, and
 * the process exits 0 once nothing is in flight, after which connections are refused.
 */
class GracefulShutdownIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");
    private static final String COMMENTS = "/api/v1/articles/" + Examples.ARTICLE_SLUG + "/comments";

    @Test
    void finishesTheRequestInFlightRefusesNewOnesAndExitsZero() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            postgres.createDatabase("content");
            try (PackagedApp app = PackagedApp.start("graceful-shutdown-it", postgres.jdbcUrl("content"),
                    postgres.username())) {
                byte[] body = "{\"authorName\":\"Ana\",\"body\":\"Sent before the signal, finished after it.\"}"
                        .getBytes(StandardCharsets.UTF_8);
                try (Socket socket = new Socket("127.0.0.1", app.port())) {
                    socket.setSoTimeout(30_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    out.write(("POST " + COMMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    // 100 Continue: the request has been routed to its operation, which now waits for the body
                    assertThat(readHead(in)).startsWith("HTTP/1.1 100");

                    app.terminate();

                    await("shutdown to begin (readiness down)").atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> app.get("/q/health/ready").statusCode() == 503);
                    HttpResponse<String> refused = app.get("/api/v1/articles");
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                    JsonNode problem = JSON.readTree(refused.body());
                    assertThat(problem.path("type").asText()).isEqualTo("/problems/service-unavailable");
                    assertThat(problem.path("status").asInt()).isEqualTo(503);
                    assertThat(problem.path("detail").asText()).startsWith("The server is shutting down");
                    assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/articles");

                    out.write(body);
                    out.flush();
                    String head = readHead(in);
                    assertThat(head).as("the request in flight is answered as usual").startsWith("HTTP/1.1 201");
                    JsonNode comment = JSON.readTree(readBody(in, head));
                    assertThat(comment.path("status").asText()).isEqualTo("pending");
                    assertThat(comment.path("body").asText()).isEqualTo("Sent before the signal, finished after it.");
                }

                long exitStart = System.nanoTime();
                assertThat(app.awaitExit(Duration.ofSeconds(30))).as(app.logTail()).isZero();
                System.out.printf("GracefulShutdownIT: exited 0, %d ms after the request in flight was answered%n",
                        Duration.ofNanos(System.nanoTime() - exitStart).toMillis());
                assertThatThrownBy(() -> new Socket("127.0.0.1", app.port()).close())
                        .as("once stopped, connections are refused").isInstanceOf(ConnectException.class);
            }
        }
    }

    /** The status line and headers of a response, up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the connection closed after: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(next);
            String text = head.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
    }

    private static String readBody(InputStream in, String head) throws IOException {
        Matcher length = CONTENT_LENGTH.matcher(head.toLowerCase(Locale.ROOT));
        assertThat(length.find()).as("Content-Length in " + head).isTrue();
        return new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    }
}
