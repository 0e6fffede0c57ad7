package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimgraph.reader.Feed;
import org.claimgraph.reader.FeedReader;
import org.claimgraph.reader.HtmlArticleReader;
import org.claimgraph.reader.ReadException;
import org.claimgraph.reader.WebArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests articles through the gateway: text files (.txt), saved web pages (.html, .htm), RSS and Atom "
                + "files (.rss, .atom, .xml), folders of them (recursively), web pages and feeds by URL.",
                "HTML pages and feed files are read here (title, date, outlet and canonical URL from the page); URLs are fetched "
                        + "by claims-service. Exits 1 when any item failed, after ingesting the others."})
final class IngestCommand implements Callable<Integer> {

    static final String URL = """
            mutation($url: String!, $title: String, $outletName: String, $publishedOn: Date) {
              ingestUrl(url: $url, title: $title, outletName: $outletName, publishedOn: $publishedOn) {
                page { title } ingestion { created appeared unchanged } }
            }""";

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER|URL|FEED", description = "What to ingest.")
    List<String> inputs;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet, over what a page says.")
    String outlet;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date, over what a page says.")
    String date;
    @Option(names = "--title", description = "The title, over what a page says (a text file's default: its first line, else its name).")
    String title;
    @Option(names = "--feed", description = "Treat every URL as an RSS or Atom feed.")
    boolean feed;
    @Option(names = "--max-items", defaultValue = "1000", description = "Items read from one feed file (default: ${DEFAULT-VALUE}).")
    int maxItems;

    @Mixin
    GatewayOptions gateway;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Articles read here wait in it to be sent together (pages and feeds fetched by claims-service go one at a time). */
    private ArticleBatch articles;

    /** One thing to ingest: a file, a URL, or an item of a feed file. */
    record Item(String label, Path path, String url) {
    }

    /**
     * What became of an item: its claims new statements ({@code created}), statements stored before from other
     * documents that this article reports too ({@code appeared}), or stored from this article before ({@code unchanged}).
     */
    record Outcome(String label, boolean ok, int articles, int created, int appeared, int unchanged, String problem) {
        static Outcome failed(String label, String problem) {
            return new Outcome(label, false, 0, 0, 0, 0, problem);
        }

        static Outcome ingested(String label, JsonNode ingestion) {
            return new Outcome(label, true, 1, ingestion.path("created").asInt(), ingestion.path("appeared").asInt(),
                    ingestion.path("unchanged").asInt(), null);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate publishedOn = null;
        if (date != null) {
            try {
                publishedOn = LocalDate.parse(date);
            } catch (DateTimeParseException malformed) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--date: not a date (YYYY-MM-DD): " + date);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (String input : inputs) {
            if (input.matches("(?i)https?://.*")) {
                items.add(new Item(input, null, input));
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(IngestCommand::isIngestible).sorted()
                            .forEach(file -> items.add(new Item(file.toString(), file, null)));
                } catch (IOException unreadable) {
                    outcomes.add(Outcome.failed(input, "folder could not be read: " + unreadable.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                items.add(new Item(input, path, null));
            } else {
                outcomes.add(Outcome.failed(input, "no such file or folder, and not an http(s) URL"));
            }
        }
        GatewayClient client = gateway.client();
        Progress progress = new Progress(spec.commandLine().getErr(), items.size() + outcomes.size(), System.console() != null);
        for (Outcome early : outcomes) {
            progress.step(early.label(), false);
        }
        articles = new ArticleBatch(client, progress);
        for (Item item : items) {
            List<Outcome> done = ingest(client, item, publishedOn, progress);
            outcomes.addAll(done);
        }
        outcomes.addAll(articles.flush());
        progress.finish();
        return summarize(out, outcomes);
    }

    static boolean isIngestible(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml") || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml"));
    }

