package org.claimgraph.claims;

import java.nio.file.Path;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.CheckedInSchema;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class SchemaDriftTest {

    @Test
    void servedSdlMatchesTheCheckedInSchema() throws Exception {
        CheckedInSchema.assertServedSchemaMatches(Path.of("schema/schema.graphql"));
    }
}
