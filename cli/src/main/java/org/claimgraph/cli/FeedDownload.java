package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads a feed for the command line (on the user's own machine): redirects followed, at most 20 MiB. */
final class FeedDownload {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private FeedDownload() {
    }

    static byte[] get(String url, int timeoutSeconds) throws IOException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9")
                    .header("User-Agent", "claimgraph-cli/0.1").GET().build();
        } catch (IllegalArgumentException malformed) {
            throw new IOException("not a valid URL: " + malformed.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IOException failed) {
            throw new IOException("feed could not be fetched: " + (failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage()));
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("feed answered HTTP " + response.statusCode());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int read; (read = body.read(buffer)) != -1;) {
                if (out.size() + read > MAX_BYTES) {
                    throw new IOException("feed is larger than " + MAX_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }
}
