package org.claimgraph.common.requests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import org.claimgraph.common.graphql.Paging;

/**
 * What graphql-java's validation lets through and SmallRye GraphQL then reads wrongly or fails on: an {@code Int}
 * outside 32 bits (SmallRye narrows it silently: 2^63 became 0), a {@code Date} that is not one (answered with a
 * class name), a NUL character (PostgreSQL cannot store it), and documents too deep, too wide or with too many
 * aliases. Literals and variables are checked against the type of the place they are used, so an error names the
 * argument or input field ({@code input.best}, {@code filter.from}).
 */
public final class DocumentChecks {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** The settings behind the limits, named in {@code extensions.limit}. */
    public record Limits(int maxDepth, int maxAliases, int maxFields) {
        static final String DEPTH = "claimgraph.graphql.limits.max-depth";
        static final String ALIASES = "claimgraph.graphql.limits.max-aliases";
        static final String FIELDS = "claimgraph.graphql.limits.max-fields";
    }

    private final GraphQLSchema schema;
    private final Limits limits;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private int aliases;
    private int fields;

    private DocumentChecks(GraphQLSchema schema, Limits limits, Map<String, Object> variables) {
        this.schema = schema;
        this.limits = limits;
        this.variables = variables == null ? Map.of() : variables;
    }

    /** Throws the first {@link RequestViolation} of the document with these variables. */
    public static void check(Document document, Map<String, Object> variables, GraphQLSchema schema, Limits limits) {
        new DocumentChecks(schema, limits, variables).check(document);
    }

