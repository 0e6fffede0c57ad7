package org.claimgraph.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;

/**
 * Collects the fields an operation selects on one object type: fragments whose condition the type meets applied,
 * fields that {@code @skip}/{@code @include} leave out dropped (decided with the request's variables).
 */
final class FieldCollector {

    private final GraphQLSchema schema;
    private final Document document;
    private final Map<String, Object> variables;

    FieldCollector(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.document = document;
        this.variables = variables;
    }

    /** The fields selected on an object type, by response key, with fragments applied and skipped fields left out. */
    Map<String, List<Field>> collect(GraphQLObjectType type, List<SelectionSet> sets) {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        for (SelectionSet set : sets) {
            if (set != null) {
                collect(type, set, fields);
            }
        }
        return fields;
    }

    private void collect(GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> fields) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives())) {
                    fields.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (included(inline.getDirectives())
                        && (inline.getTypeCondition() == null || applies(type, inline.getTypeCondition().getName()))) {
                    collect(type, inline.getSelectionSet(), fields);
                }
            } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())) {
                FragmentDefinition fragment = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(definition -> definition.getName().equals(spread.getName())).findFirst()
                        .orElseThrow(() -> new PlanningException("fragment " + spread.getName() + " is not defined"));
                if (applies(type, fragment.getTypeCondition().getName())) {
                    collect(type, fragment.getSelectionSet(), fields);
                }
            }
        }
    }

    private boolean applies(GraphQLObjectType type, String condition) {
        if (condition.equals(type.getName())) {
            return true;
        }
        GraphQLNamedType named = (GraphQLNamedType) schema.getType(condition);
        if (named instanceof GraphQLInterfaceType) {
            return type.getInterfaces().stream().anyMatch(implemented -> implemented.getName().equals(condition));
        }
        return named instanceof GraphQLUnionType union && union.getTypes().stream().anyMatch(member -> member.getName().equals(type.getName()));
    }

    private boolean included(List<Directive> directives) {
        for (Directive directive : directives) {
            if (directive.getName().equals("skip") && condition(directive)) {
                return false;
            }
            if (directive.getName().equals("include") && !condition(directive)) {
                return false;
            }
        }
        return true;
    }

    private boolean condition(Directive directive) {
        Argument argument = directive.getArgument("if");
        Value<?> value = argument == null ? null : argument.getValue();
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof VariableReference reference) {
            return Boolean.TRUE.equals(variables.get(reference.getName()));
        }
        return false;
    }
}
