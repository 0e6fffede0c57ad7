package org.claimgraph.gateway.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimgraph.gateway.Gateway;
import org.claimgraph.gateway.GatewayConfig;
import org.claimgraph.gateway.security.Access;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Before the gateway reports ready, it asks itself what the dashboard's first view asks (the first query of
 * {@code index.html}, then {@code warm-up.graphql}), again and again for {@code claimgraph.gateway.warm-up.duration},
 * and fetches the dashboard's files from its own HTTP server: the first visitor then meets compiled code, the
 * documents and plans cached, subgraphs that have run the same SQL, and files served before, instead of paying for
 * all of it in the first second after start. A query that fails is logged and dropped from the warm-up; nothing else
 * changes: the warm-up only reads.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    private static final Pattern FIRST_QUERY = Pattern.compile("<script type=\"application/graphql\" id=\"first-query\">([^<]+)</script>");
    private static final Pattern DASHBOARD_FILE = Pattern.compile("(?:href|src)=\"(dashboard/[^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Gateway gateway;
    private final GatewayConfig config;
    private final Access access;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    /** The warm-up thread's client for the gateway's own HTTP server; its endpoint null when requests go directly. */
    private HttpClient http;
    private URI endpoint;
    private volatile boolean done;

    WarmUp(Gateway gateway, GatewayConfig config, Access access, ObjectMapper json) {
        this.gateway = gateway;
        this.config = config;
        this.access = access;
        this.json = json;
    }

    /** After the gateway has composed its supergraph (its own start-up observer runs first). */
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        if (!config.warmUp().enabled() || config.warmUp().duration().isZero() || gateway.execution() == null) {
            done = true;
            return;
        }
        Thread thread = new Thread(this::run, "gateway-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the warm-up is over (or was never to run): readiness waits for it. */
    public boolean done() {
        return done;
    }

    private void run() {
        long started = System.nanoTime();
        int rounds = 0;
        try {
            String page = resource("META-INF/resources/index.html");
            Matcher first = FIRST_QUERY.matcher(page);
            String subjectsQuery = first.find() ? first.group(1).strip() : null;
            String document = resource("warm-up.graphql");
            List<String> operations = new ArrayList<>(operationNames(document));
            List<String> files = files(page);
            long deadline = started + config.warmUp().duration().toNanos();
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            endpoint = endpoint();
            while (System.nanoTime() < deadline && subjectsQuery != null) {
                String subject = topSubject(subjectsQuery);
                if (subject == null) {
                    break; // no claims yet: the dashboard's first view asks nothing more
                }
                operations.removeIf(operation -> !answered(document, operation, subject));
                files.removeIf(file -> !served(file));
                rounds++;
            }
            LOG.infof("Warmed up in %d ms: %d rounds of the dashboard's first view",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), rounds);
        } catch (RuntimeException | IOException e) {
            LOG.warnf("The warm-up stopped after %d rounds: %s", rounds, e.toString());
        } finally {
            done = true;
        }
    }

    /** The subject with most claims, as the dashboard opens on it; null if the subjects query answers none. */
    @SuppressWarnings("unchecked")
    private String topSubject(String subjectsQuery) {
        Map<String, Object> response = execute(subjectsQuery, null, Map.of());
        if (response.get("data") instanceof Map<?, ?> data && data.get("subjects") instanceof List<?> subjects && !subjects.isEmpty()
                && subjects.get(0) instanceof Map<?, ?> top) {
            return (String) ((Map<String, Object>) top).get("name");
        }
        return null;
    }

    private boolean answered(String document, String operationName, String subject) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (OperationDefinition definition : Parser.parse(document).getDefinitionsOfType(OperationDefinition.class)) {
            if (!definition.getName().equals(operationName)) {
                continue;
            }
            for (VariableDefinition variable : definition.getVariableDefinitions()) {
                variables.put(variable.getName(), switch (variable.getName()) {
                    case "subject" -> subject;
                    case "category" -> "KILLED";
                    case "population" -> "MILITARY";
                    default -> null;
                });
            }
        }
        Map<String, Object> response = execute(document, operationName, variables);
        if (response.containsKey("errors")) {
            LOG.warnf("The warm-up query %s failed and is dropped from the warm-up: %s", operationName, response.get("errors"));
            return false;
        }
        return true;
    }

    /**
     * Through the gateway's own {@code /graphql}, as a client asks, so that the HTTP server, the request's JSON and
     * the response's are warmed too; directly when the port is not known (tests) or anonymous reads are off.
     */
    private Map<String, Object> execute(String query, String operationName, Map<String, Object> variables) {
        try {
            if (endpoint != null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("query", query);
                body.put("operationName", operationName);
                body.put("variables", variables);
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
                try {
                    return json.readValue(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), JSON_OBJECT);
                } catch (IOException unreachable) { // listening elsewhere than localhost: directly from now on
                    LOG.debugf("The warm-up asks the gateway directly: %s is not reachable (%s)", endpoint, unreachable);
                    endpoint = null;
                }
            }
            return gateway.execute(query, operationName, variables, access.subgraphHeaders(null))
                    .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a warm-up query got no answer: " + e, e);
        }
    }

    private URI endpoint() {
        int port = port();
        return port > 0 && access.authorizeRead(new Access.Caller(null, null)) == null ? URI.create("http://localhost:" + port + "/graphql") : null;
    }

    private static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(0);
    }

    /** The page and its files through the gateway's own HTTP server, as a browser fetches them. */
    private List<String> files(String page) {
        int port = port();
        List<String> files = new ArrayList<>();
        if (port <= 0) {
            return files; // a port chosen at start (tests): the files are not worth finding it
        }
        files.add("http://localhost:" + port + "/");
        Matcher file = DASHBOARD_FILE.matcher(page);
        while (file.find()) {
            files.add("http://localhost:" + port + "/" + file.group(1));
        }
        return files;
    }

    private boolean served(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .header("Accept-Encoding", "gzip").build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The names of the operations of a GraphQL document, each to be run on its own. */
    static List<String> operationNames(String document) {
        return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).stream().map(OperationDefinition::getName).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
