package org.claimgraph.sources.document;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Many articles' documents and sources in one call ({@code createDocumentsWithSources}), each article in a transaction of
 * its own, so that one refused article costs the others nothing and leaves nothing of itself behind.
 */
@ApplicationScoped
public class DocumentBatchCreation {

    static final int DEFAULT_MAX_ARTICLES = 100;
    private static final Logger LOG = Logger.getLogger(DocumentBatchCreation.class);

    @Inject
    DocumentService documents;

    @ConfigProperty(name = "claimgraph.documents.max-batch-articles", defaultValue = "" + DEFAULT_MAX_ARTICLES)
    int maxArticles;

    /** How many of a batch's transactions run at once: enough to overlap their commits, few enough to leave connections to others. */
    @ConfigProperty(name = "claimgraph.documents.batch-concurrency", defaultValue = "4")
    int concurrency;

    public Uni<List<DocumentWithSourcesOutcome>> create(List<ArticleSourcesInput> articles) {
        if (articles.size() > maxArticles) {
            throw new InvalidInputException("articles", "at most " + maxArticles + " articles per call, got " + articles.size());
        }
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<DocumentWithSourcesOutcome>> outcomes = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            int index = i;
            ArticleSourcesInput article = articles.get(i);
            outcomes.add(ResolverSessions.write(() -> documents.createWithSources(article.input, article.outletName, article.sourceNames))
                    .map(stored -> DocumentWithSourcesOutcome.stored(index, DocumentWithSources.of(stored)))
                    .onFailure().recoverWithItem(failure -> {
                        if (!(failure instanceof ApiException)) {
                            LOG.warnf(failure, "article %d of a batch could not be stored", index);
                        }
                        return DocumentWithSourcesOutcome.failed(index, failure);
                    }));
        }
        return Uni.join().all(outcomes).usingConcurrencyOf(concurrency).andFailFast();
    }
}
