package org.claimgraph.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole system on one machine: PostgreSQL (embedded unless {@code DB_*} names an external one), then
 * sources-service and claims-service from their built jars, the seed articles, then the gateway over both.
 * Stops everything on Ctrl-C.
 * <p>
 * The embedded PostgreSQL keeps its data in {@link #dataDirectory} (fsync on), reused by the next start: Flyway
 * migrates it and the seeds are ingested idempotently, so a restart adds nothing. {@code --fresh} deletes it first.
 * {@code --exit-after-seed} stops once the seeds are loaded (a smoke test of the run command).
 */
public final class LocalStack {

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean exitAfterSeed = options.contains("--exit-after-seed");
        Path root = Path.of("").toAbsolutePath();
        List<Process> services = new ArrayList<>();
        LocalPostgres postgres;
        if (LocalPostgres.externalConfigured()) {
            postgres = LocalPostgres.external();
            System.out.printf("PostgreSQL: %s (external, from DB_*)%n", postgres.jdbcUrl());
        } else {
            Path data = dataDirectory(root);
            if (options.contains("--fresh")) {
                deleteRecursively(data);
                System.out.println("--fresh: deleted " + data);
            }
            postgres = LocalPostgres.startDurable(Integer.getInteger("claimgraph.local.db-port", 0), data);
            System.out.printf("PostgreSQL: %s (embedded, data in %s)%n", postgres.jdbcUrl(), data);
        }
        LocalPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(services, database)));

        // other ports than the usual ones let a benchmark run beside a stack already up
        int gatewayPort = Integer.getInteger("claimgraph.local.gateway-port", 8080);
        int sourcesPort = Integer.getInteger("claimgraph.local.sources-port", 8081);
        int claimsPort = Integer.getInteger("claimgraph.local.claims-port", 8082);
        URI sources = URI.create("http://localhost:" + sourcesPort + "/graphql");
        URI claims = URI.create("http://localhost:" + claimsPort + "/graphql");
        LocalIssuer issuer = LocalIssuer.start();
        java.util.Map<String, String> environment = new java.util.HashMap<>(postgres.environment());
        environment.putAll(issuer.environment());
        environment.put("SOURCES_GRAPHQL_URL", sources.toString());
        services.add(start(root, "sources-service", environment, sourcesPort));
        // claims-service acknowledges the change feed's positions it applied, which lets sources-service prune them
        java.util.Map<String, String> claimsEnvironment = new java.util.HashMap<>(environment);
        claimsEnvironment.put("CLAIMGRAPH_SOURCES_FEED_AUTHORIZATION", issuer.editorAuthorization());
        services.add(start(root, "claims-service", claimsEnvironment, claimsPort));
        ServiceProcess.awaitReady(URI.create("http://localhost:" + sourcesPort + "/q/health/ready"), services.get(0).toHandle());
        ServiceProcess.awaitReady(URI.create("http://localhost:" + claimsPort + "/q/health/ready"), services.get(1).toHandle());

        SeedLoader.Result seeded = new SeedLoader(claims, issuer.editorAuthorization()).load(root.resolve("seeds"));
        java.util.Map<String, String> gatewayEnvironment = new java.util.HashMap<>(issuer.environment());
        gatewayEnvironment.put("SOURCES_GRAPHQL_URL", sources.toString());
        gatewayEnvironment.put("CLAIMS_GRAPHQL_URL", claims.toString());
        services.add(start(root, "gateway", gatewayEnvironment, gatewayPort));
        ServiceProcess.awaitReady(URI.create("http://localhost:" + gatewayPort + "/q/health/ready"), services.get(2).toHandle());
        String gateway = "http://localhost:" + gatewayPort;
        System.out.printf("%nclaimgraph is up: %d seed documents, %d claimants, %d claims loaded.%n", seeded.documents(),
                seeded.claimants(), seeded.claims());
        System.out.println("  gateway          " + gateway + "/graphql   (GraphiQL: " + gateway + "/graphql-ui/)");
        System.out.println("  sources-service  " + sources + "   (GraphiQL: http://localhost:" + sourcesPort + "/q/graphql-ui)");
        System.out.println("  claims-service   " + claims + "   (GraphiQL: http://localhost:" + claimsPort + "/q/graphql-ui)");
        System.out.println("Mutations need a bearer token (Authorization: Bearer <token>):");
        System.out.println("  editor token     " + issuer.editorTokenFile());
        System.out.println("  admin token      " + issuer.adminTokenFile());
        if (exitAfterSeed) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop.");
        for (Process service : services) {
            service.waitFor();
        }
    }

    /**
     * Where the embedded PostgreSQL keeps its data: {@code -Dclaimgraph.data-dir}, else {@code CLAIMGRAPH_DATA_DIR},
     * else {@code data/postgres} under the repository root.
     */
    static Path dataDirectory(Path root) {
        String configured = System.getProperty("claimgraph.data-dir", System.getenv("CLAIMGRAPH_DATA_DIR"));
        Path data = configured == null || configured.isBlank() ? root.resolve("data/postgres") : Path.of(configured);
        return data.toAbsolutePath().normalize();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Process start(Path root, String service, java.util.Map<String, String> environment, int port) throws IOException {
        Path jar = ServiceProcess.jar(root, service);
        java.util.Map<String, String> withPort = new java.util.HashMap<>(environment);
        withPort.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        boolean archive = Boolean.parseBoolean(System.getProperty("claimgraph.local.class-data-archive", "true"));
        return ServiceProcess.start(jar, withPort, null, archive ? ClassDataArchive.options(jar) : List.of());
    }

    private static void stop(List<Process> services, LocalPostgres postgres) {
        for (Process service : services) {
            service.destroy();
        }
        for (Process service : services) {
            try {
                service.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postgres.close();
    }
}
