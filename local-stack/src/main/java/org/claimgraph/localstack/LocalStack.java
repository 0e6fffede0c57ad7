package org.claimgraph.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the whole system on one machine: PostgreSQL (embedded unless {@code DB_*} names an external one), then
 * sources-service and claims-service from their built jars, the seed articles, then the gateway over both.
 * Stops everything on Ctrl-C.
 * <p>
 * {@code --exit-after-seed} stops once the seeds are loaded (a smoke test of the run command).
 */
public final class LocalStack {

    public static void main(String[] args) throws Exception {
        boolean exitAfterSeed = List.of(args).contains("--exit-after-seed");
        Path root = Path.of("").toAbsolutePath();
        List<Process> services = new ArrayList<>();
        LocalPostgres postgres = LocalPostgres.externalConfigured() ? LocalPostgres.external()
                : LocalPostgres.startEmbedded(Integer.getInteger("claimgraph.local.db-port", 0), null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(services, postgres)));
        System.out.printf("PostgreSQL: %s (%s)%n", postgres.jdbcUrl(),
                LocalPostgres.externalConfigured() ? "external, from DB_*" : "embedded");

        LocalIssuer issuer = LocalIssuer.start();
        java.util.Map<String, String> environment = new java.util.HashMap<>(postgres.environment());
        environment.putAll(issuer.environment());
        services.add(start(root, "sources-service", environment));
        services.add(start(root, "claims-service", environment));
        URI sources = URI.create("http://localhost:8081/graphql");
        URI claims = URI.create("http://localhost:8082/graphql");
        ServiceProcess.awaitReady(URI.create("http://localhost:8081/q/health/ready"), services.get(0).toHandle());
        ServiceProcess.awaitReady(URI.create("http://localhost:8082/q/health/ready"), services.get(1).toHandle());

        SeedLoader.Result seeded = new SeedLoader(claims, issuer.editorAuthorization()).load(root.resolve("seeds"));
        services.add(start(root, "gateway", issuer.environment()));
        ServiceProcess.awaitReady(URI.create("http://localhost:8080/q/health/ready"), services.get(2).toHandle());
        System.out.printf("%nclaimgraph is up: %d seed documents, %d claimants, %d claims loaded.%n", seeded.documents(),
                seeded.claimants(), seeded.claims());
        System.out.println("  gateway          http://localhost:8080/graphql   (GraphiQL: http://localhost:8080/graphql-ui/)");
        System.out.println("  sources-service  " + sources + "   (GraphiQL: http://localhost:8081/q/graphql-ui)");
        System.out.println("  claims-service   " + claims + "   (GraphiQL: http://localhost:8082/q/graphql-ui)");
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

    private static Process start(Path root, String service, java.util.Map<String, String> environment) throws IOException {
        return ServiceProcess.start(ServiceProcess.jar(root, service), environment, null);
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
