package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Articles sent together in one {@code ingestArticles} call: at most {@link #MAX_ARTICLES} at a time, and no more text than
 * fits well under the gateway's limit on a request's size (64 KiB), so that a folder of articles costs a few calls instead
 * of one per file. Each article still succeeds or fails on its own; its progress step is taken when its batch is answered.
 */
final class ArticleBatch {

    static final String ARTICLES = """
            mutation($articles: [ArticleInput!]!) {
              ingestArticles(articles: $articles) { index ingestion { created appeared unchanged } error { code field message } }
            }""";
    static final int MAX_ARTICLES = 25;
    static final int MAX_BYTES = 48 * 1024;

    private record Pending(String label, Map<String, Object> article, int bytes) {
    }

    private final GatewayClient client;
    private final Progress progress;
    private final List<Pending> pending = new ArrayList<>();
    private int bytes;

    ArticleBatch(GatewayClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    /** Queues an article ({@code ingestArticle}'s arguments); returns what became of the batch this sent, if it sent one. */
    List<IngestCommand.Outcome> add(String label, Map<String, Object> article) {
        int size = size(article);
        List<IngestCommand.Outcome> sent = List.of();
        if (!pending.isEmpty() && (pending.size() == MAX_ARTICLES || bytes + size > MAX_BYTES)) {
            sent = flush();
        }
        pending.add(new Pending(label, article, size));
        bytes += size;
        return sent;
    }

    /** Sends the articles queued, if any: one outcome per article, in the order queued. */
    List<IngestCommand.Outcome> flush() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Pending> batch = List.copyOf(pending);
        pending.clear();
        bytes = 0;
        List<IngestCommand.Outcome> outcomes = new ArrayList<>(batch.size());
        try {
            JsonNode answers = client.execute(ARTICLES, Map.of("articles", batch.stream().map(Pending::article).toList()))
                    .path("ingestArticles");
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(outcome(batch.get(i).label(), answers.path(i)));
            }
        } catch (GatewayClient.Failure failure) {
            batch.forEach(article -> outcomes.add(IngestCommand.Outcome.failed(article.label(), failure.getMessage())));
        }
        outcomes.forEach(outcome -> progress.step(outcome.label(), outcome.ok()));
        return outcomes;
    }

    private static IngestCommand.Outcome outcome(String label, JsonNode answer) {
        if (answer.isMissingNode()) {
            return IngestCommand.Outcome.failed(label, "the gateway answered without this article");
        }
        if (answer.hasNonNull("error")) {
            // "articles[3].text: ..." names the article by its place in the batch; the label names it better
            return IngestCommand.Outcome.failed(label, answer.path("error").path("message").asText().replaceFirst("^articles\\[\\d+]\\.?", ""));
        }
        return IngestCommand.Outcome.ingested(label, answer.path("ingestion"));
    }

    private static int size(Map<String, Object> article) {
        try {
            return GatewayClient.JSON.writeValueAsBytes(article).length;
        } catch (JsonProcessingException impossible) {
            return MAX_BYTES;
        }
    }
}
