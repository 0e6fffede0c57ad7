package org.claimgraph.claims.ingestion;

import java.time.LocalDate;

import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleInput")
@Description("One article of ingestArticles: ingestArticle's arguments. title and text are required; a missing one is "
        + "that article's error (articles[2].text), not the whole call's.")
public class ArticleInput {

    public String title;
    public String url;
    public String outletName;
    public LocalDate publishedOn;
    public DatePrecision publishedOnPrecision;
    public String text;

    IngestionService.Article article() {
        return new IngestionService.Article(title, url, outletName, publishedOn, publishedOnPrecision, text);
    }
}
