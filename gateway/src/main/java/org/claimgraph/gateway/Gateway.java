package org.claimgraph.gateway;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.composition.SupergraphFile;
import org.claimgraph.gateway.composition.SupergraphLoader;
import org.claimgraph.gateway.security.Access;
import org.jboss.logging.Logger;
import org.claimgraph.gateway.execution.Answer;
import org.claimgraph.gateway.execution.ApiSchema;
import org.claimgraph.gateway.execution.FederatedExecution;
import org.claimgraph.gateway.execution.SubgraphClient;
import org.claimgraph.gateway.limits.QueryLimits;

/**
 * The running gateway: composes the supergraph at start-up (or reads one composed ahead of time) and executes
 * requests against it.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private SubgraphClient client;
    private volatile FederatedExecution execution;

    private final Access access;

    Gateway(GatewayConfig config, Vertx vertx, ObjectMapper json, MeterRegistry metrics, Access access) {
        this.access = access;
        this.metrics = metrics;
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        client = new SubgraphClient(vertx, json, config.subgraphTimeout(),
                new SubgraphClient.Mutations(config.mutationTimeout(), config.idempotentMutations().orElse(java.util.Set.of())), metrics);
        Supergraph supergraph;
        if (config.supergraphFile().isPresent()) {
            Path file = config.supergraphFile().get();
            try {
                supergraph = SupergraphFile.read(Files.readString(file), configuredUrls(), ApiSchema::build);
            } catch (IOException e) {
                throw new IllegalStateException("the supergraph file " + file + " cannot be read: " + e.getMessage(), e);
            }
            LOG.infof("Read the supergraph from %s: subgraphs %s", file, supergraph.subgraphUrls());
        } else {
            SupergraphLoader loader = new SupergraphLoader(json, ApiSchema::build, access.subgraphHeaders(null));
            supergraph = loader.load(configuredUrls(), config.compositionTimeout());
            if (!config.pollInterval().isZero()) {
                pollLater(loader);
            }
        }
        execution = newExecution(supergraph);
    }

    /** The next poll is scheduled when this one is done: polls never overlap, however slow a subgraph answers. */
    private void pollLater(SupergraphLoader loader) {
        vertx.setTimer(config.pollInterval().toMillis(), timer -> vertx.executeBlocking(() -> {
            loader.refresh(configuredUrls()).ifPresent(recomposed -> execution = newExecution(recomposed));
            return null;
        }, false).onComplete(done -> pollLater(loader)));
    }

    private FederatedExecution newExecution(Supergraph supergraph) {
        GatewayConfig.Limits limits = config.limits();
        return new FederatedExecution(supergraph, client, new QueryLimits(limits.maxDepth(), limits.maxAliases(), limits.maxFields()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    /** The subgraphs the gateway calls, by name. */
    public Map<String, URI> subgraphUrls() {
        FederatedExecution current = execution;
        return current == null ? configuredUrls() : current.supergraph().subgraphUrls();
    }

    private Map<String, URI> configuredUrls() {
        Map<String, URI> urls = new LinkedHashMap<>();
        new TreeMap<>(config.subgraphs()).forEach((name, subgraph) -> urls.put(name, subgraph.url()));
        return urls;
    }

    /** Null until the supergraph is composed. */
    public FederatedExecution execution() {
        return execution;
    }

    public CompletableFuture<Map<String, Object>> execute(String query, String operationName, Map<String, Object> variables,
            Map<String, String> headers) {
        return execution.execute(query, operationName, variables, headers);
    }

    /** The same, as the HTTP endpoint sends it ({@link FederatedExecution#answer}). */
    public CompletableFuture<Answer> answer(String query, String operationName, Map<String, Object> variables,
            Map<String, String> headers) {
        return execution.answer(query, operationName, variables, headers);
    }
}
