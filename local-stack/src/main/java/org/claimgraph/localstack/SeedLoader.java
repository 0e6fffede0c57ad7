package org.claimgraph.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the seed articles the way an analyst would: all of them in one call of claims-service's {@code ingestArticles},
 * which stores each document, resolves the claimants and stores the claims it reads. Ingestion is idempotent, so loading
 * twice changes nothing.
 */
public final class SeedLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST = "mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) "
            + "{ index ingestion { document { id } created unchanged claims { claimant { id } } } error { message } } }";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI claimsGraphQL;
    private final String authorization;

    /** {@code authorization}: the {@code Authorization} header of an editor, which ingestion needs. */
    public SeedLoader(URI claimsGraphQL, String authorization) {
        this.claimsGraphQL = claimsGraphQL;
        this.authorization = authorization;
    }

    /** Documents ingested, distinct claimants and claims stored (now or before) across the seed articles. */
    public record Result(int documents, int claimants, int claims) {
    }

    public Result load(Path seeds) throws IOException, InterruptedException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(article.toString());
            if (title.length() > 200) {
                title = title.substring(0, 197) + "...";
            }
            inputs.add(Map.of("title", title, "text", text));
        }
        Set<String> claimants = new HashSet<>();
        int claims = 0;
        for (JsonNode outcome : call(INGEST, Map.of("articles", inputs)).get("ingestArticles")) {
            if (outcome.hasNonNull("error")) {
                throw new IOException(articles.get(outcome.get("index").asInt()) + " was not ingested: " + outcome.at("/error/message").asText());
            }
            for (JsonNode claim : outcome.at("/ingestion/claims")) {
                claimants.add(claim.at("/claimant/id").asText());
                claims++;
            }
        }
        return new Result(articles.size(), claimants.size(), claims);
    }

    private JsonNode call(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(claimsGraphQL).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.hasNonNull("errors")) {
            throw new IOException(claimsGraphQL + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.get("data");
    }
}
