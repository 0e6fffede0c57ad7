package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.localstack.testing.CheckedInSchema;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.junit.jupiter.api.Test;

/** The API schema composed from the live subgraphs is the one checked in: composition changes show up in review. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class ApiSchemaDriftTest {

    @Test
    void composedApiSchemaMatchesTheCheckedInOne() throws Exception {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        CheckedInSchema.assertMatches(Path.of("schema/api-schema.graphql"), served);
    }
}
