package dev.contentapi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node project of this repository (the TypeScript client in src/main/typescript, the browser tests in src/test/js),
 * run by tests as CI runs them: {@code npm ci} when its lock file changed since the last install, then its tools with
 * {@code node}, each with a time limit, their output kept in target/node-logs/ and shown when they fail.
 * <p>
 * On a machine without node and npm (or without Chromium, for the browser tests) those tests are skipped with the
 * reason; in CI (the variable {@code CI} set, as {@code .ci/run} does) they fail instead, so that CI never passes
 * without them.
 */
public final class NodeProject {

    private static final Logger LOG = Logger.getLogger(NodeProject.class);
    private static final Duration INSTALL_TIME = Duration.ofMinutes(5);
    private static final Path LOGS = Path.of("target", "node-logs");
    private static final String INSTALLED_LOCK = ".installed-package-lock.sha256";

    private final Path directory;

    private NodeProject(Path directory) {
        this.directory = directory;
    }

    /** The project in this directory of the repository, once node and npm are known to be there. */
    public static NodeProject at(String directory) {
        require("node", onPath("node"), "install Node.js 20 or later");
        require("npm", onPath("npm"), "install npm (it comes with Node.js)");
        Path path = Path.of(directory).toAbsolutePath();
        if (!Files.isRegularFile(path.resolve("package-lock.json"))) {
            fail("no package-lock.json in " + path);
        }
        return new NodeProject(path);
    }

    /** Chromium, for playwright-core: {@code CHROMIUM_PATH}, or Debian's /usr/bin/chromium. Never downloaded. */
    public static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path chromium = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        require("Chromium", Files.isExecutable(chromium),
                "install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH; looked for " + chromium);
        return chromium;
    }

    /** Whether this run is CI's: there, a missing tool fails the test instead of skipping it. */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static void require(String tool, boolean present, String how) {
        if (present) {
            return;
        }
        String reason = tool + " is not available: " + how;
        if (inCi()) {
            fail(reason + " (CI is set, so this test must run)");
        }
        Assumptions.abort(reason + "; skipped (outside CI)");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Installs the locked dependencies with {@code npm ci}, unless node_modules already holds what this
     * package-lock.json names (a hash of it is kept there after each install).
     */
    public NodeProject install() {
        synchronized (NodeProject.class) {
            String lock = sha256(directory.resolve("package-lock.json"));
            Path marker = directory.resolve("node_modules").resolve(INSTALLED_LOCK);
            try {
                if (Files.isRegularFile(marker) && Files.readString(marker).equals(lock)) {
                    return this;
                }
                run("npm-ci", INSTALL_TIME, Map.of(), "npm", "ci", "--no-audit", "--no-fund");
                Files.writeString(marker, lock);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    /**
     * Runs a command in the project directory and answers its output (standard output and error together); fails the
     * test, showing the output, if it does not end with exit code 0 within the time.
     */
    public String run(String name, Duration time, Map<String, String> environment, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = LOGS.resolve(directory.getFileName() + "-" + name + ".log").toAbsolutePath();
        long start = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            boolean ended = process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.infof("%s: %s took %d ms (output in %s)", directory.getFileName(), String.join(" ", command),
                    took.toMillis(), log);
            if (!ended) {
                fail(String.join(" ", command) + " did not end within " + time + "; its output:\n" + tail(output));
            }
            assertEquals(0, process.exitValue(),
                    () -> String.join(" ", command) + " failed; its output (" + log + "):\n" + tail(output));
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Runs a tool of the project's node_modules (its JavaScript entry point) with node. */
    public String node(String name, Duration time, Map<String, String> environment, String script,
            String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return run(name, time, environment, command.toArray(String[]::new));
    }

    private static String tail(String output) {
        int keep = 8000;
        return output.length() <= keep ? output : "…" + output.substring(output.length() - keep);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
