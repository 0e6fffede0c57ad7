package org.claimgraph.gateway.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's access settings ({@code claimgraph.security.*}, the same names as the subgraphs'); tokens are verified
 * as {@code mp.jwt.verify.*} says.
 */
@ConfigMapping(prefix = "claimgraph.security")
public interface SecurityConfig {

    /** Whether queries may be sent without a token; mutations always need one. */
    @WithDefault("true")
    boolean anonymousReads();

    /** Sent to every subgraph in {@value Access#SUBGRAPH_SECRET_HEADER}; subgraphs configured with it answer {@code _entities} only then. */
    Optional<String> subgraphSecret();

    /** Whether introspection queries and the SDL at {@code /graphql/schema.graphql} are answered. */
    @WithDefault("true")
    boolean introspection();

    /** Whether GraphiQL is served at {@code /graphql-ui/}. */
    @WithDefault("true")
    boolean graphiql();
}
