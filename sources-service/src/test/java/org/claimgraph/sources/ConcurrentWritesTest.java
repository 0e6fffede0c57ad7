package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/** Retries and parallel ingestion must not create duplicates: 20 concurrent identical calls make one row. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ConcurrentWritesTest {

    static final int CALLS = 20;

    static <T> List<T> concurrently(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCreateDocumentOfOneTextMakesOneDocument() throws Exception {
        String text = "Concurrent article " + UUID.randomUUID();
        List<String> ids = concurrently(() -> ok("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                Map.of("input", Map.of("title", "Concurrent", "text", text))).getString("data.createDocument.id"));
        assertEquals(1, new HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void concurrentResolveSourcesCreatesEachNameOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = List.of("General Staff " + suffix, "Western intelligence agencies " + suffix, "Donald Trump " + suffix);
        List<List<String>> answers = concurrently(() -> ok("mutation($names: [String!]!) { resolveSources(names: $names) { id } }",
                Map.of("names", names)).getList("data.resolveSources.id"));
        Set<List<String>> distinct = new HashSet<>(answers);
        assertEquals(1, distinct.size(), "every call sees the same sources: " + distinct);
        for (String name : names) {
            assertEquals(1, SourceApiTest.countMatching(name), name);
        }
    }

    @Test
    void concurrentArticlesNamingTheSameNewAndKnownSourcesCreateEachOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String known = "Known speaker " + suffix;
        ok("mutation($names: [String!]!) { resolveSources(names: $names) { id } }", Map.of("names", List.of(known)));
        List<String> names = List.of(known, "New speaker " + suffix);
        java.util.concurrent.atomic.AtomicInteger article = new java.util.concurrent.atomic.AtomicInteger();
        List<List<String>> answers = concurrently(() -> ok("""
                mutation($input: DocumentInput!, $outletName: String, $sourceNames: [String!]!) {
                  createDocumentWithSources(input: $input, outletName: $outletName, sourceNames: $sourceNames) { outlet { id } sources { id } } }""",
                Map.of("input", Map.of("title", "Concurrent", "text", "Article " + article.incrementAndGet() + " " + suffix),
                        "outletName", "New outlet " + suffix, "sourceNames", names))
                .getList("data.createDocumentWithSources.sources.id"));
        assertEquals(1, new HashSet<>(answers).size(), "every call sees the same sources: " + answers);
        for (String name : List.of(known, "New speaker " + suffix, "New outlet " + suffix)) {
            assertEquals(1, SourceApiTest.countMatching(name), name);
        }
    }
}
