package org.claimgraph.localstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimgraph.localstack.testing.TestTokens;

/**
 * For {@code @QuarkusTestResource}: a real PostgreSQL for the tests, embedded unless the environment names an
 * external one ({@code DB_*} or {@code QUARKUS_DATASOURCE_*}), which then wins; and trust in the test tokens
 * ({@link TestTokens}).
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestTokens.quarkusConfig();
        if (!LocalPostgres.externalConfigured()) {
            postgres = LocalPostgres.startEmbedded(0, null);
            config.putAll(postgres.quarkusConfig());
        }
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
