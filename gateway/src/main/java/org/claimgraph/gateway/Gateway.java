package org.claimgraph.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.composition.SupergraphLoader;
import org.claimgraph.gateway.execution.ApiSchema;
import org.claimgraph.gateway.execution.FederatedExecution;
import org.claimgraph.gateway.execution.SubgraphClient;
import org.claimgraph.gateway.limits.QueryLimits;

/** The running gateway: composes the supergraph at start-up and executes requests against it. */
@ApplicationScoped
public class Gateway {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private SubgraphClient client;
    private volatile FederatedExecution execution;

    Gateway(GatewayConfig config, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        Supergraph supergraph = new SupergraphLoader(json).load(subgraphUrls(), config.compositionTimeout(), ApiSchema::build);
        client = new SubgraphClient(vertx, json, config.subgraphTimeout());
        GatewayConfig.Limits limits = config.limits();
        execution = new FederatedExecution(supergraph, client, new QueryLimits(limits.maxDepth(), limits.maxAliases(), limits.maxFields()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    public Map<String, URI> subgraphUrls() {
        Map<String, URI> urls = new LinkedHashMap<>();
        new TreeMap<>(config.subgraphs()).forEach((name, subgraph) -> urls.put(name, subgraph.url()));
        return urls;
    }

    /** Null until the supergraph is composed. */
    public FederatedExecution execution() {
        return execution;
    }

    public CompletableFuture<Map<String, Object>> execute(String query, String operationName, Map<String, Object> variables) {
        return execution.execute(query, operationName, variables);
    }
}
