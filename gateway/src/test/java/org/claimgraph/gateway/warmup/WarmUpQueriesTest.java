package org.claimgraph.gateway.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ParseAndValidate;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

/**
 * What the warm-up asks stays askable: the dashboard's first query (read from {@code index.html}, as the warm-up
 * reads it) and the operations of {@code warm-up.graphql} validate against the checked-in API schema, and each
 * operation has a name to run it by.
 */
class WarmUpQueriesTest {

    @Test
    void theWarmUpQueriesValidateAgainstTheApiSchema() throws Exception {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema/api-schema.graphql"))));
        String page = Files.readString(Path.of("src/main/resources/META-INF/resources/index.html"));
        Matcher first = Pattern.compile("<script type=\"application/graphql\" id=\"first-query\">([^<]+)</script>").matcher(page);
        assertThat(first.find()).as("index.html has the first query where the warm-up looks for it").isTrue();
        assertThat(ParseAndValidate.validate(schema, Parser.parse(first.group(1)))).isEmpty();

        String warmUp = Files.readString(Path.of("src/main/resources/warm-up.graphql"));
        assertThat(ParseAndValidate.validate(schema, Parser.parse(warmUp))).isEmpty();
        assertThat(WarmUp.operationNames(warmUp)).containsExactly("Spread").doesNotContainNull();
    }
}
