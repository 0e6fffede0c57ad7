package org.claimgraph.http;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * What an incoming GraphQL request would run: its kind and its root fields (through fragments), for access decisions
 * taken before the server executes it. The gateway and the subgraphs judge requests alike with it.
 */
public record GraphQLOperation(OperationDefinition.Operation kind, Set<String> rootFields) {

    /**
     * The operation {@code operationName} selects in {@code query}, parsed within {@code limits}: give the limits of the
     * server that will execute the request, so that what it would refuse to parse is left to it, and what it would run
     * is judged here. Null when no server could run it (bad syntax, past the limits, no such operation).
     */
    public static GraphQLOperation of(String query, String operationName, ParserOptions limits) {
        if (query == null || query.isBlank()) {
            return null;
        }
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(limits).build());
            OperationDefinition operation = NodeUtil.getOperation(document, operationName).operationDefinition;
            Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                    .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, second) -> first));
            Set<String> fields = new LinkedHashSet<>();
            collect(operation.getSelectionSet(), fragments, new HashSet<>(), fields);
            return new GraphQLOperation(operation.getOperation(), fields);
        } catch (RuntimeException unrunnable) {
            // not only GraphQLException: a document without any operation fails with NoSuchElementException
            return null;
        }
    }

    private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> spread, Set<String> fields) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                fields.add(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, spread, fields);
            } else if (selection instanceof FragmentSpread fragmentSpread && spread.add(fragmentSpread.getName())) {
                FragmentDefinition definition = fragments.get(fragmentSpread.getName());
                if (definition != null) {
                    collect(definition.getSelectionSet(), fragments, spread, fields);
                }
            }
        }
    }

    public boolean isMutation() {
        return kind == OperationDefinition.Operation.MUTATION;
    }

    public boolean isIntrospection() {
        return rootFields.contains("__schema") || rootFields.contains("__type");
    }
}
