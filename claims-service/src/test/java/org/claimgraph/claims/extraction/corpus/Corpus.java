package org.claimgraph.claims.extraction.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labelled news corpus at the repository's {@code corpus/}: per article its text, its metadata and the claims a
 * careful reader finds in it (corpus/README.md gives the fields and conventions).
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: {@code name} is the file stem ("gaza-01"). */
    public record Article(String name, String text, String title, String url, String outlet, LocalDate publishedOn, String war,
            List<Label> labels) {
    }

    /** One labelled claim; {@code low}/{@code high} null means unbounded. */
    public record Label(String article, String id, String claimant, String subject, String population, String category,
            List<String> categoryAlternatives, Long low, Long high, String qualifier, String ratePer, String subgroup,
            String mentionGroup, String quote) {

        public boolean unattributed() {
            return claimant.endsWith("(unattributed)");
        }
    }

    private Corpus() {
    }

    /** Names another labelled set (a directory laid out like corpus/) to score instead of the repository's. */
    public static final String DIRECTORY_PROPERTY = "claimgraph.corpus";

    /**
     * The corpus directory: the one the system property {@value #DIRECTORY_PROPERTY} names, else corpus/ found from the
     * module or the repository root.
     */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path chosen = Path.of(configured);
            if (!Files.isDirectory(chosen)) {
                throw new IllegalStateException(DIRECTORY_PROPERTY + "=" + configured + " is not a directory");
            }
            return chosen;
        }
        for (Path candidate : List.of(Path.of("corpus"), Path.of("..", "corpus"))) {
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no corpus/ directory next to " + Path.of("").toAbsolutePath());
    }

    public static List<Article> load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Article> articles = new ArrayList<>();
            for (Path text : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path labels = directory.resolve(name + ".claims.jsonl");
                Path meta = directory.resolve(name + ".meta.json");
                if (Files.isRegularFile(labels) && Files.isRegularFile(meta)) {
                    articles.add(article(name, text, meta, labels));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article article(String name, Path text, Path meta, Path labels) throws IOException {
        JsonNode m = JSON.readTree(meta.toFile());
        List<Label> claims = new ArrayList<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            List<String> alternatives = new ArrayList<>();
            if (c.hasNonNull("category_alt")) {
                if (c.get("category_alt").isArray()) {
                    c.get("category_alt").forEach(a -> alternatives.add(a.asText()));
                } else {
                    alternatives.add(c.get("category_alt").asText());
                }
            }
            claims.add(new Label(name, c.get("id").asText(), c.get("claimant").asText(), c.get("subject_side").asText(),
                    c.get("population").asText(), c.get("category").asText(), alternatives, number(c, "low"), number(c, "high"),
                    c.get("qualifier").asText(), string(c, "rate_per"), string(c, "subgroup"), string(c, "mention_group"),
                    c.get("quote").asText()));
        }
        String date = string(m, "date");
        return new Article(name, Files.readString(text, StandardCharsets.UTF_8), string(m, "title"), string(m, "url"),
                string(m, "outlet"), date == null ? null : LocalDate.parse(date), string(m, "war"), claims);
    }

    private static Long number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }

    private static String string(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
