package org.claimgraph.claims.sources;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.graphql.client.model.ClientModels;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import io.smallrye.graphql.client.vertx.typesafe.VertxTypesafeGraphQLClientBuilder;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * sources-service's client with a connection pool sized for concurrent ingestions. The client Quarkus makes keeps
 * Vert.x's default of 5 connections per host: 20 ingestions at once queued for them, and the wait counted against
 * each call's time limit ({@link SourcesClient}), so calls failed as timeouts while sources-service was idle.
 */
@ApplicationScoped
class SourcesConnections {

    static final String POOLED = "pooled";

    @Produces
    @ApplicationScoped
    @Identifier(POOLED)
    SourcesGraphQLClient client(Vertx vertx, ClientModels models,
            @ConfigProperty(name = "claimgraph.sources.max-connections", defaultValue = "32") int maxConnections) {
        VertxTypesafeGraphQLClientBuilder builder = (VertxTypesafeGraphQLClientBuilder) TypesafeGraphQLClientBuilder.newBuilder();
        return builder.configKey("sources").vertx(vertx).clientModels(models)
                .options(new WebClientOptions().setKeepAlive(true).setMaxPoolSize(maxConnections))
                .build(SourcesGraphQLClient.class);
    }
}
