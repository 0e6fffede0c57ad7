package org.claimgraph.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.localstack.LocalPostgres;
import org.claimgraph.localstack.ServiceProcess;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both subgraphs from their built jars over a PostgreSQL with a data directory of its own, under a load of
 * ingestions and reads: PostgreSQL restarted, then sources-service killed in the middle of ingestions. Once each
 * is back there is no 5xx and no error; an ingestion either stored all its claims or none, and a failed one
 * succeeds when sent again.
 */
class StackRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST = "mutation($title: String!, $text: String!) { ingestArticle(title: $title, text: $text) "
            + "{ document { id } claims { id best } } }";
    private static final String READ = "{ claims(first: 50, orderBy: STATED_ON_DESC) { nodes { id best claimant { id } } } }";
    private static final String BY_DOCUMENT = "query($d: ID) { claims(filter: {documentId: $d}, first: 500) { nodes { best } } }";
    private static final String ALL = "{ claims(first: 500, orderBy: FIGURE_DESC) { nodes { best } } }";
    /** How long the services may take to answer again once what failed is back: generous for a loaded machine. */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Path data;
    private int databasePort;
    private LocalPostgres postgres;
    private Process sources;
    private Process claims;
    private URI sourcesUrl;
    private URI claimsUrl;
    private final AtomicInteger nextFigure = new AtomicInteger(70_001);
    /** Ingestions sent while waiting for the services that failed: like the load's, they must have stored nothing. */
    private final ConcurrentLinkedQueue<Integer> awaited = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws Exception {
        data = Files.createTempDirectory("claimgraph-restart-");
        databasePort = ServiceProcess.freePort();
        postgres = LocalPostgres.startDurable(databasePort, data.resolve("postgres"));
        int sourcesPort = ServiceProcess.freePort();
        int claimsPort = ServiceProcess.freePort();
        sourcesUrl = URI.create("http://localhost:" + sourcesPort + "/graphql");
        claimsUrl = URI.create("http://localhost:" + claimsPort + "/graphql");
        sources = startService("sources-service", sourcesPort);
        claims = startService("claims-service", claimsPort);
    }

    @AfterEach
    void stop() throws IOException {
        for (Process process : new Process[] { claims, sources }) {
            if (process != null) {
                ServiceProcess.stop(process.toHandle());
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    void postgresRestartsUnderLoad() throws Exception {
        Load load = new Load();
        load.start();
        load.awaitUnderWay();
        postgres.close(); // a fast shutdown: open connections are cut, in-flight transactions rolled back
        Thread.sleep(1_000);
        postgres = LocalPostgres.startDurable(databasePort, data.resolve("postgres"));
        awaitAnswers(BACK_WITHIN);
        load.clearFailures();
        Thread.sleep(4_000);
        load.stop();

        assertThat(load.failures).as("answers after PostgreSQL was back").isEmpty();
        assertAllOrNothing(load);
    }

    @Test
    void sourcesServiceKilledMidIngestion() throws Exception {
        Load load = new Load();
        load.start();
        load.awaitUnderWay();
        sources.destroyForcibly().waitFor(); // mid-ingestion: no shutdown, requests in flight are cut
        Thread.sleep(2_000);
        sources = startService("sources-service", sourcesUrl.getPort());
        awaitAnswers(BACK_WITHIN);
        // claims-service's circuit breaker opened during the outage; in its half-open state (5 s after) it lets one
        // trial call through and refuses the others as retryable. Back means closed again.
        Thread.sleep(6_000);
        awaitAnswers(BACK_WITHIN);
        load.clearFailures();
        Thread.sleep(4_000);
        load.stop();

        assertThat(load.failures).as("answers after sources-service was back").isEmpty();
        assertAllOrNothing(load);
    }

    /** Stored ingestions have all their claims; failed ones none; every failed one, sent again, stores its claim once. */
    private void assertAllOrNothing(Load load) throws Exception {
        List<Integer> stored = new ArrayList<>();
        for (JsonNode claim : call(claimsUrl, ALL, Map.of()).at("/data/claims/nodes")) {
            stored.add(claim.get("best").asInt());
        }
        for (Map.Entry<Integer, String> ingested : load.documents.entrySet()) {
            JsonNode byDocument = call(claimsUrl, BY_DOCUMENT, Map.of("d", ingested.getValue())).at("/data/claims/nodes");
            assertThat(byDocument).as("claims of the document of %d", ingested.getKey()).hasSize(1);
        }
        List<Integer> failed = new ArrayList<>(load.failed);
        failed.addAll(awaited);
        for (int figure : failed) {
            assertThat(stored).as("a failed ingestion stored its claim %d", figure).doesNotContain(figure);
            JsonNode again = call(claimsUrl, INGEST, article(figure));
            assertThat(again.has("errors")).as("retry of %d: %s", figure, again).isFalse();
            assertThat(again.at("/data/ingestArticle/claims")).hasSize(1);
        }
        List<Integer> after = new ArrayList<>();
        for (JsonNode claim : call(claimsUrl, ALL, Map.of()).at("/data/claims/nodes")) {
            after.add(claim.get("best").asInt());
        }
        assertThat(after).doesNotHaveDuplicates();
    }

    /** Waits for three reads and writes in a row without an error (the writes are remembered like the load's). */
    private void awaitAnswers(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        int inARow = 0;
        while (System.nanoTime() < deadline) {
            int figure = nextFigure.getAndIncrement();
            try {
                JsonNode read = call(claimsUrl, READ, Map.of());
                JsonNode write = call(claimsUrl, INGEST, article(figure));
                if (write.has("errors")) {
                    awaited.add(figure);
                }
                inARow = !read.has("errors") && !write.has("errors") ? inARow + 1 : 0;
                if (inARow == 3) {
                    return;
                }
            } catch (IOException notYet) {
                awaited.add(figure);
                inARow = 0;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the services did not answer again within " + within.toSeconds() + " s");
    }

    private static Map<String, Object> article(int figure) {
        return Map.of("title", "Losses report " + figure, "text", "The Ukrainian General Staff said that " + String.format(Locale.ENGLISH, "%,d", figure)
                + " Russian soldiers were killed since February 24, 2022.");
    }

    private JsonNode call(URI url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        HttpResponse<String> response = send(url, query, variables);
        if (response.statusCode() >= 500) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(URI url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.editor()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Process startService(String service, int port) throws Exception {
        // the services trust the tests' signing key; the load writes as an editor
        Map<String, String> environment = new java.util.HashMap<>(TestTokens.environment());
        environment.putAll(postgres.environment());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        if (service.equals("claims-service")) {
            environment.put("SOURCES_GRAPHQL_URL", sourcesUrl.toString());
        }
        Process process = ServiceProcess.start(ServiceProcess.jar(Path.of("..").toAbsolutePath().normalize(), service), environment,
                Path.of("target", "restart-" + service + ".log"));
        ServiceProcess.awaitReady(URI.create("http://localhost:" + port + "/q/health/ready"), process.toHandle());
        return process;
    }

    /** Two writers ingesting new articles and two readers, until stopped; what failed and what was stored. */
    private final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService threads = Executors.newFixedThreadPool(4);
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Integer> failed = new ConcurrentLinkedQueue<>();
        final Map<Integer, String> documents = new ConcurrentHashMap<>();
        final AtomicInteger succeeded = new AtomicInteger();

        void start() {
            for (int i = 0; i < 2; i++) {
                threads.submit(this::write);
                threads.submit(this::read);
            }
        }

        /** Waits until an ingestion of the load has been stored, so that what follows cuts into a running load. */
        void awaitUnderWay() throws InterruptedException {
            long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
            while (succeeded.get() == 0) {
                if (System.nanoTime() > deadline) {
                    running.set(false);
                    throw new AssertionError("no ingestion of the load succeeded within " + BACK_WITHIN.toSeconds() + " s: " + failures);
                }
                Thread.sleep(100);
            }
        }

        void clearFailures() {
            failures.clear();
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("the load stopped").isTrue();
        }

        private void write() {
            while (running.get()) {
                int figure = nextFigure.getAndIncrement();
                try {
                    HttpResponse<String> response = send(claimsUrl, INGEST, article(figure));
                    JsonNode answer = JSON.readTree(response.body());
                    if (response.statusCode() >= 500 || answer.has("errors")) {
                        failed.add(figure);
                        failures.add("ingest " + figure + ": HTTP " + response.statusCode() + " " + response.body());
                    } else {
                        documents.put(figure, answer.at("/data/ingestArticle/document/id").asText());
                        succeeded.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.add(figure);
                    failures.add("ingest " + figure + ": " + e);
                }
            }
        }

        private void read() {
            while (running.get()) {
                try {
                    HttpResponse<String> response = send(claimsUrl, READ, Map.of());
                    if (response.statusCode() >= 500 || JSON.readTree(response.body()).has("errors")) {
                        failures.add("read: HTTP " + response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    failures.add("read: " + e);
                }
            }
        }
    }
}
