package org.claimgraph.claims.ingestion;

import java.util.List;

import org.claimgraph.claims.claim.Appearance;
import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Document;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Ingestion")
@Description("What ingestArticle stored. A claim reported before by another document is not stored again: the article becomes "
        + "one more of its appearances (appeared). Ingesting the same article again stores nothing new: every claim is then unchanged.")
public class Ingestion {

    @NonNull
    public Document document;
    @NonNull
    @Description("The article's claims, in text order, whether stored now or before. A claim's document, quote and span are its "
            + "first appearance's, which is another document's when another reported it first: this article's are in appearances.")
    public List<@NonNull Claim> claims;
    @NonNull
    @Description("This article's appearance of each claim, in the order of claims: its quote and span in this text.")
    public List<@NonNull Appearance> appearances;
    @Description("How many of the claims this call stored as new claims.")
    public int created;
    @Description("How many of the claims were stored before from other documents, and now have this article as one more appearance.")
    public int appeared;
    @Description("How many of the claims had this article as an appearance already.")
    public int unchanged;
    @NonNull
    @Description("Figures nobody in the text claims and no outlet was given for; not stored.")
    public List<@NonNull ClaimPreview> unattributed;
}
