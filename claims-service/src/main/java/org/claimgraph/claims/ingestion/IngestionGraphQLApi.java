package org.claimgraph.claims.ingestion;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class IngestionGraphQLApi {

    @Inject
    IngestionService ingestion;
    @Inject
    ArticleBatchIngestion batches;

    @Query
    @Description("The claims in a text, read as ingestArticle would read them, without storing anything. publishedOn "
            + "resolves 'last month' and dates without a year.")
    public List<@NonNull ClaimPreview> extractClaims(@NonNull String text, LocalDate publishedOn) {
        return ingestion.preview(text, publishedOn).stream().map(ClaimPreview::of).toList();
    }

    @Mutation
    @Description("Stores an article and the claims read from it: the document in sources-service (found again by its "
            + "text), the claimants resolved by name in one batch, the claims in one transaction. A claim another article "
            + "reported already gets this article as one more appearance (appeared) instead of a second claim. Ingesting the same "
            + "article again changes nothing. A figure nobody claims is attributed to the outlet when one is given. "
            + "If sources-service is unavailable the error is UNAVAILABLE with extensions.retryable = true and no "
            + "claim is stored.")
    public Uni<@NonNull Ingestion> ingestArticle(@NonNull String title, String url, String outletName, LocalDate publishedOn,
            DatePrecision publishedOnPrecision, @NonNull String text) {
        return ingestion.ingest(new IngestionService.Article(title, url, outletName, publishedOn, publishedOnPrecision, text))
                .map(IngestionResults::of);
    }

    @Mutation
    @Description("ingestArticle for many articles in one call, with one sources-service call for all of them: each article "
            + "is read and stored on its own (its claims in their own transaction) and has its own entry in the order given, "
            + "its Ingestion or its error naming the article and field (articles[2].text). A refused article stores nothing "
            + "and costs the others nothing. Sending the same articles again changes nothing, as with ingestArticle. At most "
            + "claimgraph.ingestion.max-batch-articles (50) articles per call; through the gateway a request is at most 64 KiB.")
    public Uni<@NonNull List<@NonNull ArticleIngestion>> ingestArticles(@NonNull List<@NonNull ArticleInput> articles) {
        return batches.ingestAll(articles.stream().map(ArticleInput::article).toList())
                .map(outcomes -> outcomes.stream().map(ArticleIngestion::of).toList());
    }
}
