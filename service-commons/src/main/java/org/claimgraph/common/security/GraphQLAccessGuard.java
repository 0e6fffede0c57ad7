package org.claimgraph.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.http.GraphQLOperation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Decides, before SmallRye GraphQL runs anything, whether a request to {@code /graphql} may run: CSRF prevention (a
 * POST must be JSON or carry a preflight header, as Apollo Router requires), bearer-token verification, the role each
 * mutation needs ({@link SecuritySettings#mutationRoles()}), anonymous reads, the gateway's secret for
 * {@code _entities}/{@code _service}, and introspection. Refusals are GraphQL error bodies with HTTP 400, 401, 403 or
 * 405 and {@code extensions.code}. The verified caller's token is kept for calls made on its behalf ({@link Caller}).
 */
@ApplicationScoped
public class GraphQLAccessGuard {

    /** The header carrying the gateway's secret to the subgraphs. */
    public static final String SUBGRAPH_SECRET_HEADER = "X-Claimgraph-Subgraph-Secret";
    /** Headers a browser cannot send cross-origin without a CORS preflight: their presence proves a non-simple request. */
    static final List<String> PREFLIGHT_HEADERS = List.of("apollo-require-preflight", "x-claimgraph-csrf", "x-apollo-operation-name");
    private static final Set<String> GATEWAY_FIELDS = Set.of("_entities", "_service");
    /** Routes run in ascending order: this one before SmallRye GraphQL's own (its websocket route is at -99). */
    private static final int BEFORE_GRAPHQL = -200;
    /**
     * Requests are judged without the parser's size limits, so that whatever SmallRye GraphQL can parse is judged here
     * too; sizes are limited elsewhere.
     */
    private static final ParserOptions UNLIMITED = ParserOptions.getDefaultParserOptions().transform(options -> options
            .maxTokens(Integer.MAX_VALUE).maxWhitespaceTokens(Integer.MAX_VALUE).maxCharacters(Integer.MAX_VALUE)
            .maxRuleDepth(Integer.MAX_VALUE).captureSourceLocation(false).captureIgnoredChars(false));

    private static final Logger LOG = Logger.getLogger(GraphQLAccessGuard.class);

    private final JWTParser tokens;
    private final SecuritySettings settings;
    private final long maxBodyBytes;

    GraphQLAccessGuard(JWTParser tokens, SecuritySettings settings,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.tokens = tokens;
        this.settings = settings;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void routes(@Observes Router router) {
        router.route("/graphql").order(BEFORE_GRAPHQL).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes)).handler(this::guard);
        router.route("/export/*").order(BEFORE_GRAPHQL).handler(this::guardExport);
        router.route("/graphql/schema.graphql").order(BEFORE_GRAPHQL).handler(context -> {
            if (settings.introspection()) {
                context.next();
            } else {
                refuse(context, 404, "INTROSPECTION_DISABLED", "The schema is not published here (claimgraph.security.introspection is off)", null);
            }
        });
        router.route("/q/graphql-ui*").order(BEFORE_GRAPHQL).handler(context -> {
            if (settings.graphiql()) {
                context.next();
            } else {
                context.response().setStatusCode(404).end();
            }
        });
    }

    /** Exports (claims-service's CSV and JSON-LD) are reads: the same rules as queries. */
    private void guardExport(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        Set<String> groups = authorization == null ? null : verifiedGroups(context, authorization);
        if (authorization != null && groups == null) {
            return;
        }
        if ((groups == null && settings.anonymousReads()) || hasRole(context, groups, Role.READER, "Exports")) {
            context.next();
        }
    }

    /** The groups of a valid bearer token; null, with the request refused, otherwise. */
    private Set<String> verifiedGroups(RoutingContext context, String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(context, 401, "UNAUTHENTICATED", "The Authorization header must be a bearer token (Authorization: Bearer <token>)", null);
            return null;
        }
        try {
            JsonWebToken token = tokens.parse(authorization.substring(7).strip());
            context.put(CALLER_NAME, token.getName());
            return token.getGroups() == null ? Set.of() : token.getGroups();
        } catch (ParseException | RuntimeException invalid) {
            LOG.debugf("bearer token refused: %s", invalid.getMessage());
            refuse(context, 401, "UNAUTHENTICATED", "The bearer token is invalid, expired or not signed by a trusted issuer", null);
            return null;
        }
    }

    private static final String CALLER_NAME = "claimgraph.caller.name";

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean post = request.method() == HttpMethod.POST;
        if (!post && request.method() != HttpMethod.GET) {
            context.next();
            return;
        }
        if (post && !preflighted(request)) {
            refuse(context, 400, "BAD_REQUEST", "This request has been blocked as a potential cross-site request forgery: send it with "
                    + "Content-Type: application/json, or with a header apollo-require-preflight or x-claimgraph-csrf", null);
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Set<String> groups = authorization == null ? null : verifiedGroups(context, authorization);
        if (authorization != null && groups == null) {
            return;
        }
        for (GraphQLOperation operation : operations(context, post)) {
            if (!allowed(context, operation, groups, post)) {
                return;
            }
        }
        Caller.remember(authorization, context.get(CALLER_NAME));
        context.next();
    }

    /** Whether {@code operation} may run for a caller with {@code groups} (null: no token); refuses it otherwise. */
    private boolean allowed(RoutingContext context, GraphQLOperation operation, Set<String> groups, boolean post) {
        if (operation.isMutation()) {
            if (!post) {
                refuse(context, 405, "BAD_REQUEST", "Mutations must be sent with POST", null);
                return false;
            }
            String field = operation.rootFields().stream().filter(name -> !name.startsWith("__"))
                    .max(Comparator.comparing(this::roleFor)).orElse(null);
            Role required = field == null ? Role.READER : roleFor(field);
            return hasRole(context, groups, required, field == null ? "This mutation" : field);
        }
        if (operation.rootFields().stream().anyMatch(GATEWAY_FIELDS::contains) && settings.subgraphSecret().isPresent()
                && !matches(settings.subgraphSecret().get(), context.request().getHeader(SUBGRAPH_SECRET_HEADER))) {
            refuse(context, 403, "FORBIDDEN", "_entities and _service answer only the gateway (" + SUBGRAPH_SECRET_HEADER + " is missing or wrong)", null);
            return false;
        }
        if (operation.isIntrospection() && !settings.introspection()) {
            refuse(context, 400, "INTROSPECTION_DISABLED", "Introspection is disabled (claimgraph.security.introspection is off)", null);
            return false;
        }
        boolean schemaOnly = operation.rootFields().stream().allMatch(name -> name.equals("_service") || name.equals("__typename"));
        if (schemaOnly || (groups == null && settings.anonymousReads())) {
            return true;
        }
        return hasRole(context, groups, Role.READER, "Queries");
    }

    private boolean hasRole(RoutingContext context, Set<String> groups, Role required, String what) {
        if (groups == null) {
            refuse(context, 401, "UNAUTHENTICATED", what + " requires a bearer token with the role " + required.claimName(), required);
            return false;
        }
        if (!required.heldBy(groups)) {
            refuse(context, 403, "FORBIDDEN", what + " requires the role " + required.claimName(), required);
            return false;
        }
        return true;
    }

    private Role roleFor(String mutation) {
        return settings.mutationRoles().getOrDefault(mutation, Role.ADMIN);
    }

    /** The operations the request carries (a JSON array is a batch); none when it is not readable GraphQL at all, which SmallRye GraphQL then refuses. */
    private static List<GraphQLOperation> operations(RoutingContext context, boolean post) {
        List<GraphQLOperation> operations = new ArrayList<>();
        if (!post) {
            add(operations, context.request().getParam("query"), context.request().getParam("operationName"));
            return operations;
        }
        String body = context.body().asString(StandardCharsets.UTF_8.name());
        if (body == null) {
            return operations;
        }
        if (contentType(context.request()).startsWith("application/graphql") && !contentType(context.request()).startsWith("application/graphql-response")) {
            add(operations, body, context.request().getParam("operationName"));
            return operations;
        }
        try {
            Object json = io.vertx.core.json.Json.decodeValue(body);
            if (json instanceof JsonObject request) {
                add(operations, request);
            } else if (json instanceof JsonArray batch) {
                for (Object request : batch) {
                    if (request instanceof JsonObject object) {
                        add(operations, object);
                    }
                }
            }
        } catch (RuntimeException notJson) {
            // SmallRye GraphQL answers what it cannot read
        }
        return operations;
    }

    private static void add(List<GraphQLOperation> operations, JsonObject request) {
        Object query = request.getValue("query");
        Object operationName = request.getValue("operationName");
        add(operations, query instanceof String text ? text : null, operationName instanceof String name ? name : null);
    }

    private static void add(List<GraphQLOperation> operations, String query, String operationName) {
        GraphQLOperation operation = GraphQLOperation.of(query, operationName, UNLIMITED);
        if (operation != null) {
            operations.add(operation);
        }
    }

    /** A browser sends JSON, or a custom header, cross-origin only after a CORS preflight this server can refuse. */
    static boolean preflighted(HttpServerRequest request) {
        String contentType = contentType(request);
        if (contentType.startsWith("application/json") || contentType.startsWith("application/graphql")) {
            return true;
        }
        return PREFLIGHT_HEADERS.stream().anyMatch(header -> {
            String value = request.getHeader(header);
            return value != null && !value.isBlank();
        });
    }

    private static String contentType(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext context, int status, String code, String message, Role required) {
        JsonObject extensions = new JsonObject().put("code", code);
        if (required != null) {
            extensions.put("requiredRole", required.claimName());
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message).put("extensions", extensions)));
        if (status == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body.encode());
    }
}
