package org.claimgraph.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard in Debian's Chromium, driven by playwright-core ({@code src/test/e2e/dashboard.e2e.mjs}), over the
 * real stack from the built jars ({@link DashboardStack}: its own PostgreSQL, subgraphs and gateway, the seeds
 * ingested): pick a subject and see the spread with the seed claimants, open the timeline and a point's quote and
 * document, ingest an article through the form (and a dropped file) and see its claims, search, sort, page and export
 * the claims as CSV and JSON-LD, the review queue, the claimant page; every view at 1280×800 and at a 375 px phone
 * (labels, names, contrast, no horizontal scrolling), the focus outline, loading and an unreachable gateway, no request
 * to another host; then, with sources-service stopped, partial data with the gateway's error in the spread, the
 * timeline and the claims table. Screenshots go to {@code target/dashboard-screenshots/}.
 *
 * <p>Skipped, saying so, when {@code /usr/bin/chromium} is absent ({@code apt-get install -y chromium}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("claimgraph.chromium", "/usr/bin/chromium"));
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path E2E = Path.of("src/test/e2e").toAbsolutePath();
    private static final Path SHOTS = Path.of("target/dashboard-screenshots").toAbsolutePath();
    private static DashboardStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Dashboard browser tests skipped: " + CHROMIUM
                + " is absent (install it with: apt-get install -y chromium)");
        assumeTrue(Files.exists(ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar")),
                "Dashboard browser tests skipped: they run the gateway's JVM jar, which this build did not package");
        if (!Files.isDirectory(E2E.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
        }
        stack = DashboardStack.start(ROOT, Path.of("target/dashboard-stack").toAbsolutePath(), 0, 0, 0);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void spreadTimelineIngestClaimsAndExportInTheBrowser() throws Exception {
        assertThat(browser("main")).as("the browser checks (output above, screenshots in " + SHOTS + ")").isZero();
    }

    @Test
    @Order(2)
    void aSubgraphDownShowsPartialDataWithTheGatewaysError() throws Exception {
        stack.stopSources();
        assertThat(browser("partial")).as("the browser checks with sources-service down").isZero();
    }

    private static int browser(String phase) throws IOException, InterruptedException {
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "BASE_URL", stack.gateway().toString(),
                "SHOTS", SHOTS.toString(),
                "CHROMIUM", CHROMIUM.toString()));
        // the ingest form writes with an editor's token, pasted as a user pastes theirs
        environment.put("EDITOR_TOKEN", TestTokens.editor().substring("Bearer ".length()));
        return run(List.of("node", "dashboard.e2e.mjs", phase), environment, 300);
    }

    private static int run(List<String> command, Map<String, String> environment, int timeoutSeconds) throws IOException, InterruptedException {
        // output to a file, then to ours: a child writing to the forked test JVM's own stdout would corrupt its channel
        Files.createDirectories(SHOTS);
        Path log = SHOTS.resolve(String.join(" ", command).replaceAll("[^A-Za-z0-9.]+", "-") + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        System.out.println(Files.readString(log));
        if (!finished) {
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }
}
