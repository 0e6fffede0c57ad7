package org.claimgraph.claims.ingestion;

import org.eclipse.microprofile.graphql.Enum;

/** Mirrors {@code ExtractedClaim.Attribution} for the GraphQL schema, keeping the extractor free of annotations. */
@Enum("ClaimAttribution")
public enum ClaimAttribution {
    STATED,
    PRONOUN,
    CONTINUED,
    FOLLOWING_SENTENCE,
    UNATTRIBUTED
}
