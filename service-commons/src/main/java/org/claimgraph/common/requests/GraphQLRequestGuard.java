package org.claimgraph.common.requests;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands in front of SmallRye GraphQL's {@code /graphql}: a body that is not one GraphQL request (not JSON, an
 * array, {@code "variables": "x"}) is HTTP 400 with a GraphQL error instead of a 500, and a request whose values
 * SmallRye would narrow or fail on, or whose document is too big, is refused with an error naming the field
 * ({@link DocumentChecks}). Such errors are HTTP 200 for {@code application/json}, and 400 for clients that accept
 * {@code application/graphql-response+json}, as the GraphQL-over-HTTP specification asks.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final int CACHED_DOCUMENTS = 500;

    @Inject
    Instance<GraphQLSchema> schema;
    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;
    @ConfigProperty(name = "claimgraph.graphql.max-request-bytes", defaultValue = "4194304")
    long maxRequestBytes;
    @ConfigProperty(name = "claimgraph.graphql.limits.max-depth", defaultValue = "20")
    int maxDepth;
    @ConfigProperty(name = "claimgraph.graphql.limits.max-aliases", defaultValue = "100")
    int maxAliases;
    @ConfigProperty(name = "claimgraph.graphql.limits.max-fields", defaultValue = "2000")
    int maxFields;

    /** Parsed documents by query text: the gateway sends the same few queries over and over. */
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<Document, List<ValidationError>> validations = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        String path = "/" + rootPath.replaceFirst("^/", "");
        // Before SmallRye's route; its own body handler sees the body already read and passes on.
        router.route(path).order(-200).handler(BodyHandler.create(false).setBodyLimit(maxRequestBytes));
        router.route(path).order(-199).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        try {
            Request request = request(context);
            if (request != null && schema.isResolvable()) {
                Document document = parsed(request.query());
                DocumentChecks.check(document, request.variables(), schema.get(),
                        new DocumentChecks.Limits(maxDepth, maxAliases, maxFields));
                if (acceptsGraphQLResponse(context)) {
                    validated(document, schema.get());
                }
            }
        } catch (RequestViolation violation) {
            refuse(context, violation);
            return;
        }
        context.next();
    }

    private record Request(String query, Map<String, Object> variables) {
    }

    /** The request's query and variables; null when SmallRye is better placed to answer (an unsupported method). */
    private static Request request(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET) {
            String query = context.queryParams().get("query");
            String variables = context.queryParams().get("variables");
            JsonObject parsedVariables = null;
            if (variables != null && !variables.isBlank()) {
                parsedVariables = jsonObject(variables, "the variables parameter");
            }
            return query == null ? null : new Request(query, parsedVariables == null ? null : parsedVariables.getMap());
        }
        if (method != HttpMethod.POST) {
            return null;
        }
        String contentType = context.request().getHeader("content-type");
        Buffer body = context.body().buffer();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql")) {
            return body == null ? null : new Request(body.toString(), null);
        }
        if (body == null || body.length() == 0) {
            throw RequestViolation.malformedRequest("the request has no body; send a JSON object with a query");
        }
        Object decoded;
        try {
            // Undecodable bytes become U+FFFD, as SmallRye reads them, so that ingestion can name the field they are in.
            decoded = Json.decodeValue(body.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (DecodeException malformed) {
            throw RequestViolation.malformedRequest("the body is not valid JSON (NaN and Infinity are not JSON numbers)");
        }
        if (decoded instanceof JsonArray) {
            throw RequestViolation.malformedRequest("batched requests (a JSON array) are not supported; send one JSON object");
        }
        if (!(decoded instanceof JsonObject json)) {
            throw RequestViolation.malformedRequest("the body must be a JSON object with a query");
        }
        Object query = json.getValue("query");
        if (!(query instanceof String text)) {
            throw RequestViolation.malformedRequest(query == null ? "the request has no query" : "query must be a string");
        }
        Object variables = json.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            throw RequestViolation.malformedRequest("variables must be a JSON object (or null)");
        }
        Object operationName = json.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw RequestViolation.malformedRequest("operationName must be a string (or null)");
        }
        Object extensions = json.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw RequestViolation.malformedRequest("extensions must be a JSON object (or null)");
        }
        return new Request(text, variables == null ? null : ((JsonObject) variables).getMap());
    }

    private static JsonObject jsonObject(String text, String what) {
        try {
            Object decoded = Json.decodeValue(text);
            if (decoded instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException malformed) {
            // reported below
        }
        throw RequestViolation.malformedRequest(what + " must be a JSON object");
    }

    /** The parsed document; a syntax error is refused here, as SmallRye answers it without saying where it is. */
    private Document parsed(String query) {
        Document document = documents.get(query);
        if (document == null) {
            try {
                document = Parser.parse(query);
            } catch (InvalidSyntaxException syntax) { // also graphql-java's token and depth limits
                throw RequestViolation.document("GRAPHQL_PARSE_FAILED", "the query is not valid GraphQL: " + syntax.getMessage());
            }
            if (documents.size() >= CACHED_DOCUMENTS) {
                documents.clear();
            }
            documents.put(query, document);
        }
        return document;
    }

    /**
     * For {@code application/graphql-response+json} a document that fails validation is HTTP 400; SmallRye answers
     * 200 whatever the client accepts, so the validation is run here first (its verdict cached with the document).
     */
    private void validated(Document document, GraphQLSchema current) {
        List<ValidationError> errors = validations.computeIfAbsent(document,
                parsed -> new Validator().validateDocument(current, parsed, Locale.ENGLISH));
        if (validations.size() > CACHED_DOCUMENTS) {
            validations.clear();
        }
        if (!errors.isEmpty()) {
            throw RequestViolation.document("GRAPHQL_VALIDATION_FAILED", errors.get(0).getMessage());
        }
    }

    private static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader("accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE_JSON);
    }

    private static void refuse(RoutingContext context, RequestViolation violation) {
        // retryable false, as on every other refusal of the subgraphs: the same request will be refused again
        JsonObject extensions = new JsonObject().put("code", violation.code()).put("retryable", false);
        if (violation.field() != null) {
            extensions.put("field", violation.field());
        }
        if (violation.limit() != null) {
            extensions.put("limit", violation.limit());
        }
        JsonObject error = new JsonObject().put("message", violation.getMessage()).put("extensions", extensions);
        boolean graphqlResponse = acceptsGraphQLResponse(context);
        int status = violation.notGraphQL() || graphqlResponse ? 400 : 200;
        context.response().setStatusCode(status)
                .putHeader("content-type", (graphqlResponse ? GRAPHQL_RESPONSE_JSON : "application/json") + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
