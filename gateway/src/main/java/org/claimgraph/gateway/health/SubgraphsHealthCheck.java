package org.claimgraph.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.claimgraph.gateway.Gateway;
import org.claimgraph.gateway.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each subgraph's reachability ({@code { __typename }} within the subgraph timeout). For readiness the gateway is up
 * while the supergraph is composed and at least one subgraph answers: with one subgraph down it still serves the
 * other's data with errors. The {@code subgraphs} group ({@code /q/health/group/subgraphs}) is down if any is.
 */
public class SubgraphsHealthCheck {

    private static final String PROBE = "{\"query\":\"{ __typename }\"}";

    static Uni<HealthCheckResponse> check(Gateway gateway, GatewayConfig config, HttpClient http, boolean all) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(all ? "every subgraph" : "supergraph and subgraphs");
        if (gateway.execution() == null) {
            return Uni.createFrom().item(builder.down().withData("supergraph", "not composed").build());
        }
        Map<String, CompletableFuture<String>> probes = new LinkedHashMap<>();
        gateway.subgraphUrls().forEach((name, url) -> probes.put(name, probe(http, url, config.subgraphTimeout())));
        return Uni.createFrom().completionStage(CompletableFuture.allOf(probes.values().toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    List<String> up = new ArrayList<>();
                    probes.forEach((name, probe) -> {
                        String state = probe.join();
                        builder.withData(name, state);
                        if (state.equals("UP")) {
                            up.add(name);
                        }
                    });
                    boolean healthy = all ? up.size() == probes.size() : !up.isEmpty();
                    return builder.status(healthy).build();
                }));
    }

    private static CompletableFuture<String> probe(HttpClient http, URI url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PROBE)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 && response.body().contains("\"data\"") ? "UP"
                        : "DOWN: HTTP " + response.statusCode())
                .exceptionally(failure -> "DOWN: " + (failure.getCause() == null ? failure : failure.getCause()).getClass().getSimpleName());
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Shared by both checks: they differ only in how many subgraphs must answer. */
    abstract static class Check implements AsyncHealthCheck {
        private final Gateway gateway;
        private final GatewayConfig config;
        private final boolean all;
        private final HttpClient http = client();

        Check(Gateway gateway, GatewayConfig config, boolean all) {
            this.gateway = gateway;
            this.config = config;
            this.all = all;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return check(gateway, config, http, all);
        }
    }

    @Readiness
    @Singleton
    static class Ready extends Check {
        Ready(Gateway gateway, GatewayConfig config) {
            super(gateway, config, false);
        }
    }

    @HealthGroup("subgraphs")
    @Singleton
    static class Every extends Check {
        Every(Gateway gateway, GatewayConfig config) {
            super(gateway, config, true);
        }
    }
}
