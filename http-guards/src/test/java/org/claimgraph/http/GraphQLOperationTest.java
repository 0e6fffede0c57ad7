package org.claimgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.junit.jupiter.api.Test;

class GraphQLOperationTest {

    private static final ParserOptions DEFAULTS = ParserOptions.getDefaultParserOptions();
    private static final ParserOptions NO_TOKEN_LIMIT = DEFAULTS.transform(options -> options.maxTokens(Integer.MAX_VALUE));

    @Test
    void theNamedOperationIsTheOneRead() {
        String both = "query Read { claims { nodes { id } } } mutation Write { recordClaim { id } }";
        GraphQLOperation write = GraphQLOperation.of(both, "Write", DEFAULTS);
        assertThat(write.kind()).isEqualTo(OperationDefinition.Operation.MUTATION);
        assertThat(write.isMutation()).isTrue();
        assertThat(write.rootFields()).containsExactly("recordClaim");
        assertThat(GraphQLOperation.of(both, "Read", DEFAULTS).isMutation()).isFalse();
    }

    @Test
    void rootFieldsAreFoundThroughInlineFragmentsAndSpreadsEvenCyclicOnes() {
        GraphQLOperation operation = GraphQLOperation.of("{ a ... on Query { b ...F } } fragment F on Query { c ...G } "
                + "fragment G on Query { __type(name: \"X\") { name } ...F }", null, DEFAULTS);
        assertThat(operation.rootFields()).containsExactly("a", "b", "c", "__type");
        assertThat(operation.isIntrospection()).isTrue();
        assertThat(GraphQLOperation.of("{ __typename }", null, DEFAULTS).isIntrospection()).isFalse();
        assertThat(GraphQLOperation.of("{ ...Missing }", null, DEFAULTS).rootFields()).isEmpty();
    }

    @Test
    void whatNoServerCouldRunIsNoOperation() {
        assertThat(GraphQLOperation.of(null, null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("  ", null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("{ claims(", null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("query A { a } query B { b }", null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("{ a }", "Other", DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("type Query { a: Int }", null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of("fragment F on Query { a }", null, DEFAULTS)).isNull();
    }

    @Test
    void theLimitsGivenDecideWhatIsTooLargeToRead() {
        String large = "mutation { recordClaim { " + "id ".repeat(20_000) + "} }";
        assertThat(GraphQLOperation.of(large, null, DEFAULTS)).isNull();
        assertThat(GraphQLOperation.of(large, null, NO_TOKEN_LIMIT).isMutation()).isTrue();
    }
}
