package dev.contentapi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server that a test owns, so that it may stop it and start it again (on the same port, with the same
 * data) to show what the API does while its database is away. Never the shared server. On a free port, in a temporary
 * directory:
 * <ul>
 * <li>the embedded PostgreSQL binaries (zonky), with a fixed port and a kept data directory;</li>
 * <li>when the tests run as root, which PostgreSQL refuses to run as, the machine's own binaries
 * ({@code /usr/lib/postgresql/<version>/bin}) instead: a cluster made with {@code initdb} and run with {@code pg_ctl}
 * as the {@code postgres} user.</li>
 * </ul>
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path SYSTEM_BINARIES = Path.of("/usr/lib/postgresql");
    private static final String USER = "postgres";

    private final Path directory;
    private final int port;
    /** The machine's binaries, run as the postgres user; null for the embedded ones. */
    private final Path binaries;
    private EmbeddedPostgres embedded;
    private boolean running;

    private PrivatePostgres(Path directory, int port, Path binaries) {
        this.directory = directory;
        this.port = port;
        this.binaries = binaries;
    }

    /** Makes a new cluster in a temporary directory and starts it. */
    public static PrivatePostgres start() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path binaries = root ? systemBinaries() : null;
            if (root && binaries == null) {
                throw new IllegalStateException("Tests run as root need PostgreSQL's binaries under " + SYSTEM_BINARIES
                        + " (PostgreSQL refuses to run as root, so the embedded binaries cannot be used)");
            }
            Path directory = Files.createTempDirectory("content-private-pg-");
            PrivatePostgres postgres = new PrivatePostgres(directory, freePort(), binaries);
            try {
                if (binaries != null) {
                    UserPrincipal owner = FileSystems.getDefault().getUserPrincipalLookupService()
                            .lookupPrincipalByName(USER);
                    Files.setOwner(directory, owner);
                    postgres.run("initdb", "-D", postgres.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                            "--no-sync");
                }
                postgres.startAgain();
            } catch (IOException | RuntimeException | Error e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a private PostgreSQL cluster", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USER;
    }

    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /**
     * Stops the server as an administrator would ({@code pg_ctl stop -m fast}): open connections are terminated, new
     * ones refused. Returns once it is down.
     */
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            }
            embedded = null;
        } else {
            run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
        }
        running = false;
    }

    /** Starts the server (again) on the same port with the same data; returns once it accepts connections. */
    public void startAgain() {
        if (binaries != null) {
            run("pg_ctl", "-D", data().toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
        } else {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(data())
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        running = true;
    }

    /** Stops the server if it runs and removes its directory. */
    @Override
    public void close() {
        try {
            if (running) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is no test failure
            }
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // pg_ctl start leaves the server running with the output redirected to its log, so this ends
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /** The newest PostgreSQL installed on the machine, if any. */
    private static Path systemBinaries() throws IOException {
        if (!Files.isDirectory(SYSTEM_BINARIES)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(SYSTEM_BINARIES)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> versionNumber(bin.getParent().getFileName().toString())))
                    .orElse(null);
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
