package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A table of hostile requests and the one rule they all share: the answer comes within {@link #ANSWER_WITHIN}, is
 * not a 5xx, names no Java class or exception, and (when the case expects a refusal) is a GraphQL error with the
 * expected {@code extensions.code} and {@code extensions.field}. Whether data changed is for the caller to check
 * (each service counts its own rows).
 */
public final class HostileRequests {

    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    /** What a leaked class name or stack trace looks like. */
    private static final Pattern LEAK = Pattern.compile("org\\.[a-z]|java\\.[a-z]|com\\.fasterxml|Exception|\\tat ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HostileRequests() {
    }

    /** One request: a raw body (sent as is) and what the answer must say. {@code code} null: any answer but a 5xx. */
    public record Case(String name, String method, String path, String contentType, String accept, String body,
            String code, String field, Integer status) {

        public Case expectStatus(int expected) {
            return new Case(name, method, path, contentType, accept, body, code, field, expected);
        }

        public Case accepting(String mediaType) {
            return new Case(name, method, path, contentType, accept == null ? mediaType : mediaType, body, code, field, status);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A GraphQL POST whose variables are given as raw JSON text (so that 2^63, NaN or "x" reach the server as is). */
    public static Case graphql(String name, String query, String rawVariables, String code, String field) {
        String body = "{\"query\":" + quoted(query) + (rawVariables == null ? "" : ",\"variables\":" + rawVariables) + "}";
        return new Case(name, "POST", "/graphql", "application/json", "application/json", body, code, field, null);
    }

    public static Case graphql(String name, String query, String code, String field) {
        return graphql(name, query, null, code, field);
    }

    /** A POST of any body to {@code /graphql}. */
    public static Case rawBody(String name, String contentType, String body, String code) {
        return new Case(name, "POST", "/graphql", contentType, "application/json", body, code, null, null);
    }

    public static Case get(String name, String pathAndQuery, String code, String field) {
        return new Case(name, "GET", pathAndQuery, null, "application/json", null, code, field, null);
    }

    public static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the case to {@code base} and returns what is wrong with the answer, or null when nothing is. */
    public static String problem(URI base, Case hostile) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(hostile.path())).timeout(ANSWER_WITHIN);
        // as an admin: these cases are about what a request says, access control has its own tests
        request.header("Authorization", TestTokens.admin());
        if (hostile.accept() != null) {
            request.header("Accept", hostile.accept());
        }
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        request.method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(hostile.body()));
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException hang) {
            return "no answer within " + ANSWER_WITHIN.toSeconds() + " s";
        } catch (IOException | InterruptedException e) {
            return "the request failed: " + e;
        }
        String body = response.body();
        if (response.statusCode() >= 500) {
            return "HTTP " + response.statusCode() + ": " + body;
        }
        if (LEAK.matcher(body).find()) {
            return "the answer leaks an implementation detail: " + body;
        }
        if (hostile.status() != null && response.statusCode() != hostile.status()) {
            return "expected HTTP " + hostile.status() + ", got " + response.statusCode() + ": " + body;
        }
        if (hostile.code() == null) {
            return null;
        }
        JsonNode errors;
        try {
            errors = JSON.readTree(body).path("errors");
        } catch (IOException notJson) {
            return "the answer is not JSON: " + body;
        }
        List<String> seen = new ArrayList<>();
        for (JsonNode error : errors) {
            String code = error.at("/extensions/code").asText(null);
            String field = error.at("/extensions/field").asText(null);
            seen.add(code + " on " + field);
            if (hostile.code().equals(code) && (hostile.field() == null || hostile.field().equals(field))) {
                return null;
            }
        }
        return "expected " + hostile.code() + (hostile.field() == null ? "" : " on " + hostile.field()) + ", got "
                + (seen.isEmpty() ? "no error" : seen) + ": " + body;
    }

    /** Every problem of the table, by case name; empty when all answered as they should. */
    public static Map<String, String> problems(URI base, List<Case> cases) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (Case hostile : cases) {
            String problem = problem(base, hostile);
            if (problem != null) {
                problems.put(hostile.name(), problem);
            }
        }
        return problems;
    }
}
