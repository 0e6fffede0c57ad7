package org.claimgraph.localstack.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.localstack.testing.HostileRequests.Case;

/** Hostile requests to claims-service's mutations, sent to it directly or through the gateway. */
public final class HostileClaimRequests {

    public static final String INGEST_ARTICLE = "mutation($title: String!, $text: String!, $outletName: String) "
            + "{ ingestArticle(title: $title, text: $text, outletName: $outletName) { created } }";
    /** An article the extractor finds a claim in. */
    public static final String ARTICLE = "The Ukrainian General Staff said that 1,234 Russian soldiers were killed last week.";

    private HostileClaimRequests() {
    }

    /** The variables of a valid {@code recordClaim(input:)} as raw JSON, with one field replaced (or added) by raw JSON text. */
    public static String recordClaimInput(String document, String claimant, String field, String rawValue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("documentId", HostileRequests.quoted(document));
        fields.put("claimantId", HostileRequests.quoted(claimant));
        fields.put("subject", "\"Ukraine\"");
        fields.put("population", "\"MILITARY\"");
        fields.put("category", "\"KILLED\"");
        fields.put("qualifier", "\"EXACT\"");
        fields.put("best", "1000");
        fields.put("quote", "\"1,000 soldiers were killed\"");
        fields.put(field, rawValue);
        StringBuilder json = new StringBuilder("{\"input\":{");
        fields.forEach((name, value) -> json.append('"').append(name).append("\":").append(value).append(','));
        json.setLength(json.length() - 1);
        return json.append("}}").toString();
    }

    /** NUL characters, which PostgreSQL text cannot hold, in the title and the outlet of an article to ingest. */
    public static List<Case> nulInIngestedArticle() {
        return List.of(
                HostileRequests.graphql("NUL in ingestArticle title", INGEST_ARTICLE,
                        "{\"title\": \"T\\u0000\", \"text\": " + HostileRequests.quoted(ARTICLE) + "}", "BAD_USER_INPUT", "title"),
                HostileRequests.graphql("NUL in ingestArticle outlet", INGEST_ARTICLE,
                        "{\"title\": \"T\", \"outletName\": \"Out\\u0000let\", \"text\": " + HostileRequests.quoted(ARTICLE) + "}", "BAD_USER_INPUT", "outletName"));
    }
}
