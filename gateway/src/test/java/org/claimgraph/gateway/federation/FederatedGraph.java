package org.claimgraph.gateway.federation;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.composition.SupergraphFile;
import org.claimgraph.gateway.execution.ApiSchema;
import org.claimgraph.gateway.execution.FederatedExecution;
import org.claimgraph.gateway.execution.SubgraphClient;
import org.claimgraph.gateway.limits.QueryLimits;

/** Our gateway's execution over a hand-written supergraph file and {@link TinySubgraph}s, for federated tests. */
final class FederatedGraph implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, TinySubgraph> subgraphs;
    final FederatedExecution execution;

    FederatedGraph(String supergraphSdl, Map<String, TinySubgraph> subgraphs) {
        this.subgraphs = subgraphs;
        Map<String, URI> urls = new LinkedHashMap<>();
        subgraphs.forEach((name, subgraph) -> urls.put(name, subgraph.url()));
        Supergraph supergraph = SupergraphFile.read(supergraphSdl, urls, ApiSchema::build);
        execution = new FederatedExecution(supergraph, new SubgraphClient(vertx, JSON, Duration.ofSeconds(5), new SimpleMeterRegistry()),
                new QueryLimits(15, 30, 1000));
    }

    /** The response to {@code query}, as JSON. */
    String answer(String query) throws Exception {
        return JSON.writeValueAsString(execution.execute(query, null, Map.of(), Map.of()).get());
    }

    @Override
    public void close() {
        subgraphs.values().forEach(TinySubgraph::close);
        vertx.close();
    }
}
