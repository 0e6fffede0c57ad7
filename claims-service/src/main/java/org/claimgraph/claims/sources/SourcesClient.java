package org.claimgraph.claims.sources;

import java.time.temporal.ChronoUnit;
import java.util.List;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ArticleSources;
import org.claimgraph.claims.sources.SourcesGraphQLClient.CreatedDocument;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentInput;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentWithSources;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentWithSourcesOutcome;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ResolvedSource;
import org.claimgraph.common.security.Caller;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Calls to sources-service with a time limit, retries and a circuit breaker. Every call is idempotent there, so a
 * retry after a lost answer is safe. An answer with GraphQL errors is not retried: the request itself is at fault.
 * The {@link Caller} is taken by the callers before any asynchronous step and goes with every call (and retry).
 */
@ApplicationScoped
@Timeout(value = 2, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = GraphQLClientException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = GraphQLClientException.class)
public class SourcesClient {

    @Inject
    @Identifier(SourcesConnections.POOLED)
    SourcesGraphQLClient api;

    /**
     * The claimants, the outlet and the document of an article, in one call and one transaction of sources-service.
     * It does the work the two calls it replaces did, so it gets their time together: cut at 2 s on a loaded machine,
     * its retry did all the work again and the circuit opened for every ingestion.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<DocumentWithSources> createDocumentWithSources(DocumentInput input, String outletName, List<String> sourceNames,
            Caller caller) {
        return api.createDocumentWithSources(input, outletName, sourceNames, caller.authorization());
    }

    /**
     * {@link #createDocumentWithSources} for many articles: each is its own transaction there, with its own outcome. A
     * batch gets the time of several single calls; a retry is safe, as every article of it is idempotent.
     */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public Uni<List<DocumentWithSourcesOutcome>> createDocumentsWithSources(List<ArticleSources> articles, Caller caller) {
        return api.createDocumentsWithSources(articles, caller.authorization());
    }

    public Uni<ResolvedSource> source(String id, Caller caller) {
        return api.source(id, caller.authorization());
    }

    public Uni<CreatedDocument> document(String id, Caller caller) {
        return api.document(id, caller.authorization());
    }
}
