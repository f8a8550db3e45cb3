package dev.contentapi.common.devdb;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a container engine answers on this machine, the way Dev Services would find one: {@code DOCKER_HOST}, or
 * one of the usual Docker and Podman sockets that accepts a connection.
 */
public final class DockerProbe {

    private DockerProbe() {
    }

    public static boolean containerEngineAvailable() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return !dockerHost.startsWith("unix://") || accepts(Path.of(dockerHost.substring("unix://".length())));
        }
        return candidateSockets().stream().anyMatch(DockerProbe::accepts);
    }

    private static List<Path> candidateSockets() {
        List<Path> sockets = new ArrayList<>();
        sockets.add(Path.of("/var/run/docker.sock"));
        sockets.add(Path.of("/run/podman/podman.sock"));
        String home = System.getProperty("user.home");
        if (home != null) {
            sockets.add(Path.of(home, ".docker", "run", "docker.sock"));
            sockets.add(Path.of(home, ".docker", "desktop", "docker.sock"));
            sockets.add(Path.of(home, ".colima", "default", "docker.sock"));
            sockets.add(Path.of(home, ".rd", "docker.sock"));
        }
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
            sockets.add(Path.of(runtimeDir, "podman", "podman.sock"));
        }
        return sockets;
    }

    private static boolean accepts(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
