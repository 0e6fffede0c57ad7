package org.claimgraph.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings ({@code claimgraph.gateway.*}). */
@ConfigMapping(prefix = "claimgraph.gateway")
public interface GatewayConfig {

    /** The subgraphs by name; composition and ties between subgraphs follow the names' order. */
    Map<String, Subgraph> subgraphs();

    /**
     * A supergraph composed ahead of time (Apollo's format, with {@code join__} directives), for production: when
     * set, the gateway reads it instead of composing from the subgraphs; configured subgraph URLs win over its URLs.
     */
    Optional<Path> supergraphFile();

    /**
     * How often to ask the subgraphs for their SDL again and recompose when one changed (not with a supergraph
     * file): a field a subgraph adds is served by the gateway within this time, without a restart.
     */
    @WithDefault("10s")
    Duration pollInterval();

    /** How long one subgraph request may take before its fields are given up as null with an error. */
    @WithDefault("2s")
    Duration subgraphTimeout();

    /**
     * How long a mutation (a root mutation field) may take: longer than reads, as cutting a write that is completing
     * leaves its client not knowing whether it happened.
     */
    @WithDefault("30s")
    Duration mutationTimeout();

    /**
     * The mutations that change nothing when sent again (each subgraph documents which): when one of them gets no
     * answer its error is {@code retryable}; for any other it says the outcome is unknown and not to retry blindly.
     */
    Optional<java.util.Set<String>> idempotentMutations();

    /** How long start-up waits for every subgraph to answer {@code _service { sdl }}. */
    @WithDefault("60s")
    Duration compositionTimeout();

    Limits limits();

    /**
     * Plain HTTP paths passed through to a subgraph as they are (GET only, streamed): files a subgraph serves beside
     * GraphQL, such as claims-service's exports, reachable where only the gateway is exposed.
     */
    Map<String, Forward> forwards();

    /**
     * What the gateway asks itself before it reports ready: the dashboard's first view, repeated for {@code duration}
     * (package {@code warmup}).
     */
    WarmUpSettings warmUp();

    interface Subgraph {
        URI url();
    }

    interface WarmUpSettings {
        @WithDefault("true")
        boolean enabled();

        /** How long the warm-up repeats the queries; readiness waits for it (and for the slowest answer of its last round). */
        @WithDefault("3s")
        Duration duration();
    }

    interface Forward {
        /** Requests whose path starts with this go to the subgraph, path and query unchanged. */
        String pathPrefix();

        /** The name of the subgraph (a key of {@code subgraphs}). */
        String subgraph();
    }

    interface Limits {
        /** Deepest nesting of fields (the standard introspection query needs 13). */
        @WithDefault("15")
        int maxDepth();

        @WithDefault("30")
        int maxAliases();

        /** Fields in one operation, counted where fragments are spread. */
        @WithDefault("1000")
        int maxFields();

        /** Largest request body accepted, in bytes. */
        @WithDefault("65536")
        int maxRequestBytes();
    }
}
