package org.claimgraph.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * The response of one query document, operation and set of {@code @skip}/{@code @include} conditions, shaped from
 * the plan's data without running graphql-java's execution per request: the fields each object type gets are
 * collected once (document order, fields merged by response key, fragments applied by type, as graphql-java collects
 * them), then every response walks the data along them, serializing leaves with the schema's own scalars and enums.
 * <p>
 * Only what needs no error is shaped here: a null where the schema says non-null, a value of the wrong kind, an
 * object whose type cannot be told, or anything introspection would answer, throws {@link Unshapeable}, and the
 * caller lets graphql-java shape the same data, with the errors it reports.
 */
final class ResponseShape {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final List<Node> root;

    private ResponseShape(GraphQLSchema schema, Document document, OperationDefinition operation, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
        this.variables = variables;
        this.root = collect(schema.getQueryType(), List.of(operation.getSelectionSet()));
    }

    /** The shape of a query operation, or {@link Unshapeable} when it is not one this class shapes. */
    static ResponseShape of(GraphQLSchema schema, Document document, OperationDefinition operation, Map<String, Object> coercedVariables) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw Unshapeable.INSTANCE;
        }
        return new ResponseShape(schema, document, operation, coercedVariables);
    }

    /** The {@code data} of the response. */
    Map<String, Object> shape(Map<String, Object> data) {
        return object(root, data);
    }

    private Map<String, Object> object(List<Node> fields, Map<?, ?> data) {
        Map<String, Object> shaped = new LinkedHashMap<>(Math.max(4, fields.size() * 4 / 3 + 1));
        for (Node field : fields) {
            shaped.put(field.key, field.typename != null ? field.typename : value(field, field.type, data.get(field.key)));
        }
        return shaped;
    }

    private Object value(Node field, GraphQLOutputType type, Object value) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw Unshapeable.INSTANCE; // graphql-java reports it and nulls the parent
            }
            return value(field, (GraphQLOutputType) nonNull.getWrappedType(), value);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                throw Unshapeable.INSTANCE;
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            List<Object> shaped = new ArrayList<>(items.size());
            for (Object item : items) {
                shaped.add(value(field, itemType, item));
            }
            return shaped;
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                return scalar.getCoercing().serialize(value, CONTEXT, Locale.getDefault());
            } catch (RuntimeException unserializable) {
                throw Unshapeable.INSTANCE;
            }
        }
        if (type instanceof GraphQLEnumType enumType) {
            try {
                return enumType.serialize(value, CONTEXT, Locale.getDefault());
            } catch (RuntimeException notAValue) {
                throw Unshapeable.INSTANCE;
            }
        }
        if (!(value instanceof Map<?, ?> data)) {
            throw Unshapeable.INSTANCE;
        }
        GraphQLObjectType concrete = type instanceof GraphQLObjectType object ? object : resolve((GraphQLNamedType) type, data);
        return object(field.children(this, concrete), data);
    }

    /** The object type of an interface's or union's value, by its {@code __typename}, as {@link ApiSchema} resolves it. */
    private GraphQLObjectType resolve(GraphQLNamedType abstractType, Map<?, ?> data) {
        Object typename = data.get("__typename");
        if (typename != null && schema.getType(typename.toString()) instanceof GraphQLObjectType concrete
                && schema.isPossibleType(abstractType, concrete)) {
            return concrete;
        }
        throw Unshapeable.INSTANCE;
    }

    /** The fields of {@code type} the selection sets select, in graphql-java's order, merged by response key. */
    private List<Node> collect(GraphQLObjectType type, List<SelectionSet> selectionSets) {
        Map<String, List<Field>> merged = new LinkedHashMap<>();
        for (SelectionSet selectionSet : selectionSets) {
            collect(type, selectionSet, merged);
        }
        List<Node> nodes = new ArrayList<>(merged.size());
        merged.forEach((key, fields) -> {
            String name = fields.get(0).getName();
            if (name.equals("__typename")) {
                nodes.add(new Node(key, null, List.of(), type.getName()));
                return;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (name.startsWith("__") || definition == null) { // introspection is graphql-java's to answer
                throw Unshapeable.INSTANCE;
            }
            nodes.add(new Node(key, definition.getType(), fields, null));
        });
        return nodes;
    }

    private void collect(GraphQLObjectType type, SelectionSet selectionSet, Map<String, List<Field>> merged) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field)) {
                    merged.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment fragment) {
                if (included(fragment) && applies(fragment.getTypeCondition(), type)) {
                    collect(type, fragment.getSelectionSet(), merged);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null) {
                    throw Unshapeable.INSTANCE;
                }
                if (included(spread) && included(fragment) && applies(fragment.getTypeCondition(), type)) {
                    collect(type, fragment.getSelectionSet(), merged);
                }
            }
        }
    }

    private boolean applies(TypeName condition, GraphQLObjectType type) {
        if (condition == null || condition.getName().equals(type.getName())) {
            return true;
        }
        GraphQLType conditionType = schema.getType(condition.getName());
        return conditionType instanceof GraphQLCompositeType && !(conditionType instanceof GraphQLObjectType)
                && schema.isPossibleType((GraphQLNamedType) conditionType, type);
    }

    /** {@code @skip} and {@code @include}; any other directive on a selection leaves the shaping to graphql-java. */
    private boolean included(DirectivesContainer<?> selection) {
        boolean included = true;
        for (Directive directive : selection.getDirectives()) {
            switch (directive.getName()) {
                case "skip" -> included &= !condition(directive);
                case "include" -> included &= condition(directive);
                default -> throw Unshapeable.INSTANCE;
            }
        }
        return included;
    }

    private boolean condition(Directive directive) {
        var argument = directive.getArgument("if");
        if (argument != null && argument.getValue() instanceof BooleanValue literal) {
            return literal.isValue();
        }
        if (argument != null && argument.getValue() instanceof VariableReference reference
                && variables.get(reference.getName()) instanceof Boolean value) {
            return value;
        }
        throw Unshapeable.INSTANCE;
    }

    /** One response key of an object type: a {@code __typename}, or a field with the merged selections of its value. */
    private static final class Node {
        final String key;
        final GraphQLOutputType type;
        final List<Field> fields;
        final String typename;
        private final Map<String, List<Node>> childrenByType = new ConcurrentHashMap<>();

        Node(String key, GraphQLOutputType type, List<Field> fields, String typename) {
            this.key = key;
            this.type = type;
            this.fields = fields;
            this.typename = typename;
        }

        /** The fields of the value when it is of {@code type}, collected the first time a value of that type comes. */
        List<Node> children(ResponseShape shape, GraphQLObjectType type) {
            List<Node> children = childrenByType.get(type.getName());
            if (children == null) {
                List<SelectionSet> selectionSets = new ArrayList<>(fields.size());
                fields.forEach(field -> {
                    if (field.getSelectionSet() != null) {
                        selectionSets.add(field.getSelectionSet());
                    }
                });
                children = shape.collect(type, selectionSets);
                childrenByType.put(type.getName(), children);
            }
            return children;
        }
    }

    /** The response needs graphql-java: it would carry an error, or answer introspection. */
    static final class Unshapeable extends RuntimeException {
        static final Unshapeable INSTANCE = new Unshapeable();

        private Unshapeable() {
            super("left to graphql-java", null, false, false);
        }
    }
}
