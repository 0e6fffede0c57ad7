package org.claimgraph.claims.ingestion;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.ClaimsConfig;
import org.claimgraph.claims.sources.SourcesClient;
import org.claimgraph.claims.sources.SourcesFailures;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ArticleSources;
import org.claimgraph.claims.sources.SourcesGraphQLClient.BatchError;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentWithSourcesOutcome;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.UnavailableException;
import org.claimgraph.common.security.Caller;

/**
 * Many articles in one call ({@code ingestArticles}): each read and checked on its own, all of their documents and
 * claimants stored by one sources-service call, then each article's claims stored in a transaction of its own. An article
 * refused at any step has its own error and leaves nothing of itself; the others are stored. Like ingestArticle, sending
 * the same articles again stores nothing new.
 */
@ApplicationScoped
public class ArticleBatchIngestion {

    @Inject
    IngestionService ingestion;
    @Inject
    SourcesClient sources;
    @Inject
    ClaimsConfig config;

    /** What became of one article: stored ({@code result}) or refused ({@code error}). */
    public record Outcome(int index, IngestionService.Result result, Throwable error) {
    }

    public Uni<List<Outcome>> ingestAll(List<IngestionService.Article> articles) {
        int max = config.ingestion().maxBatchArticles();
        if (articles.size() > max) {
            throw new InvalidInputException("articles", "at most " + max + " articles per call, got " + articles.size()
                    + "; send them in several calls");
        }
        Caller caller = Caller.current();
        Outcome[] outcomes = new Outcome[articles.size()];
        List<Integer> sent = new ArrayList<>();
        List<IngestionService.Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            try {
                prepared.add(ingestion.prepare(articles.get(i), item(i) + "."));
                sent.add(i);
            } catch (ApiException refused) {
                outcomes[i] = new Outcome(i, null, refused);
            }
        }
        if (prepared.isEmpty()) {
            return Uni.createFrom().item(List.of(outcomes));
        }
        List<ArticleSources> request = prepared.stream()
                .map(article -> new ArticleSources(article.document(), article.outlet(), article.names())).toList();
        return SourcesFailures.translated(sources.createDocumentsWithSources(request, caller), error -> null)
                .onItem().transformToUni(stored -> {
                    List<Uni<Outcome>> recorded = new ArrayList<>();
                    for (int k = 0; k < sent.size(); k++) {
                        int index = sent.get(k);
                        DocumentWithSourcesOutcome answer = k < stored.size() ? stored.get(k) : null;
                        if (answer == null || answer.stored == null) {
                            outcomes[index] = new Outcome(index, null, refusal(answer == null ? null : answer.error, index));
                            continue;
                        }
                        IngestionService.Prepared article = prepared.get(k);
                        recorded.add(Uni.createFrom().deferred(() -> ingestion.record(article, answer.stored))
                                .map(result -> new Outcome(index, result, null))
                                .onFailure().recoverWithItem(failure -> new Outcome(index, null, failure)));
                    }
                    return recorded.isEmpty() ? Uni.createFrom().item(List.<Outcome> of())
                            : Uni.join().all(recorded).usingConcurrencyOf(config.ingestion().batchConcurrency()).andFailFast();
                })
                // sources-service did not answer: none of the articles sent was stored, each may be sent again
                .onFailure().recoverWithItem(failure -> {
                    sent.forEach(index -> outcomes[index] = new Outcome(index, null, failure));
                    return List.of();
                })
                .map(recorded -> {
                    recorded.forEach(outcome -> outcomes[outcome.index()] = outcome);
                    return List.of(outcomes);
                });
    }

    static String item(int index) {
        return "articles[" + index + "]";
    }

    /** sources-service's refusal of article {@code index} as the error ingestArticle would give, on the article's field. */
    private static ApiException refusal(BatchError error, int index) {
        if (error == null) {
            return new UnavailableException("sources-service", "it answered without this article");
        }
        String field = error.field == null ? null : error.field.replaceFirst("^articles\\[\\d+]\\.?", "");
        String reason = error.message == null ? "refused" : error.message.replaceFirst("^[^:]*: ", "");
        ApiException ours = IngestionService.refusal(error.code, field == null || field.isEmpty() ? null : field, reason,
                item(index) + ".");
        return ours != null ? ours : new UnavailableException("sources-service", "it answered with an error: " + error.message);
    }
}
