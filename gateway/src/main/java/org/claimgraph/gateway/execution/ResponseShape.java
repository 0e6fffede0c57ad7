package org.claimgraph.gateway.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * them), then every response walks the data along them, serializing leaves with the schema's own scalars and enums,
 * and writes the response's JSON as it goes (no shaped copy of the data is built, and no generic map serializer runs).
 * <p>
 * Only what needs no error is shaped here: a null where the schema says non-null, a value of the wrong kind, an
 * object whose type cannot be told, or anything introspection would answer, throws {@link Unshapeable}, and the
 * caller lets graphql-java shape the same data, with the errors it reports.
 */
final class ResponseShape {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();
    /** Jackson's defaults, as the endpoint writes maps: only plain JSON values (maps, lists, strings, numbers) pass. */
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * The whole response, {@code {"data":{...}}}, as JSON; {@link Unshapeable} (and nothing written) when it needs
     * graphql-java.
     */
    byte[] json(Map<String, Object> data) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(8192);
        try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeFieldName("data");
            object(root, data, out);
            out.writeEndObject();
        } catch (IOException unwritable) {
            throw Unshapeable.INSTANCE; // a custom scalar's value Jackson cannot write: graphql-java reports it
        }
        return bytes.toByteArray();
    }

    /** The {@code data} of the response, as a map (for callers inside the gateway, which read it). */
    @SuppressWarnings("unchecked")
    Map<String, Object> shape(Map<String, Object> data) {
        return (Map<String, Object>) Answer.shaped(json(data)).response().get("data");
    }

    private void object(List<Node> fields, Map<?, ?> data, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Node field : fields) {
            out.writeFieldName(field.key);
            if (field.typename != null) {
                out.writeString(field.typename);
            } else {
                value(field, field.type, data.get(field.key), out);
            }
        }
        out.writeEndObject();
    }

    private void value(Node field, GraphQLOutputType type, Object value, JsonGenerator out) throws IOException {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw Unshapeable.INSTANCE; // graphql-java reports it and nulls the parent
            }
            value(field, (GraphQLOutputType) nonNull.getWrappedType(), value, out);
            return;
        }
        if (value == null) {
            out.writeNull();
            return;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                throw Unshapeable.INSTANCE;
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            out.writeStartArray();
            for (Object item : items) {
                value(field, itemType, item, out);
            }
            out.writeEndArray();
            return;
        }
        if (type instanceof GraphQLScalarType scalar) {
            Object serialized;
            try {
                serialized = scalar.getCoercing().serialize(value, CONTEXT, Locale.getDefault());
            } catch (RuntimeException unserializable) {
                throw Unshapeable.INSTANCE;
            }
            leaf(serialized, out);
            return;
        }
        if (type instanceof GraphQLEnumType enumType) {
            try {
                leaf(enumType.serialize(value, CONTEXT, Locale.getDefault()), out);
            } catch (RuntimeException notAValue) {
                throw Unshapeable.INSTANCE;
            }
            return;
        }
        if (!(value instanceof Map<?, ?> data)) {
            throw Unshapeable.INSTANCE;
        }
        GraphQLObjectType concrete = type instanceof GraphQLObjectType object ? object : resolve((GraphQLNamedType) type, data);
        object(field.children(this, concrete), data, out);
    }

    /** A serialized scalar or enum value: the common kinds written directly, others (a custom scalar's JSON) by Jackson. */
    private static void leaf(Object value, JsonGenerator out) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Double number) {
            out.writeNumber(number);
        } else if (value == null) {
            out.writeNull();
        } else {
            JSON.writeValue(out, value);
        }
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
