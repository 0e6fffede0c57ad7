package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A table of hostile requests and the one rule they all share: the answer comes within {@link #ANSWER_WITHIN}, is
 * not a 5xx, names no Java class or exception, and (when the case expects a refusal) is a GraphQL error with the
 * expected {@code extensions.code} and {@code extensions.field}; and nothing is stored, which each service checks
 * with counts of its own ({@link #assertAnsweredRightlyStoringNothing}).
 */
public final class HostileRequests {

    /** What tells a hang from an answer: long enough for a refusal on a loaded machine, the largest bodies included. */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
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
        Map<String, String> problems = new LinkedHashMap<>();
        for (Case hostile : cases) {
            String problem = problem(base, hostile);
            if (problem != null) {
                problems.put(hostile.name(), problem);
            }
        }
        return problems;
    }

    /**
     * Sends the table to {@code base} and fails unless every case was answered as it should, each of the
     * {@code stored} counts (by what they count) reads after the table what it read before, and the table holds at
     * least {@code atLeast} cases.
     */
    public static void assertAnsweredRightlyStoringNothing(URI base, List<Case> cases, int atLeast, Map<String, LongSupplier> stored) {
        Map<String, Long> before = new LinkedHashMap<>();
        stored.forEach((what, count) -> before.put(what, count.getAsLong()));

        Map<String, String> problems = problems(base, cases);

        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " of " + cases.size() + " cases answered wrongly:\n"
                    + String.join("\n", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        stored.forEach((what, count) -> {
            long after = count.getAsLong();
            if (after != before.get(what)) {
                throw new AssertionError(what + " stored by hostile requests: " + before.get(what) + " before, " + after + " after");
            }
        });
        if (cases.size() < atLeast) {
            throw new AssertionError("the table holds " + cases.size() + " cases, fewer than " + atLeast);
        }
    }

    /** The rows of {@code table}, counted each time it is asked. */
    public static LongSupplier rows(DataSource database, String table) {
        return () -> {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("counting " + table, e);
            }
        };
    }

    /** An introspection query 53 levels deep, past every service's depth limit. */
    public static Case tooDeep() {
        return graphql("depth 53", "{ __schema { types { " + "fields { type { ".repeat(25) + "name" + " } }".repeat(25) + " } } }",
                "QUERY_TOO_DEEP", null);
    }

    /** {@code selection} {@code count} times under the aliases a0, a1, …: a short query past the alias limit. */
    public static String aliased(String selection, int count) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append('a').append(i).append(": ").append(selection).append(' ');
        }
        return query.toString();
    }
}
