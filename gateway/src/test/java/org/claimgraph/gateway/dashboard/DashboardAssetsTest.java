package org.claimgraph.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * What the gateway ships for the dashboard ({@code index.html} and {@code dashboard/}), read as files: under the
 * 300 KB gzipped budget, nothing loaded from another host (the page works offline), and every module, stylesheet and
 * import it names is shipped.
 */
class DashboardAssetsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/META-INF/resources");
    private static final long BUDGET_GZIPPED = 300 * 1024;
    // a URL the browser would load by itself: a script, a stylesheet, an import, a font or image in CSS
    private static final Pattern LOADED = Pattern.compile(
            "(?:\\bsrc=|\\bhref=|\\bimport\\s*\\(?|\\bfrom\\s+|@import\\s+|url\\()\\s*[\"']?([^\"')\\s>]+)");

    @Test
    void theShippedJavaScriptAndCssAreUnderTheBudgetGzipped() {
        long gzipped = 0;
        long raw = 0;
        for (Path file : shipped()) {
            byte[] bytes = read(file);
            raw += bytes.length;
            gzipped += gzip(bytes);
        }
        System.out.printf("dashboard: %d files, %,d bytes, %,d bytes gzipped file by file%n", shipped().size(), raw, gzipped);
        assertThat(gzipped).as("the dashboard's files gzipped one by one (budget %d bytes)", BUDGET_GZIPPED)
                .isLessThan(BUDGET_GZIPPED);
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        List<String> foreign = new ArrayList<>();
        for (Path file : shipped()) {
            Matcher m = LOADED.matcher(new String(read(file), StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1);
                if (url.startsWith("//") || url.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
                    foreign.add(RESOURCES.relativize(file) + ": " + url);
                }
            }
        }
        assertThat(foreign).as("URLs of other hosts the page would load (it must work offline)").isEmpty();
    }

    @Test
    void everyFileThePageNamesIsShipped() {
        List<String> missing = new ArrayList<>();
        for (Path file : shipped()) {
            if (!file.toString().endsWith(".html") && !file.toString().endsWith(".js")) {
                continue;
            }
            Matcher m = LOADED.matcher(new String(read(file), StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1).replaceAll("[?#].*", "");
                if (!url.startsWith("./") && !url.startsWith("dashboard/")) {
                    continue; // links inside the page (#/…), the API, the exports, GraphiQL, data: URLs
                }
                Path target = file.getParent().resolve(url).normalize();
                if (!Files.isRegularFile(target)) {
                    missing.add(RESOURCES.relativize(file) + " names " + url);
                }
            }
        }
        assertThat(missing).as("modules and stylesheets named but not shipped").isEmpty();
        assertThat(shipped()).as("the page, its stylesheet and its modules")
                .contains(RESOURCES.resolve("index.html"), RESOURCES.resolve("dashboard/app.css"), RESOURCES.resolve("dashboard/app.js"));
    }

    private static List<Path> shipped() {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("dashboard"))) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
            all.add(0, RESOURCES.resolve("index.html"));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
