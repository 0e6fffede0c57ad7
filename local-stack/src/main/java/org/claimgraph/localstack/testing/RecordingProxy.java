package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy in front of a service, for tests of what a client of that service sends: it forwards every request,
 * records the bodies and trace headers, and can be told to answer slowly. It is controlled over HTTP
 * ({@code /__proxy/requests}, {@code /__proxy/traceparents}, {@code /__proxy/reset}, {@code /__proxy/delay?ms=N}) so that a test sees the same proxy whatever class loader it
 * runs in. When the service is down the proxy answers 502, as a load balancer would.
 */
public final class RecordingProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "recording-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> requests = new ArrayList<>();
    private final List<String> traceparents = new ArrayList<>();
    private volatile long delayMillis;

    public RecordingProxy(URI target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException("the proxy could not listen", e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.createContext("/__proxy/", this::control);
        server.start();
    }

    /** The proxy's base URI ({@code http://localhost:port}). */
    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        synchronized (requests) {
            requests.add(new String(body, StandardCharsets.UTF_8));
            traceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
        }
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Content-Type", "Accept", "traceparent", "Authorization", "X-Claimgraph-Subgraph-Secret")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            byte[] answer = response.body().readAllBytes();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException | InterruptedException e) {
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] answer = new byte[0];
        if (path.endsWith("/requests")) {
            synchronized (requests) {
                answer = JSON.writeValueAsBytes(requests);
            }
        } else if (path.endsWith("/traceparents")) {
            synchronized (requests) {
                answer = JSON.writeValueAsBytes(traceparents);
            }
        } else if (path.endsWith("/reset")) {
            synchronized (requests) {
                requests.clear();
                traceparents.clear();
            }
            delayMillis = 0;
        } else if (path.endsWith("/delay")) {
            String query = exchange.getRequestURI().getQuery();
            delayMillis = Long.parseLong(query.substring(query.indexOf('=') + 1));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** The request bodies a proxy at {@code proxy} recorded since its last reset. */
    public static List<String> recorded(URI proxy) {
        return list(proxy, "/__proxy/requests");
    }

    /** The {@code traceparent} header of each recorded request ("null" where there was none). */
    public static List<String> traceparents(URI proxy) {
        return list(proxy, "/__proxy/traceparents");
    }

    private static List<String> list(URI proxy, String path) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(proxy.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return List.of(JSON.readValue(body, String[].class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the recorded requests and any delay. */
    public static void reset(URI proxy) {
        call(proxy.resolve("/__proxy/reset"));
    }

    /** Makes the proxy wait before forwarding each request. */
    public static void delay(URI proxy, Duration delay) {
        call(proxy.resolve("/__proxy/delay?ms=" + delay.toMillis()));
    }

    private static void call(URI uri) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
