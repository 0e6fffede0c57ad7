package org.claimgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.claimgraph.common.persistence.ResolverSessions;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.OnVertx;
import org.claimgraph.sources.source.SourceEntity;
import org.claimgraph.sources.source.SourceService;
import org.junit.jupiter.api.Test;

/** The service against the database directly, each test in a transaction that is rolled back. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourceServiceRepositoryTest {

    @Inject
    SourceService sources;

    @Inject
    Vertx vertx;

    @Test
    void resolvedSourcesAreVisibleInTheTransactionAndGoneAfterRollback() throws Exception {
        String name = "Rolled back " + UUID.randomUUID();
        UUID id = OnVertx.await(vertx, () -> ResolverSessions.rolledBack(() -> sources.resolve(List.of(name, name.toUpperCase()))
                .chain(resolved -> {
                    assertEquals(resolved.get(0).id, resolved.get(1).id);
                    return sources.aliasesOf(List.of(resolved.get(0).id)).map(aliases -> {
                        assertEquals(List.of(name), aliases.get(resolved.get(0).id));
                        return resolved.get(0).id;
                    });
                })));
        SourceEntity after = OnVertx.await(vertx, () -> ResolverSessions.read(() -> SourceEntity.findById(id)));
        assertNull(after, "the rolled-back source must not be stored");
    }
}
