package dev.blog.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what {@link ApiClient} cannot send: request targets that are not valid
 * URIs ({@code %ZZ}, raw control characters), bodies that are not valid UTF-8, any header. One request per
 * connection ({@code Connection: close}); a body the server refuses early (413) stops being sent as soon as
 * the answer arrives, as a well-behaved client would.
 */
public final class RawHttpClient {

    private final String host;
    private final int port;

    public RawHttpClient(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    public ApiResponse send(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                writeUntilAnswered(socket, out, body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed", e);
        }
    }

    private static void writeUntilAnswered(Socket socket, OutputStream out, byte[] body) throws IOException {
        int chunk = 64 * 1024;
        try {
            for (int offset = 0; offset < body.length && socket.getInputStream().available() == 0; offset += chunk) {
                out.write(body, offset, Math.min(chunk, body.length - offset));
            }
        } catch (SocketException closedByServer) {
            // the server answered and closed while the body was still being sent: its answer is read next
        }
    }

    private static ApiResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // a reset after the answer (the server closed a connection it did not read to its end)
        }
        byte[] bytes = received.toByteArray();
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int endOfHead = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/1.") || endOfHead < 0) {
            return new ApiResponse(-1, HttpHeaders.of(Map.of(), (name, value) -> true), all);
        }
        String[] lines = all.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] payload = Arrays.copyOfRange(bytes, endOfHead + 4, bytes.length);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            payload = dechunk(payload);
        }
        return new ApiResponse(status, HttpHeaders.of(headers, (name, value) -> true),
                new String(payload, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        while (position < chunked.length) {
            int endOfSize = indexOfCrLf(chunked, position);
            if (endOfSize < 0) {
                break;
            }
            String sizeLine = new String(chunked, position, endOfSize - position, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = endOfSize + 2;
            body.write(chunked, start, Math.min(size, chunked.length - start));
            position = start + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
