package org.claimgraph.common.security;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Access control of a subgraph ({@code claimgraph.security.*}); tokens are verified as {@code mp.jwt.verify.*} says. */
@ConfigMapping(prefix = "claimgraph.security")
public interface SecuritySettings {

    /** Whether queries may be sent without a token; mutations always need one. */
    @WithDefault("true")
    boolean anonymousReads();

    /**
     * The role each mutation needs, by field name. A mutation not listed needs {@link Role#ADMIN}, so a new one is
     * closed until someone decides.
     */
    Map<String, Role> mutationRoles();

    /**
     * When set, {@code _entities} and {@code _service} answer only requests carrying it in
     * {@value GraphQLAccessGuard#SUBGRAPH_SECRET_HEADER}: the gateway sends it; nothing else should know it.
     */
    Optional<String> subgraphSecret();

    /** Whether {@code __schema} / {@code __type} queries and the SDL at {@code /graphql/schema.graphql} are answered. */
    @WithDefault("true")
    boolean introspection();

    /** Whether GraphiQL is served at {@code /q/graphql-ui}. */
    @WithDefault("true")
    boolean graphiql();
}
