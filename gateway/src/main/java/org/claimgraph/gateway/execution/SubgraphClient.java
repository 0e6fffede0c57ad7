package org.claimgraph.gateway.execution;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** Posts GraphQL requests to the subgraphs over pooled keep-alive HTTP connections, each with a deadline. */
public final class SubgraphClient {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final WebClient client;
    private final ObjectMapper json;
    /** Made once: {@code readValue} with a type reference resolves the type again on every call. */
    private final ObjectReader answers;
    private final Duration timeout;
    private final Mutations mutations;
    private final MeterRegistry metrics;
    private final Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How root mutation fields are sent: with their own, longer {@code timeout} (a write that takes longer than a
     * read must not be cut while it completes), and which of them are idempotent, so that an unknown outcome may be
     * called retryable.
     */
    public record Mutations(Duration timeout, java.util.Set<String> idempotent) {
    }

    public SubgraphClient(Vertx vertx, ObjectMapper json, Duration timeout, MeterRegistry metrics) {
        this(vertx, json, timeout, new Mutations(timeout, java.util.Set.of()), metrics);
    }

    public SubgraphClient(Vertx vertx, ObjectMapper json, Duration timeout, Mutations mutations, MeterRegistry metrics) {
        this.metrics = metrics;
        this.mutations = mutations;
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64)
                .setConnectTimeout((int) Math.min(timeout.toMillis(), Integer.MAX_VALUE)).setTryUseCompression(false)
                .setUserAgent("claimgraph-gateway"));
        this.json = json;
        this.answers = json.readerFor(JSON_OBJECT);
        this.timeout = timeout;
    }

    Mutations mutations() {
        return mutations;
    }

    /** Completes exceptionally with a {@link SubgraphFailure} when the subgraph cannot be reached or does not answer GraphQL. */
    CompletableFuture<SubgraphResponse> post(String subgraph, URI url, String query, Map<String, Object> variables,
            Map<String, String> headers) {
        return post(subgraph, url, query, variables, headers, timeout);
    }

    /** The same with another deadline (a mutation's). */
    CompletableFuture<SubgraphResponse> post(String subgraph, URI url, String query, Map<String, Object> variables,
            Map<String, String> headers, Duration deadline) {
        Timer.Sample sample = Timer.start(metrics);
        return send(subgraph, url, query, variables, headers, deadline).whenComplete((response, failure) -> sample.stop(timer(subgraph,
                failure != null ? "unavailable" : response.errors().isEmpty() ? "success" : "graphql-errors")));
    }

    private Timer timer(String subgraph, String outcome) {
        return timers.computeIfAbsent(subgraph + '\n' + outcome, key -> Timer.builder("claimgraph.gateway.subgraph.requests")
                .description("Requests from the gateway to a subgraph").tag("subgraph", subgraph).tag("outcome", outcome)
                .register(metrics));
    }

    private CompletableFuture<SubgraphResponse> send(String subgraph, URI url, String query, Map<String, Object> variables,
            Map<String, String> headers, Duration deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        Buffer payload;
        try {
            payload = Buffer.buffer(json.writeValueAsBytes(body));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new SubgraphFailure(subgraph, "the request could not be encoded: " + e.getMessage()));
        }
        CompletableFuture<SubgraphResponse> response = new CompletableFuture<>();
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        io.vertx.ext.web.client.HttpRequest<Buffer> request = client.post(port, url.getHost(), url.getRawPath())
                .ssl("https".equals(url.getScheme())).timeout(deadline.toMillis());
        headers.forEach(request::putHeader);
        request
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .sendBuffer(payload)
                .onSuccess(http -> {
                    try {
                        Map<String, Object> answer = http.body() == null ? null : answers.readValue(http.body().getBytes());
                        if (answer == null || !(answer.containsKey("data") || answer.containsKey("errors"))) {
                            response.completeExceptionally(new SubgraphFailure(subgraph, "HTTP " + http.statusCode() + " without a GraphQL response"));
                            return;
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, Object> data = answer.get("data") instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
                        List<Map<String, Object>> errors = new java.util.ArrayList<>();
                        if (answer.get("errors") instanceof List<?> list) {
                            for (Object error : list) {
                                if (error instanceof Map<?, ?> map) {
                                    @SuppressWarnings("unchecked")
                                    Map<String, Object> typed = (Map<String, Object>) map;
                                    errors.add(typed);
                                } else {
                                    errors.add(Map.of("message", String.valueOf(error)));
                                }
                            }
                        }
                        response.complete(new SubgraphResponse(data, errors));
                    } catch (Exception e) {
                        response.completeExceptionally(new SubgraphFailure(subgraph, "HTTP " + http.statusCode() + " with a body that is not JSON"));
                    }
                })
                .onFailure(failure -> response.completeExceptionally(
                        new SubgraphFailure(subgraph, describe(failure, deadline), notConnected(failure))));
        return response.orTimeout(deadline.toMillis() + 100, TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause instanceof SubgraphFailure ? cause
                    : new SubgraphFailure(subgraph, describe(cause, deadline), notConnected(cause)));
        });
    }

    /** A connection that was never made carried no request: the subgraph cannot have acted on it. */
    private static boolean notConnected(Throwable failure) {
        return failure instanceof java.net.ConnectException || failure instanceof io.netty.channel.ConnectTimeoutException;
    }

    private static String describe(Throwable failure, Duration deadline) {
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within " + deadline.toMillis() + " ms";
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    public void close() {
        client.close();
    }

    /** A subgraph could not be asked or did not answer with GraphQL: the fields it should have resolved stay null. */
    static final class SubgraphFailure extends RuntimeException {
        final String subgraph;
        /** True when the request never reached the subgraph (no connection), so a write cannot have happened. */
        final boolean notSent;

        SubgraphFailure(String subgraph, String reason) {
            this(subgraph, reason, false);
        }

        SubgraphFailure(String subgraph, String reason, boolean notSent) {
            super(reason, null, false, false);
            this.subgraph = subgraph;
            this.notSent = notSent;
        }
    }
}
