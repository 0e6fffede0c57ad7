package org.claimgraph.gateway.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
import org.claimgraph.gateway.security.Access;

/**
 * GraphQL over HTTP at {@code /graphql}: POST with a JSON body (or {@code application/graphql}), GET for queries.
 * Requests that are not GraphQL at all get a 4xx with a GraphQL error body; everything else is 200 with the
 * response, partial data and errors included. A client that accepts {@code application/graphql-response+json}
 * gets that media type, and a 400 when the request fails before execution (it does not parse or validate, its
 * variables do not fit), as the GraphQL-over-HTTP specification asks. GraphiQL is at {@code /graphql-ui/}, the API
 * schema's SDL at {@code /graphql/schema.graphql}. The dashboard (static files under {@code META-INF/resources}) is at
 * {@code /}.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GraphQLEndpoint.class);

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Gateway gateway;
    private final GatewayConfig config;
    private final ObjectMapper json;
    /** Made once: {@code readValue} with a type reference resolves the type again on every call. */
    private final ObjectReader jsonObjects;
    private final Access access;

    GraphQLEndpoint(Gateway gateway, GatewayConfig config, ObjectMapper json, Access access) {
        this.gateway = gateway;
        this.config = config;
        this.json = json;
        this.jsonObjects = json.readerFor(JSON_OBJECT);
        this.access = access;
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
    }

    private void post(RoutingContext context) {
        Access.Refusal csrf = access.checkCsrf(context.request());
        if (csrf != null) {
            refuse(context, csrf);
            return;
        }
        String contentType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (contentType.startsWith("application/graphql")) {
            execute(context, context.body().asString(), null, Map.of());
            return;
        }
        Map<String, Object> body;
        byte[] bytes = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        try {
            body = jsonObjects.readValue(bytes);
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
        if (!access.introspectionEnabled()) {
            refuse(context, 404, "The schema is not published here (claimgraph.security.introspection is off)", "INTROSPECTION_DISABLED");
            return;
        }
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
                variables = jsonObjects.readValue(variables.toString());
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
        Access.Authentication authentication = access.authenticate(context);
        if (authentication instanceof Access.Refusal refusal) {
            refuse(context, refusal);
            return;
        }
        Access.Caller caller = (Access.Caller) authentication;
        Access.Refusal refusal = access.authorize(caller, query, operationName);
        if (refusal != null) {
            refuse(context, refusal);
            return;
        }
        // the caller's token (each subgraph checks its roles again), the gateway's secret, and the trace context of
        // this request (the server span, when tracing is on) go with every subgraph request
        Map<String, String> headers = access.subgraphHeaders(caller);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        gateway.answer(query, operationName, variables, headers).whenComplete((answer, failure) -> {
            if (failure != null) {
                LOG.errorf(failure, "The request failed in the gateway: %s", query); // the client sees no internals
                refuse(context, 500, "The gateway failed to execute the request", "INTERNAL_ERROR");
            } else if (answer.json() != null) {
                send(context, 200, answer.json()); // data without errors, written as it was shaped
            } else {
                Map<String, Object> response = answer.response();
                // a refusal by the subgraphs is a 401 or 403; without data the request failed before execution:
                // a 400 for graphql-response+json, 200 for JSON
                int status = statusOf(response);
                write(context, status == 200 && acceptsGraphQLResponse(context) && !response.containsKey("data") ? 400 : status, response);
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

    /**
     * 200, unless the subgraphs refused the caller and nothing was answered: then 401 or 403, as the subgraphs
     * would have answered directly.
     */
    private static int statusOf(Map<String, Object> response) {
        Object data = response.get("data");
        boolean nothingAnswered = data == null || (data instanceof Map<?, ?> fields && fields.values().stream().allMatch(java.util.Objects::isNull));
        if (!nothingAnswered || !(response.get("errors") instanceof List<?> errors) || errors.isEmpty()) {
            return 200;
        }
        // errors without a code (a non-null field left null by the refusal) follow from the ones with one
        java.util.Set<Object> codes = new java.util.HashSet<>();
        for (Object error : errors) {
            if (error instanceof Map<?, ?> map && map.get("extensions") instanceof Map<?, ?> extensions && extensions.get("code") != null) {
                codes.add(extensions.get("code"));
            }
        }
        return codes.equals(java.util.Set.of("UNAUTHENTICATED")) ? 401 : codes.equals(java.util.Set.of("FORBIDDEN")) ? 403 : 200;
    }

    private void refuse(RoutingContext context, Access.Refusal refusal) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", refusal.code());
        if (refusal.requiredRole() != null) {
            extensions.put("requiredRole", refusal.requiredRole());
        }
        if (refusal.status() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", refusal.message());
        error.put("extensions", extensions);
        write(context, refusal.status(), Map.of("errors", List.of(error)));
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
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (Exception e) {
            context.response().setStatusCode(500).end();
            return;
        }
        send(context, status, bytes);
    }

    private static void send(RoutingContext context, int status, byte[] json) {
        if (context.response().ended()) {
            return;
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE,
                        acceptsGraphQLResponse(context) ? GRAPHQL_RESPONSE_JSON + "; charset=utf-8" : "application/json")
                .end(io.vertx.core.buffer.Buffer.buffer(json));
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
