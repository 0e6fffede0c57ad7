package org.claimgraph.localstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For {@code @QuarkusTestResource}: a real PostgreSQL for the tests, embedded unless the environment names an
 * external one ({@code DB_*} or {@code QUARKUS_DATASOURCE_*}), which then wins.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (LocalPostgres.externalConfigured()) {
            return Map.of();
        }
        postgres = LocalPostgres.startEmbedded(0, null);
        return postgres.quarkusConfig();
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
