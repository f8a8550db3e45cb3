package dev.contentapi.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.contentapi.support.contract.ContractFilter;
import dev.contentapi.support.contract.OpenApiContract;

/**
 * The packaged jar ({@code target/quarkus-app/quarkus-run.jar}, built by {@code ./mvnw package} before the integration
 * tests run) started as a user starts it, {@code java -jar} in the prod profile, so that a test can take its database
 * away, signal it and watch it exit. Its output goes to {@code target/<name>.log}.
 */
public final class PackagedApp implements AutoCloseable {

    /** An admin token ({@code CONTENT_ADMIN_TOKEN}), so that tests can write. */
    public static final String ADMIN_TOKEN = "packaged-app-admin-token";

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration STARTUP = Duration.ofSeconds(120);
    /** Longer than any answer the tests wait for, so that a hanging request fails a test rather than blocking it. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar against the database and returns once it is ready. */
    public static PackagedApp start(String name, String jdbcUrl, String username) {
        return start(name, jdbcUrl, username, Map.of());
    }

    /** Starts the jar against the database, with these environment variables too, and returns once it is ready. */
    public static PackagedApp start(String name, String jdbcUrl, String username, Map<String, String> more) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the integration tests run after ./mvnw package");
        }
        try {
            int port = freePort();
            Path log = Path.of("target", name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("CONTENT_"));
            environment.putAll(Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                    "QUARKUS_DATASOURCE_USERNAME", username,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "CONTENT_ADMIN_TOKEN", ADMIN_TOKEN));
            environment.putAll(more);
            PackagedApp app = new PackagedApp(builder.start(), port, log);
            try {
                app.awaitReady();
            } catch (RuntimeException | Error e) {
                app.close();
                throw e;
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the packaged jar", e);
        }
    }

    public int port() {
        return port;
    }

    /** A request to the jar, with a timeout. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(REQUEST_TIMEOUT);
    }

    /** Sends a request to the jar; its answer is checked against the OpenAPI document like every test's answer. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ContractFilter.check(request.method(), request.uri().toString(),
                    request.headers().firstValue("Access-Control-Request-Method").isPresent(), response.statusCode(),
                    response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Sends SIGTERM, as a platform does to stop a container ({@link Process#destroy()} on Unix). */
    public void terminate() {
        process.destroy();
    }

    /** The exit code, once the process has ended within the time given. */
    public int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the packaged jar did not exit within " + within + "\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the jar's output, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady() {
        await("the packaged jar to be ready").atMost(STARTUP).pollInterval(Duration.ofMillis(200))
                .failFast("the packaged jar exited while starting:\n" + log, () -> !process.isAlive())
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> get("/q/health/ready").statusCode() == 200);
        // Read the document now, while the jar serves it: a test may stop the jar before its first checked answer.
        OpenApiContract.servedBy(URI.create("http://127.0.0.1:" + port));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