    private void check(Document document) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                GraphQLObjectType root = switch (operation.getOperation()) {
                    case MUTATION -> schema.getMutationType();
                    case SUBSCRIPTION -> schema.getSubscriptionType();
                    default -> schema.getQueryType();
                };
                selections(operation.getSelectionSet(), root, 1, new HashSet<>());
            }
        }
    }

    private void selections(SelectionSet selectionSet, GraphQLType parent, int depth, Set<String> spreading) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                field(field, parent, depth, spreading);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName());
                selections(inline.getSelectionSet(), on, depth, spreading);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && spreading.add(spread.getName())) { // a cycle is graphql-java's to report
                    selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), depth, spreading);
                    spreading.remove(spread.getName());
                }
            }
        }
    }

    private void field(Field field, GraphQLType parent, int depth, Set<String> spreading) {
        if (depth > limits.maxDepth()) {
            throw RequestViolation.limit("QUERY_TOO_DEEP", Limits.DEPTH,
                    "the query is nested deeper than " + limits.maxDepth() + " levels (at " + field.getName() + ")");
        }
        if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
            throw RequestViolation.limit("QUERY_TOO_MANY_ALIASES", Limits.ALIASES,
                    "the query has more than " + limits.maxAliases() + " aliases");
        }
        if (++fields > limits.maxFields()) {
            throw RequestViolation.limit("QUERY_TOO_MANY_FIELDS", Limits.FIELDS,
                    "the query selects more than " + limits.maxFields() + " fields, fragments counted where they are spread");
        }
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(field.getName()) : null;
        for (Argument argument : field.getArguments()) {
            var argumentDefinition = definition == null ? null : definition.getArgument(argument.getName());
            if (argumentDefinition != null) {
                literal(argumentDefinition.getType(), argument.getValue(), argument.getName());
                if ("first".equals(argument.getName())) {
                    pageSize(argument.getValue());
                }
                if ("_entities".equals(field.getName()) && "representations".equals(argument.getName())) {
                    representations(argument.getValue());
                }
            }
        }
        GraphQLType type = definition == null ? null : unwrapped(definition.getType());
        selections(field.getSelectionSet(), type, depth + 1, spreading);
    }

    /**
     * Every {@code first} of both subgraphs is a page size. Checked here as well as by the resolvers because a batch
     * resolver's error (Source.claims, Document.claims) reaches the client as "System error".
     */
    private void pageSize(Value<?> value) {
        Object given = value instanceof VariableReference variable ? variables.get(variable.getName())
                : value instanceof IntValue literal ? literal.getValue() : null;
        if (given instanceof Number number) {
            BigInteger whole = wholeNumber(number);
            int max = Paging.maxPageSize();
            if (whole != null && (whole.signum() < 1 || whole.compareTo(BigInteger.valueOf(max)) > 0)) {
                throw RequestViolation.badInput("first", "must be between 1 and " + max + ", was " + whole);
            }
        }
    }

    /**
     * Federation's {@code _entities}: each representation names an entity type of this subgraph and carries its key
     * fields as strings; anything else would fail inside SmallRye with a message of its own internals.
     */
    @SuppressWarnings("unchecked")
    private void representations(Value<?> value) {
        List<Object> representations;
        if (value instanceof VariableReference variable) {
            Object given = variables.get(variable.getName());
            representations = given instanceof List<?> list ? (List<Object>) list : given == null ? List.of() : List.of(given);
        } else if (value instanceof ArrayValue array) {
            representations = array.getValues().stream().map(DocumentChecks::plain).toList();
        } else {
            representations = List.of(plain(value));
        }
        GraphQLType entityUnion = schema.getType("_Entity");
        for (int i = 0; i < representations.size(); i++) {
            String path = "representations[" + i + "]";
            if (!(representations.get(i) instanceof Map<?, ?> representation)) {
                throw RequestViolation.badInput(path, "must be an object with __typename and the entity's key fields");
            }
            Object typename = representation.get("__typename");
            GraphQLType type = typename instanceof String name ? schema.getType(name) : null;
            boolean entity = type instanceof GraphQLObjectType && entityUnion instanceof GraphQLUnionType union
                    && union.isPossibleType((GraphQLObjectType) type);
            if (!entity) {
                throw RequestViolation.badInput(path + ".__typename", "must name an entity of this subgraph, was "
                        + (typename instanceof String name ? "'" + printable(name) + "'" : String.valueOf(typename)));
            }
            for (String key : keyFields((GraphQLObjectType) type)) {
                Object keyValue = representation.get(key);
                if (!(keyValue instanceof String) && !(keyValue instanceof Number)) {
                    throw RequestViolation.badInput(path + "." + key, "the key field " + key + " of " + typename + " is missing");
                }
            }
        }
    }

    /** The plain fields of the type's {@code @key} directives ({@code @key(fields: "id")}: id). */
    @SuppressWarnings("deprecation") // SmallRye attaches @key as a (non-applied) directive definition
    private static Set<String> keyFields(GraphQLObjectType type) {
        Set<String> keys = new HashSet<>();
        List<Object> values = new java.util.ArrayList<>();
        type.getAppliedDirectives("key").forEach(key -> {
            if (key.getArgument("fields") != null) {
                values.add(key.getArgument("fields").getValue());
            }
        });
        type.getDirectives("key").forEach(key -> {
            if (key.getArgument("fields") != null) {
                values.add(key.getArgument("fields").toAppliedArgument().getValue());
            }
        });
        for (Object value : values) {
            if (value instanceof String names && !names.contains("{")) {
                keys.addAll(List.of(names.trim().split("\\s+")));
            }
        }
        return keys;
    }

    /** A literal as the plain value a JSON variable would have been. */
    private static Object plain(Value<?> value) {
        if (value instanceof StringValue s) {
            return s.getValue();
        }
        if (value instanceof IntValue i) {
            return i.getValue();
        }
        if (value instanceof FloatValue f) {
            return f.getValue();
        }
        if (value instanceof graphql.language.BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new HashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), plain(field.getValue())));
            return fields;
        }
        if (value instanceof ArrayValue array) {
            return array.getValues().stream().map(DocumentChecks::plain).toList();
        }
        return null;
    }

    private void literal(GraphQLInputType type, Value<?> value, String path) {
        if (value instanceof VariableReference variable) {
            if (variables.containsKey(variable.getName())) {
                variable(type, variables.get(variable.getName()), path);
            }
            return;
        }
        GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (inner instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                List<Value> values = array.getValues();
                for (int i = 0; i < values.size(); i++) {
                    literal(element, values.get(i), path + "[" + i + "]");
                }
            } else {
                literal(element, value, path);
            }
        } else if (inner instanceof GraphQLInputObjectType object && value instanceof ObjectValue fieldsGiven) {
            for (ObjectField given : fieldsGiven.getObjectFields()) {
                GraphQLInputObjectField fieldDefinition = object.getField(given.getName());
                if (fieldDefinition != null) {
                    literal(fieldDefinition.getType(), given.getValue(), path + "." + given.getName());
                }
            }
        } else if (inner instanceof GraphQLScalarType scalar) {
            scalar(scalar.getName(), plain(value), path, value instanceof StringValue || value instanceof IntValue || value instanceof FloatValue);
        }
    }

    @SuppressWarnings("unchecked")
    private void variable(GraphQLInputType type, Object value, String path) {
        if (value == null) {
            return;
        }
        GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (inner instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    variable(element, values.get(i), path + "[" + i + "]");
                }
            } else {
                variable(element, value, path);
            }
        } else if (inner instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fieldsGiven) {
            for (Map.Entry<String, Object> given : ((Map<String, Object>) fieldsGiven).entrySet()) {
                GraphQLInputObjectField fieldDefinition = object.getField(given.getKey());
                if (fieldDefinition != null) {
                    variable(fieldDefinition.getType(), given.getValue(), path + "." + given.getKey());
                }
            }
        } else if (inner instanceof GraphQLScalarType scalar) {
            scalar(scalar.getName(), value, path, true);
        }
    }

    /** {@code plain} is a literal's or a JSON variable's value: String, a number, Boolean, Map or List. */
    @SuppressWarnings("unchecked")
    private void scalar(String scalar, Object plain, String path, boolean plainValue) {
        switch (scalar) {
            case "Int" -> {
                if (plain instanceof Number number) {
                    BigInteger whole = wholeNumber(number);
                    if (whole == null) {
                        throw RequestViolation.badInput(path, "must be a whole number, was " + number);
                    }
                    if (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0) {
                        throw RequestViolation.badInput(path, "must be a 32-bit Int (-2147483648 to 2147483647), was " + whole);
                    }
                } else if (plainValue) {
                    throw RequestViolation.badInput(path, "must be an Int");
                }
            }
            case "Date" -> {
                if (!(plain instanceof String text)) {
                    if (plainValue) {
                        throw RequestViolation.badInput(path, "must be a date written YYYY-MM-DD, as a string");
                    }
                    return;
                }
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException malformed) {
                    throw RequestViolation.badInput(path, "not a date: '" + printable(text) + "' (write YYYY-MM-DD)");
                }
            }
            case "Float", "BigDecimal" -> {
                if (plain instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    throw RequestViolation.badInput(path, "must be a finite number");
                }
            }
            default -> {
                // String, ID, _Any and the other scalars: no NUL anywhere in them (PostgreSQL text cannot hold it)
                nul(plain, path);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void nul(Object value, String path) {
        if (value instanceof String text && text.indexOf('\0') >= 0) {
            throw RequestViolation.badInput(path, "must not contain a NUL character (U+0000)");
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                nul(entry.getValue(), path + "." + entry.getKey());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                nul(list.get(i), path + "[" + i + "]");
            }
        }
    }

    private static BigInteger wholeNumber(Number number) {
        if (number instanceof BigInteger big) {
            return big;
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigInteger.valueOf(number.longValue());
        }
        try {
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigIntegerExact() : null;
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return null;
        }
    }

    /** A value quoted in a message, without control characters that would garble it. */
    static String printable(String text) {
        String shortened = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    private static GraphQLType unwrapped(GraphQLType type) {
        GraphQLType current = type;
        while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
            current = current instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : ((GraphQLList) current).getWrappedType();
        }
        return current;
    }
}
