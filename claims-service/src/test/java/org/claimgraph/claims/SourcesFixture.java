package org.claimgraph.claims;

import static org.claimgraph.localstack.testing.GraphQLRequests.okAt;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.claimgraph.localstack.testing.SourcesServiceTestResource;

/** Real claimants and documents in the sources-service the tests run against, for claims to point at. */
public final class SourcesFixture {

    private SourcesFixture() {
    }

    /** A new source with a unique name; returns its id. */
    public static String source(String name, String kind, String affiliation) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name + " " + UUID.randomUUID());
        input.put("kind", kind);
        input.put("affiliation", affiliation);
        return okAt(SourcesServiceTestResource.sourcesGraphQL(), "mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                Map.of("input", input)).getString("data.createSource.id");
    }

    public static String source() {
        return source("Test claimant", "PERSON", null);
    }

    /** A new document, published on the given ISO date (or undated when null); returns its id. */
    public static String document(String title, String publishedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("url", "https://news.example/" + UUID.randomUUID());
        input.put("text", title + " " + UUID.randomUUID());
        input.put("publishedOn", publishedOn);
        if (publishedOn != null) {
            input.put("publishedOnPrecision", "DAY");
        }
        return okAt(SourcesServiceTestResource.sourcesGraphQL(), "mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                Map.of("input", input)).getString("data.createDocument.id");
    }

    public static String document() {
        return document("Test report", null);
    }

    private static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The name sources-service gives the source {@code id}, asked once per id. */
    public static String sourceName(String id) {
        return NAMES.computeIfAbsent(id, key -> okAt(SourcesServiceTestResource.sourcesGraphQL(),
                "query($id: ID!) { source(id: $id) { name } }", Map.of("id", key)).getString("data.source.name"));
    }

    private static final Map<String, java.util.List<String>> ALIASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every name sources-service knows the source {@code id} by, its own name included, asked once per id. */
    public static java.util.List<String> sourceAliases(String id) {
        return ALIASES.computeIfAbsent(id, key -> okAt(SourcesServiceTestResource.sourcesGraphQL(),
                "query($id: ID!) { source(id: $id) { aliases } }", Map.of("id", key)).getList("data.source.aliases"));
    }
}
