package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GraphQL over HTTP against a claimgraph gateway: JSON requests, the bearer token when there is one. */
final class GatewayClient {

    /** A GraphQL error (or an HTTP failure) for one request: its message, code and field when the server gave them. */
    static final class Failure extends Exception {
        final String code;
        final String field;

        Failure(String message, String code, String field) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;

    GatewayClient(String url, String token, Duration timeout) {
        String trimmed = url.strip().replaceAll("/+$", "");
        if (trimmed.endsWith("/graphql")) {
            trimmed = trimmed.substring(0, trimmed.length() - "/graphql".length());
        }
        this.base = URI.create(trimmed + "/");
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI base() {
        return base;
    }

    /** Runs one operation; returns {@code data}, or throws the first error. */
    JsonNode execute(String query, Map<String, Object> variables) throws Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.resolve("graphql")).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException impossible) {
            throw new Failure("could not encode the request: " + impossible.getMessage(), null, null);
        }
        authorize(request);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new Failure("gateway " + base + " unreachable: " + (unreachable.getMessage() == null ? unreachable.getClass().getSimpleName()
                    : unreachable.getMessage()), "UNAVAILABLE", null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", null, null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = null;
        }
        JsonNode errors = json == null ? null : json.get("errors");
        if (errors != null && errors.isArray() && errors.size() > 0) {
            JsonNode first = errors.get(0);
            JsonNode extensions = first.path("extensions");
            throw new Failure(first.path("message").asText("error"), text(extensions, "code"), text(extensions, "field"));
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new Failure("HTTP " + response.statusCode() + ": not authorized (pass --token or set CLAIMGRAPH_TOKEN)", "UNAUTHENTICATED", null);
        }
        if (response.statusCode() != 200 || json == null || !json.has("data")) {
            String shown = response.body() == null ? "" : response.body().strip();
            throw new Failure("HTTP " + response.statusCode() + " from " + base + "graphql" + (shown.isEmpty() ? "" : ": "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown)), null, null);
        }
        return json.get("data");
    }

    /** GET on a path of the gateway (exports), streamed. */
    HttpResponse<InputStream> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery.replaceFirst("^/", ""))).GET();
        authorize(request);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private void authorize(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