    private List<Outcome> ingest(GatewayClient client, Item item, LocalDate publishedOn, Progress progress) {
        if (item.url() != null) {
            return remote(client, item.url(), progress);
        }
        Outcome outcome;
        try {
            byte[] bytes = Files.readAllBytes(item.path());
            String text = utf8(bytes);
            String name = item.path().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") || (!name.endsWith(".txt") && FeedReader.looksLikeFeed(text))) {
                return feedFile(client, item, bytes, progress);
            }
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                    || !name.endsWith(".txt") && text.stripLeading().startsWith("<")) {
                WebArticle page = HtmlArticleReader.read(text, null);
                return article(item.label(), page.title(), page.canonicalUrl(), page.outletName(), page.publishedOn(), page.text(), progress);
            }
            return article(item.label(), textTitle(text, item.path()), null, null, null, text, progress);
        } catch (ReadException unreadable) {
            outcome = Outcome.failed(item.label(), unreadable.getMessage());
        } catch (CharacterCodingException binary) {
            outcome = Outcome.failed(item.label(), "is not UTF-8 text (a binary file?)");
        } catch (IOException unreadable) {
            outcome = Outcome.failed(item.label(), "could not be read: " + unreadable.getMessage());
        }
        progress.step(item.label(), outcome.ok());
        return List.of(outcome);
    }

    private List<Outcome> feedFile(GatewayClient client, Item item, byte[] bytes, Progress progress) {
        Feed read;
        try {
            read = FeedReader.read(bytes, maxItems);
        } catch (ReadException unreadable) {
            progress.step(item.label(), false);
            return List.of(Outcome.failed(item.label(), unreadable.getMessage()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        progress.grow(read.items().size() - 1);
        if (read.items().isEmpty()) {
            outcomes.add(Outcome.failed(item.label(), "feed has no items"));
            progress.step(item.label(), false);
        }
        if (read.itemsInFeed() > read.items().size()) {
            outcomes.add(Outcome.failed(item.label(), "feed has " + read.itemsInFeed() + " items; only the first " + read.items().size()
                    + " were read (--max-items)"));
        }
        for (int i = 0; i < read.items().size(); i++) {
            Feed.Item entry = read.items().get(i);
            String label = item.label() + "#" + (i + 1) + (entry.title() == null ? "" : " " + entry.title());
            WebArticle carried = FeedReader.article(read, entry);
            if (carried != null) {
                outcomes.addAll(article(label, carried.title(), carried.canonicalUrl(), carried.outletName(), carried.publishedOn(),
                        carried.text(), progress));
                continue;
            }
            Outcome outcome;
            if (entry.link() != null) {
                outcome = url(client, label, entry.link(), entry.title(), entry.publishedOn());
            } else {
                outcome = Outcome.failed(label, "the item has neither the article's text nor a link");
            }
            outcomes.add(outcome);
            progress.step(label, outcome.ok());
        }
        return outcomes;
    }

    private List<Outcome> remote(GatewayClient client, String url, Progress progress) {
        boolean looksLikeFeed = feed || url.matches("(?i).*(\\.rss|\\.atom|\\.xml|/feed/?|/rss/?|[?&]format=(rss|atom)).*$");
        if (!looksLikeFeed) {
            Outcome page = url(client, url, url, null, null);
            if (page.ok() || page.problem() == null || !page.problem().contains("use ingestFeed")) {
                progress.step(url, page.ok());
                return List.of(page);
            }
        }
        // A feed is read here, like a feed file: the articles its items carry are sent in batches, each linked page in a
        // short request of its own (the gateway gives a subgraph 2 s per query), a progress step per item. Pages are still
        // fetched by claims-service.
        byte[] xml;
        try {
            xml = FeedDownload.get(url, gateway.timeoutSeconds);
        } catch (IOException failed) {
            progress.step(url, false);
            return List.of(Outcome.failed(url, failed.getMessage()));
        }
        return feedFile(client, new Item(url, null, url), xml, progress);
    }

    private Outcome url(GatewayClient client, String label, String url, String itemTitle, LocalDate itemDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("url", url);
        variables.put("title", title != null ? title : itemTitle);
        variables.put("outletName", outlet);
        variables.put("publishedOn", date != null ? date : itemDate == null ? null : itemDate.toString());
        try {
            return Outcome.ingested(label, client.execute(URL, variables).path("ingestUrl").path("ingestion"));
        } catch (GatewayClient.Failure failure) {
            return Outcome.failed(label, failure.getMessage());
        }
    }

    /** Queues an article read here for the next batch; returns what became of the batch that made room for it, if any. */
    private List<Outcome> article(String label, String pageTitle, String url, String pageOutlet, LocalDate pageDate, String text,
            Progress progress) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", title != null ? title : pageTitle);
        variables.put("url", url);
        variables.put("outletName", outlet != null ? outlet : pageOutlet);
        variables.put("publishedOn", date != null ? date : pageDate == null ? null : pageDate.toString());
        variables.put("text", text);
        if (variables.get("title") == null) {
            progress.step(label, false);
            return List.of(Outcome.failed(label, "has no title; give one with --title"));
        }
        return articles.add(label, variables);
    }

    /** A text file's title: its first line when that reads like a headline, else its file name. */
    static String textTitle(String text, Path file) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (!first.isEmpty() && first.length() <= 150 && text.strip().contains("\n")) {
            return first;
        }
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        for (int i = 0; i < Math.min(text.length(), 8192); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new CharacterCodingException();
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int summarize(PrintWriter out, List<Outcome> outcomes) {
        int articles = 0;
        int created = 0;
        int appeared = 0;
        int unchanged = 0;
        List<Outcome> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            articles += outcome.articles();
            created += outcome.created();
            appeared += outcome.appeared();
            unchanged += outcome.unchanged();
            if (!outcome.ok()) {
                failures.add(outcome);
            }
        }
        out.printf("%d article%s ingested: %d claim%s created, %d appeared (stored before, reported again),"
                + " %d unchanged; %d failed%n", articles, articles == 1 ? "" : "s", created, created == 1 ? "" : "s", appeared,
                unchanged, failures.size());
        for (Outcome failure : failures) {
            out.println("  FAILED " + failure.label() + ": " + failure.problem());
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }
}
