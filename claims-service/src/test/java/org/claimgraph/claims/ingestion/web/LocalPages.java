package org.claimgraph.claims.ingestion.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A local web server for fetching tests: pages, feeds, redirects without end, slow and huge answers. */
final class LocalPages implements AutoCloseable {

    record Page(int status, String contentType, byte[] body, String location, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    LocalPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalPages page(String path, String contentType, String body) {
        pages.put(path, new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, 0));
        return this;
    }

    LocalPages bytes(String path, String contentType, byte[] body) {
        pages.put(path, new Page(200, contentType, body, null, 0));
        return this;
    }

    LocalPages redirect(String path, String location) {
        pages.put(path, new Page(302, null, new byte[0], location, 0));
        return this;
    }

    LocalPages slow(String path, long delayMillis) {
        pages.put(path, new Page(200, "text/html", "<html><body><p>late</p></body></html>".getBytes(StandardCharsets.UTF_8), null, delayMillis));
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page.delayMillis() > 0) {
                try {
                    Thread.sleep(page.delayMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (page.location() != null) {
                exchange.getResponseHeaders().add("Location", page.location());
            }
            if (page.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", page.contentType());
            }
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                } catch (IOException clientGone) {
                    // the fetcher stopped reading: expected for oversized pages
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
