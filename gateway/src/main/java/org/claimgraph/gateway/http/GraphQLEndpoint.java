package org.claimgraph.gateway.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.gateway.Gateway;
import org.claimgraph.gateway.GatewayConfig;

/**
 * GraphQL over HTTP at {@code /graphql}: POST with a JSON body (or {@code application/graphql}), GET for queries.
 * Requests that are not GraphQL at all get a 4xx with a GraphQL error body; everything else is 200 with the
 * response, partial data and errors included. A client that accepts {@code application/graphql-response+json}
 * gets that media type, and a 400 when the request fails before execution (it does not parse or validate, its
 * variables do not fit), as the GraphQL-over-HTTP specification asks. GraphiQL is at {@code /graphql-ui/}, the API schema's SDL at
 * {@code /graphql/schema.graphql}.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Gateway gateway;
    private final GatewayConfig config;
    private final ObjectMapper json;

    GraphQLEndpoint(Gateway gateway, GatewayConfig config, ObjectMapper json) {
        this.gateway = gateway;
        this.config = config;
        this.json = json;
    }

    void routes(@Observes Router router) {
        int maxBytes = config.limits().maxRequestBytes();
        router.post("/graphql").handler(BodyHandler.create(false).setBodyLimit(maxBytes)).handler(this::post)
                .failureHandler(context -> {
                    if (context.statusCode() == 413) {
                        refuse(context, 413, "The request body is larger than " + maxBytes
                                + " bytes (claimgraph.gateway.limits.max-request-bytes)", "REQUEST_TOO_LARGE");
                    } else {
                        refuse(context, 400, "The request could not be read", "BAD_REQUEST");
                    }
                });
        router.get("/graphql").handler(this::get);
        router.get("/graphql/schema.graphql").handler(this::schema);
        router.route(HttpMethod.GET, "/").handler(context -> context.redirect("/graphql-ui/"));
    }

    private void post(RoutingContext context) {
        String contentType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (contentType.startsWith("application/graphql")) {
            execute(context, context.body().asString(), null, Map.of());
            return;
        }
        Map<String, Object> body;
        byte[] bytes = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        try {
            body = json.readValue(bytes, JSON_OBJECT);
        } catch (Exception e) {
            // Our own words: the parser's message names its classes and what it expected internally.
            refuse(context, 400, unreadable(bytes), "BAD_REQUEST");
            return;
        }
        if (body == null) {
            refuse(context, 400, "The request body must be a JSON object with a query", "BAD_REQUEST");
            return;
        }
        request(context, body.get("query"), body.get("operationName"), body.get("variables"));
    }

    /** The API schema in SDL, for code generators and for review of what composition produced. */
    private void schema(RoutingContext context) {
        if (gateway.execution() == null) {
            refuse(context, 503, "The gateway has not composed the supergraph yet", "SUPERGRAPH_NOT_READY");
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(gateway.execution().supergraph().printedApiSchema());
    }

    private void get(RoutingContext context) {
        Object variables = context.request().getParam("variables");
        if (variables != null) {
            try {
                variables = json.readValue(variables.toString(), JSON_OBJECT);
            } catch (Exception e) {
                refuse(context, 400, "variables is not a JSON object", "BAD_REQUEST");
                return;
            }
        }
        request(context, context.request().getParam("query"), context.request().getParam("operationName"), variables);
    }

    @SuppressWarnings("unchecked")
    private void request(RoutingContext context, Object query, Object operationName, Object variables) {
        if (!(query instanceof String text) || text.isBlank()) {
            refuse(context, 400, "The request has no query (a non-empty string)", "BAD_REQUEST");
        } else if (operationName != null && !(operationName instanceof String)) {
            refuse(context, 400, "operationName must be a string", "BAD_REQUEST");
        } else if (variables != null && !(variables instanceof Map)) {
            refuse(context, 400, "variables must be a JSON object", "BAD_REQUEST");
        } else {
            execute(context, text, (String) operationName, variables == null ? Map.of() : (Map<String, Object>) variables);
        }
    }

    private void execute(RoutingContext context, String query, String operationName, Map<String, Object> variables) {
        if (gateway.execution() == null) {
            refuse(context, 503, "The gateway has not composed the supergraph yet", "SUPERGRAPH_NOT_READY");
            return;
        }
        if (context.request().method() == HttpMethod.GET && isMutation(query, operationName)) {
            refuse(context, 405, "Mutations must be sent with POST", "BAD_REQUEST");
            return;
        }
        // the trace context of this request (the server span, when tracing is on) goes with every subgraph request
        Map<String, String> trace = new java.util.HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), trace, Map::put);
        gateway.execute(query, operationName, variables, trace).whenComplete((response, failure) -> {
            if (failure != null) {
                refuse(context, 500, "The gateway failed to execute the request", "INTERNAL_ERROR");
            } else {
                // Without data the request failed before execution: a 400 for graphql-response+json, 200 for JSON.
                write(context, acceptsGraphQLResponse(context) && !response.containsKey("data") ? 400 : 200, response);
            }
        });
    }

    /** Whether the operation a GET would run is a mutation (GET must not change anything); unparsable is left to execution. */
    private static boolean isMutation(String query, String operationName) {
        try {
            graphql.language.Document document = graphql.parser.Parser.parse(query);
            return graphql.language.NodeUtil.getOperation(document, operationName).operationDefinition.getOperation()
                    == graphql.language.OperationDefinition.Operation.MUTATION;
        } catch (RuntimeException unparsableOrAmbiguous) {
            return false;
        }
    }

    private void refuse(RoutingContext context, int status, String message, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code));
        write(context, status, Map.of("errors", List.of(error)));
    }

    private void write(RoutingContext context, int status, Map<String, Object> body) {
        if (context.response().ended()) {
            return;
        }
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE,
                            acceptsGraphQLResponse(context) ? GRAPHQL_RESPONSE_JSON + "; charset=utf-8" : "application/json")
                    .end(io.vertx.core.buffer.Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (Exception e) {
            context.response().setStatusCode(500).end();
        }
    }

    /** Why a body could not be read as one JSON object, in terms of what the client sent. */
    private static String unreadable(byte[] body) {
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first == body.length) {
            return "The request has no body; send a JSON object with a query";
        }
        if (body[first] == '[') {
            return "Batched requests (a JSON array) are not supported; send one JSON object with a query";
        }
        if (body[first] != '{') {
            return "The request body must be a JSON object with a query";
        }
        return "The request body is not valid JSON (note that NaN and Infinity are not JSON numbers)";
    }

    /** GraphQL-over-HTTP's media type, when the client lists it in Accept. */
    private static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE_JSON);
    }
}
