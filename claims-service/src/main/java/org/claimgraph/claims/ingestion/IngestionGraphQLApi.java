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
}
