package org.claimgraph.claims.ingestion.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.common.graphql.InvalidInputException;

/**
 * Fetches a web page or feed for ingestion, defensively: http and https only; every address the host resolves to
 * must be public (no loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified
 * address) unless {@code allowPrivateAddresses}; redirects are followed by hand, at most {@code maxRedirects}, each
 * target checked the same way; a connect timeout and a total timeout; the body is read up to {@code maxBytes} and
 * refused beyond; the content type must be one asked for. Every refusal is a {@code BAD_USER_INPUT} error on the
 * given field. Blocking: call it off the event loop.
 * <p>
 * The host is resolved and checked before the request and resolved again by the HTTP client, so a DNS answer that
 * changes in between (DNS rebinding) is not caught; a deployment that fetches untrusted URLs should also egress
 * through a proxy that enforces the same rule.
 */
public final class PageFetcher {

    public static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
            "application/xml", "text/xml", "application/feed+xml");

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    public record Settings(boolean allowPrivateAddresses, Duration connectTimeout, Duration timeout, int maxBytes, int maxRedirects,
            String userAgent) {
    }

    /** What came back: the final URL (after redirects), its media type, its bytes and the charset the headers name. */
    public record Fetched(String url, String mediaType, byte[] body, Optional<Charset> charset) {

        public boolean isFeed() {
            return FEED_TYPES.contains(mediaType);
        }

        public String text() {
            return new String(body, charset.orElse(StandardCharsets.UTF_8));
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Fetches {@code url}; its content type must be one of {@code accepted}. */
    public Fetched fetch(String field, String url, Set<String> accepted) {
        URI target = checked(field, url);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (int redirects = 0;; redirects++) {
            HttpResponse<InputStream> response = send(field, target, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                try (InputStream ignored = response.body()) {
                    // drain nothing: the connection is closed
                } catch (IOException ignored) {
                    // closing only
                }
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    throw new InvalidInputException(field, "redirect (HTTP " + status + ") without a Location from " + target);
                }
                if (redirects >= settings.maxRedirects()) {
                    throw new InvalidInputException(field, "too many redirects (more than " + settings.maxRedirects() + ") from " + url);
                }
                URI next;
                try {
                    next = target.resolve(new URI(location.strip().replace(" ", "%20")));
                } catch (URISyntaxException malformed) {
                    throw new InvalidInputException(field, "redirects to a malformed URL: " + location);
                }
                target = checked(field, next.toString());
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    throw new InvalidInputException(field, "answered HTTP " + status + " (" + target + ")");
                }
                String contentType = response.headers().firstValue("content-type").orElse("");
                String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (!accepted.contains(mediaType)) {
                    throw new InvalidInputException(field, "has content type '" + (mediaType.isEmpty() ? "none" : mediaType)
                            + "', expected one of " + String.join(", ", new java.util.TreeSet<>(accepted))
                            + (FEED_TYPES.contains(mediaType) ? "; it is a feed: use ingestFeed" : ""));
                }
                long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
                if (declared > settings.maxBytes()) {
                    throw tooLarge(field, declared);
                }
                byte[] bytes = readCapped(field, body, deadline);
                Optional<Charset> charset = Optional.empty();
                Matcher named = CHARSET.matcher(contentType);
                if (named.find()) {
                    try {
                        charset = Optional.of(Charset.forName(named.group(1)));
                    } catch (RuntimeException unknown) {
                        // left to the page's own declaration
                    }
                }
                return new Fetched(target.toString(), mediaType, bytes, charset);
            } catch (IOException failed) {
                throw new InvalidInputException(field, "could not be read: " + failed.getMessage());
            }
        }
    }

    private HttpResponse<InputStream> send(String field, URI target, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(field);
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofNanos(remaining)).header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException slow) {
            throw timedOut(field);
        } catch (IOException failed) {
            throw new InvalidInputException(field, "could not be fetched (" + target + "): "
                    + (failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException(field, "fetching was interrupted");
        }
    }

    private byte[] readCapped(String field, InputStream body, long deadline) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int read; (read = body.read(buffer)) != -1;) {
            if (out.size() + read > settings.maxBytes()) {
                throw tooLarge(field, -1);
            }
            out.write(buffer, 0, read);
            if (System.nanoTime() > deadline) {
                throw timedOut(field);
            }
        }
        return out.toByteArray();
    }

    private InvalidInputException tooLarge(String field, long declared) {
        return new InvalidInputException(field, "is larger than " + settings.maxBytes() + " bytes"
                + (declared > 0 ? " (Content-Length " + declared + ")" : "") + " (claimgraph.ingestion.web.max-bytes)");
    }

    private InvalidInputException timedOut(String field) {
        return new InvalidInputException(field, "did not answer within " + settings.timeout().toMillis() + " ms (claimgraph.ingestion.web.timeout)");
    }

    /** The URL, if it is http(s) to a host whose every address may be fetched. */
    URI checked(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException malformed) {
            throw new InvalidInputException(field, "is not a valid URL: " + malformed.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException(field, "must be an http or https URL, was '" + url + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new InvalidInputException(field, "has no host: '" + url + "'");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInputException(field, "must not carry credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException unknown) {
            throw new InvalidInputException(field, "names a host that does not resolve: " + host);
        }
        if (!settings.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new InvalidInputException(field, "points at a private or loopback address (" + host + " is "
                            + address.getHostAddress() + "); such addresses are fetched only when claimgraph.ingestion.web.allow-private-addresses=true");
                }
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return false;                                           // fc00::/7 unique local
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return !(first == 0 || first == 100 && second >= 64 && second < 128      // 100.64/10 carrier-grade NAT
                || first == 192 && second == 0 && (b[2] & 0xFF) == 0             // 192.0.0/24
                || first == 198 && (second == 18 || second == 19)                 // benchmarking
                || first >= 240);                                                 // reserved, broadcast
    }
}
