package org.claimgraph.gateway.http;

import java.net.URI;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.gateway.GatewayConfig;
import org.claimgraph.gateway.security.Access;
import org.jboss.logging.Logger;

/**
 * Passes the configured plain HTTP paths through to their subgraph ({@code claimgraph.gateway.forwards}): GET only,
 * path and query unchanged, the answer streamed back as it arrives (an export of a million claims never sits in the
 * gateway's memory). An unreachable subgraph is a 502 with a GraphQL-style error body.
 */
@ApplicationScoped
public class Forwards {

    private static final Logger LOG = Logger.getLogger(Forwards.class);

    private final GatewayConfig config;
    private final HttpClient client;
    private final Access access;

    Forwards(GatewayConfig config, Vertx vertx, Access access) {
        this.config = config;
        this.access = access;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(60));
    }

    void routes(@Observes Router router) {
        config.forwards().forEach((name, forward) -> {
            GatewayConfig.Subgraph subgraph = config.subgraphs().get(forward.subgraph());
            if (subgraph == null) {
                throw new IllegalStateException("claimgraph.gateway.forwards." + name + ".subgraph names no subgraph: "
                        + forward.subgraph() + " (known: " + config.subgraphs().keySet() + ")");
            }
            router.get(forward.pathPrefix() + "*").handler(context -> forward(context, forward.subgraph(), subgraph.url()));
        });
    }

    private void forward(RoutingContext context, String subgraphName, URI subgraph) {
        boolean tls = "https".equalsIgnoreCase(subgraph.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(subgraph.getHost())
                .setPort(subgraph.getPort() > 0 ? subgraph.getPort() : tls ? 443 : 80).setSsl(tls)
                .setURI(context.request().uri()).setIdleTimeout(60_000);
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        // exports are reads: the same rules as queries here, and the subgraph checks the forwarded token again
        Access.Authentication authentication = access.authenticate(context);
        Access.Refusal refusal = authentication instanceof Access.Refusal refused ? refused : access.authorizeRead((Access.Caller) authentication);
        if (refusal != null) {
            JsonObject extensions = new JsonObject().put("code", refusal.code());
            if (refusal.requiredRole() != null) {
                extensions.put("requiredRole", refusal.requiredRole());
            }
            context.response().setStatusCode(refusal.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", refusal.message())
                            .put("extensions", extensions))).encode());
            return;
        }
        access.subgraphHeaders((Access.Caller) authentication).forEach(options::putHeader);
        var response = context.response();
        client.request(options)
                .onSuccess(request -> response.closeHandler(closed -> request.reset())) // client gone: stop the subgraph's work
                .compose(request -> request.send())
                .onSuccess(answer -> {
                    response.setStatusCode(answer.statusCode());
                    for (Map.Entry<String, String> header : answer.headers()) {
                        String lower = header.getKey().toLowerCase(java.util.Locale.ROOT);
                        if (lower.equals("content-type") || lower.equals("content-disposition") || lower.equals("content-length")) {
                            response.putHeader(header.getKey(), header.getValue());
                        }
                    }
                    if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                        response.setChunked(true);
                    }
                    // A subgraph that breaks off mid-stream must not look like a complete file here: reset, don't end.
                    answer.pipe().endOnFailure(false).to(response).onFailure(broken -> {
                        LOG.warnf("forward from %s broke off: %s", subgraphName, broken.getMessage());
                        response.reset();
                    });
                })
                .onFailure(failure -> {
                    LOG.warnf("forward to %s failed: %s", subgraphName, failure.getMessage());
                    if (context.response().headWritten()) {
                        context.response().reset();
                        return;
                    }
                    JsonObject error = new JsonObject().put("message", "subgraph " + subgraphName + " is unavailable: " + failure.getMessage())
                            .put("extensions", new JsonObject().put("code", "SUBGRAPH_UNAVAILABLE").put("subgraph", subgraphName)
                                    .put("retryable", true));
                    context.response().setStatusCode(502).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
                });
    }
}
