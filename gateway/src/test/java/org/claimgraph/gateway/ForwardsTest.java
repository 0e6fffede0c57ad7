package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.junit.jupiter.api.Test;

/** claims-service's exports reached through the gateway, as a cluster exposes only the gateway. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class ForwardsTest {

    @Test
    void exportsAreStreamedThroughFromClaimsService() {
        int claims = GatewayRequests.data("{ claims(first: 500, filter: {subject: \"Ukraine\"}) { nodes { id } } }", java.util.Map.of())
                .getList("claims.nodes").size();
        assertThat(claims).isPositive();
        Response csv = given().queryParam("subject", "Ukraine").get("/export/claims.csv");
        csv.then().statusCode(200).contentType("text/csv; charset=utf-8");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).startsWith("id,claimant_id,claimant,");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(claims + 1); // quotes may span lines; never fewer lines than rows

        JsonPath jsonLd = given().queryParam("subject", "Ukraine").get("/export/claims.jsonld").then().statusCode(200)
                .contentType("application/ld+json; charset=utf-8").extract().jsonPath();
        assertThat(jsonLd.getList("hasPart")).hasSize(claims);
    }

    @Test
    void aBadParameterKeepsClaimsServicesAnswer() {
        JsonPath error = given().queryParam("category", "EATEN").get("/export/claims.csv").then().statusCode(400)
                .extract().jsonPath();
        assertThat(error.getString("errors[0].extensions.field")).isEqualTo("category");
    }
}
