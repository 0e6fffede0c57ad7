package org.claimgraph.claims.ingestion.web;

import org.claimgraph.claims.ingestion.Ingestion;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WebIngestion")
@Description("What ingestHtml or ingestUrl read from the page and stored.")
public class WebIngestion {

    @NonNull
    public WebPage page;
    @NonNull
    public Ingestion ingestion;
}
