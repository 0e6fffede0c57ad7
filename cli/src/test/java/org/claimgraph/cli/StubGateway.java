package org.claimgraph.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A stand-in for the gateway on a free port of 127.0.0.1: each path answers as the test routes it. */
final class StubGateway implements AutoCloseable {

    private final HttpServer server;

    private StubGateway(HttpServer server) {
        this.server = server;
    }

    static StubGateway serving(Map<String, HttpHandler> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        routes.forEach(server::createContext);
        server.start();
        return new StubGateway(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code exchange} with {@code body}; {@code contentType} null sends none. */
    static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
