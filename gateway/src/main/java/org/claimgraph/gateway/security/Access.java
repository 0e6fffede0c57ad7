package org.claimgraph.gateway.security;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.parser.ParserOptions;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.http.GraphQLOperation;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The gateway's access control, the first of two checks (each subgraph enforces the role of every field itself):
 * CSRF prevention as Apollo Router does it, bearer-token verification, a token for every mutation (every mutation
 * needs at least {@code editor}), anonymous reads, introspection. The caller's {@code Authorization} goes to the
 * subgraphs with the gateway's secret ({@link #subgraphHeaders}).
 */
@ApplicationScoped
public class Access {

    public static final String SUBGRAPH_SECRET_HEADER = "X-Claimgraph-Subgraph-Secret";
    /** Headers a browser cannot send cross-origin without a CORS preflight. */
    private static final List<String> PREFLIGHT_HEADERS = List.of("apollo-require-preflight", "x-claimgraph-csrf", "x-apollo-operation-name");
    /** Routes run in ascending order: these before the static GraphiQL page and the endpoint. */
    private static final int FIRST = -200;

    private final JWTParser tokens;
    private final SecurityConfig config;

    Access(JWTParser tokens, SecurityConfig config) {
        this.tokens = tokens;
        this.config = config;
    }

    /** The outcome of reading a request's credentials: a caller, or a refusal. */
    public sealed interface Authentication permits Caller, Refusal {
    }

    /** A refusal: the HTTP status, {@code extensions.code}, the message and the role that would have been needed. */
    public record Refusal(int status, String code, String message, String requiredRole) implements Authentication {
    }

    /** Who is calling: no token ({@code groups} null) or a verified token with its groups. */
    public record Caller(String authorization, Set<String> groups) implements Authentication {
        boolean anonymous() {
            return groups == null;
        }

        boolean holds(String role) {
            return groups != null && switch (role) {
                case "reader" -> groups.contains("reader") || groups.contains("editor") || groups.contains("admin");
                case "editor" -> groups.contains("editor") || groups.contains("admin");
                default -> groups.contains(role);
            };
        }
    }

    void routes(@Observes Router router) {
        router.route("/graphql-ui*").order(FIRST).handler(context -> {
            if (config.graphiql()) {
                context.next();
            } else {
                context.response().setStatusCode(404).end();
            }
        });
    }

    public boolean introspectionEnabled() {
        return config.introspection();
    }

    /** A POST a browser could send cross-origin without asking first (a simple request) is refused: JSON or a custom header proves a preflight. */
    public Refusal checkCsrf(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        contentType = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/json") || contentType.startsWith("application/graphql")
                || PREFLIGHT_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null && !request.getHeader(header).isBlank())) {
            return null;
        }
        return new Refusal(400, "BAD_REQUEST", "This request has been blocked as a potential cross-site request forgery: send it with "
                + "Content-Type: application/json, or with a header apollo-require-preflight or x-claimgraph-csrf", null);
    }

    /** The caller of a request; a refusal when its {@code Authorization} is not a valid bearer token. */
    public Authentication authenticate(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return new Caller(null, null);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Refusal(401, "UNAUTHENTICATED", "The Authorization header must be a bearer token (Authorization: Bearer <token>)", null);
        }
        try {
            JsonWebToken token = tokens.parse(authorization.substring(7).strip());
            return new Caller(authorization, token.getGroups() == null ? Set.of() : token.getGroups());
        } catch (Exception invalid) {
            return new Refusal(401, "UNAUTHENTICATED", "The bearer token is invalid, expired or not signed by a trusted issuer", null);
        }
    }

    /** Whether {@code caller} may run the operation; unparsable documents are left to execution, which refuses them. */
    public Refusal authorize(Caller caller, String query, String operationName) {
        OperationKind kind = kinds.get(new OperationKey(query, operationName));
        if (kind == null) {
            kind = kindOf(query, operationName);
            if (kinds.size() > KINDS_CACHED) {
                kinds.clear(); // many distinct documents: start over rather than grow without bound
            }
            kinds.put(new OperationKey(query, operationName), kind);
        }
        if (kind == OperationKind.UNPARSABLE) {
            return null;
        }
        if (kind == OperationKind.MUTATION) {
            return require(caller, "editor", "Mutations");
        }
        if (kind == OperationKind.INTROSPECTION && !config.introspection()) {
            return new Refusal(400, "INTROSPECTION_DISABLED", "Introspection is disabled (claimgraph.security.introspection is off)", null);
        }
        return authorizeRead(caller);
    }

    /** What the access rules need to know of an operation, kept per document: parsing each request again costs more than the rest of the check. */
    private enum OperationKind { MUTATION, INTROSPECTION, READ, UNPARSABLE }

    private record OperationKey(String query, String operationName) {
    }

    private static final int KINDS_CACHED = 2_000;
    private final Map<OperationKey, OperationKind> kinds = new java.util.concurrent.ConcurrentHashMap<>();

    private static OperationKind kindOf(String query, String operationName) {
        // within the limits the gateway executes with: what they cut off is refused by execution
        GraphQLOperation operation = GraphQLOperation.of(query, operationName, ParserOptions.getDefaultParserOptions());
        if (operation == null) {
            return OperationKind.UNPARSABLE;
        }
        if (operation.isMutation()) {
            return OperationKind.MUTATION;
        }
        return operation.isIntrospection() ? OperationKind.INTROSPECTION : OperationKind.READ;
    }

    /** Queries and exports: anyone while anonymous reads are on, otherwise a reader (or more). */
    public Refusal authorizeRead(Caller caller) {
        if (caller.anonymous() && config.anonymousReads()) {
            return null;
        }
        return require(caller, "reader", "Queries and exports");
    }

    private static Refusal require(Caller caller, String role, String what) {
        if (caller.anonymous()) {
            return new Refusal(401, "UNAUTHENTICATED", what + " require a bearer token with the role " + role, role);
        }
        if (!caller.holds(role)) {
            return new Refusal(403, "FORBIDDEN", what + " require the role " + role, role);
        }
        return null;
    }

    /** What goes with every subgraph request of this caller (the trace context is added beside). */
    public Map<String, String> subgraphHeaders(Caller caller) {
        Map<String, String> headers = new HashMap<>();
        if (caller != null && caller.authorization() != null) {
            headers.put("Authorization", caller.authorization());
        }
        config.subgraphSecret().ifPresent(secret -> headers.put(SUBGRAPH_SECRET_HEADER, secret));
        return headers;
    }
}
