package org.claimgraph.claims.ingestion;

import java.util.List;

import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Document;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Ingestion")
@Description("What ingestArticle stored. Ingesting the same article again stores nothing new: every claim is then unchanged.")
public class Ingestion {

    @NonNull
    public Document document;
    @NonNull
    @Description("The article's claims, in text order, whether stored now or before.")
    public List<@NonNull Claim> claims;
    @Description("How many of the claims this call stored.")
    public int created;
    @Description("How many of the claims were already stored.")
    public int unchanged;
    @NonNull
    @Description("Figures nobody in the text claims and no outlet was given for; not stored.")
    public List<@NonNull ClaimPreview> unattributed;
}
