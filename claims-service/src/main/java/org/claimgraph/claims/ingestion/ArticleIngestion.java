package org.claimgraph.claims.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleIngestion")
@Description("What became of one article of ingestArticles: stored (ingestion) or refused (error), never both.")
public class ArticleIngestion {

    @Description("Its position in articles, from 0.")
    public int index;
    @Description("What was stored, as ingestArticle returns it; null when the article was refused.")
    public Ingestion ingestion;
    @Description("Why nothing of the article was stored; null when it was.")
    public IngestionError error;

    static ArticleIngestion of(ArticleBatchIngestion.Outcome outcome) {
        ArticleIngestion result = new ArticleIngestion();
        result.index = outcome.index();
        if (outcome.error() != null) {
            result.error = IngestionError.of(outcome.error(), ArticleBatchIngestion.item(outcome.index()));
        } else {
            result.ingestion = IngestionResults.of(outcome.result());
        }
        return result;
    }
}
