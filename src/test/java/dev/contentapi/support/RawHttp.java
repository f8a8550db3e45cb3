package dev.contentapi.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket, one connection per request, that sends the request target and header values
 * exactly as given (invalid percent-encoding, raw UTF-8 bytes in a header): what a hostile client can send and what the
 * JDK and REST Assured clients refuse to. An endless {@code text/event-stream} answer is read up to its headers, then the
 * connection is closed.
 */
public final class RawHttp {

    /** An answer: its status, its headers (names in lower case, in order) and its body. */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {

        /** The first value of this header, or null. */
        public String header(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return headers.stream().filter(h -> h.getKey().equals(lower)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 15_000;

    private RawHttp() {
    }

    /** Sends the request ({@code body} null for none) and reads the answer. */
    public static Response send(String host, int port, String method, String target,
            List<Map.Entry<String, String>> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, String> header : headers) {
                head.writeBytes(header.getKey().getBytes(StandardCharsets.ISO_8859_1));
                head.writeBytes(": ".getBytes(StandardCharsets.ISO_8859_1));
                head.writeBytes(header.getValue().getBytes(StandardCharsets.UTF_8));
                head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            if (body != null) {
                head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.writeBytes("Connection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (and close) before it has read a body it refuses: read that answer.
            }
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("The server closed the connection without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.add(Map.entry(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim()));
        }
        Response bare = new Response(status, headers, new byte[0]);
        String type = bare.header("content-type");
        if (status == 200 && type != null && type.startsWith("text/event-stream")) {
            return bare;
        }
        if (status == 204 || status == 304) {
            return bare;
        }
        String length = bare.header("content-length");
        if (length != null) {
            return new Response(status, headers, in.readNBytes(Integer.parseInt(length)));
        }
        String encoding = bare.header("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
            return new Response(status, headers, body.toByteArray());
        }
        return new Response(status, headers, in.readAllBytes());
    }

    private static int chunkSize(String line) {
        if (line == null) {
            return 0;
        }
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    /** A line up to CRLF (without it), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }
}
