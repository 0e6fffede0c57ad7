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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the seed articles through the services' public GraphQL API: each article as a document, the claimants
 * of {@code expected-claims.jsonl} in one {@code resolveSources} batch, and each expected claim by
 * {@code recordClaim}. Every call is idempotent, so loading twice changes nothing.
 */
public final class SeedLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI sourcesGraphQL;
    private final URI claimsGraphQL;

    public SeedLoader(URI sourcesGraphQL, URI claimsGraphQL) {
        this.sourcesGraphQL = sourcesGraphQL;
        this.claimsGraphQL = claimsGraphQL;
    }

    public record Result(int documents, int claimants, int claims) {
    }

    public Result load(Path seeds) throws IOException, InterruptedException {
        Map<String, String> documentIds = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(article.toString());
            JsonNode document = call(sourcesGraphQL,
                    "mutation($input: DocumentInput!) { createDocument(input: $input) { id text } }",
                    Map.of("input", Map.of("title", title, "text", text)));
            String name = article.getFileName().toString();
            documentIds.put(name, document.at("/createDocument/id").asText());
            texts.put(name, document.at("/createDocument/text").asText());
        }

        List<JsonNode> expected = new ArrayList<>();
        for (String line : Files.readAllLines(seeds.resolve("expected-claims.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.add(JSON.readTree(line));
            }
        }
        List<String> claimantNames = expected.stream().map(c -> c.get("claimant").asText()).distinct().toList();
        JsonNode resolved = call(sourcesGraphQL, "mutation($names: [String!]!) { resolveSources(names: $names) { id } }",
                Map.of("names", claimantNames));
        Map<String, String> claimantIds = new LinkedHashMap<>();
        for (int i = 0; i < claimantNames.size(); i++) {
            claimantIds.put(claimantNames.get(i), resolved.at("/resolveSources/" + i + "/id").asText());
        }

        for (JsonNode claim : expected) {
            String documentName = claim.get("document").asText();
            call(claimsGraphQL, "mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }",
                    Map.of("input", claimInput(claim, documentIds.get(documentName), claimantIds.get(claim.get("claimant").asText()),
                            texts.get(documentName))));
        }
        return new Result(documentIds.size(), claimantIds.size(), expected.size());
    }

    /** Maps one line of expected-claims.jsonl onto the ClaimInput of claims-service. */
    static Map<String, Object> claimInput(JsonNode claim, String documentId, String claimantId, String documentText) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("documentId", documentId);
        input.put("claimantId", claimantId);
        input.put("subject", claim.get("subject_side").asText());
        input.put("population", upper(claim, "population"));
        input.put("category", upper(claim, "category"));
        String qualifier = switch (claim.get("qualifier").asText()) {
            case "over" -> "AT_LEAST";
            case "up_to" -> "AT_MOST";
            default -> upper(claim, "qualifier");
        };
        input.put("qualifier", qualifier);
        Integer low = number(claim, "low");
        Integer high = number(claim, "high");
        if (qualifier.equals("EXACT") || qualifier.equals("APPROXIMATELY")) {
            input.put("best", low);
        } else {
            input.put("low", low);
            input.put("high", high);
        }
        if (!claim.path("rate_per").isNull() && claim.has("rate_per")) {
            input.put("ratePer", upper(claim, "rate_per"));
        }
        putDate(input, claim, "as_of", "asOf");
        putDate(input, claim, "period_start", "periodStart");
        String quote = claim.get("quote").asText();
        input.put("quote", quote);
        int at = documentText == null ? -1 : documentText.indexOf(quote);
        if (at >= 0) {
            input.put("spanStart", at);
            input.put("spanEnd", at + quote.length());
        }
        return input;
    }

    private static void putDate(Map<String, Object> input, JsonNode claim, String jsonField, String inputField) {
        JsonNode value = claim.path(jsonField);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        String text = value.asText();
        switch (text.length()) {
            case 4 -> {
                input.put(inputField, text + "-01-01");
                input.put(inputField + "Precision", "YEAR");
            }
            case 7 -> {
                input.put(inputField, text + "-01");
                input.put(inputField + "Precision", "MONTH");
            }
            default -> {
                input.put(inputField, text);
                input.put(inputField + "Precision", "DAY");
            }
        }
    }

    private static String upper(JsonNode claim, String field) {
        return claim.get(field).asText().toUpperCase(Locale.ROOT);
    }

    private static Integer number(JsonNode claim, String field) {
        JsonNode value = claim.path(field);
        return value.isNumber() ? value.asInt() : null;
    }

    private JsonNode call(URI endpoint, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.hasNonNull("errors")) {
            throw new IOException(endpoint + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.get("data");
    }
}
