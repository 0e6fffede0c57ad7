package org.claimgraph.gateway.execution;

import java.util.LinkedHashMap;

import java.util.Map;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;

/**
 * The gateway's executable API schema. graphql-java validates requests against it, answers introspection, and shapes
 * the response from the data the subgraphs returned: every field reads its response key from its parent's data, the
 * root fields from the plan's result, abstract types resolve by {@code __typename}, custom scalars pass through.
 */
public final class ApiSchema {

    private ApiSchema() {
    }

    public static GraphQLSchema build(Document document) {
        return build(document, RESULT_KEY_FETCHER);
    }

    /**
     * The same schema wired to read fields by name without building a {@code DataFetchingEnvironment} per field:
     * right for documents without aliases (where name and response key agree), and a third cheaper to execute.
     */
    static GraphQLSchema buildForDocumentsWithoutAliases(Document document) {
        return build(document, NAME_FETCHER);
    }

    private static GraphQLSchema build(Document document, DataFetcher<Object> fetcher) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new PassThroughWiring(fetcher)).build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().buildRegistry(document), wiring);
    }

    /** Reads a field by its response key (alias or name): the planner asked the subgraphs under the same keys. */
    static final DataFetcher<Object> RESULT_KEY_FETCHER = environment -> {
        Object source = environment.getSource();
        String key = environment.getField().getResultKey();
        if (source instanceof Map<?, ?> data) {
            return data.get(key);
        }
        if (source instanceof PlanRun run) {
            return run.data(environment).thenApply(data -> data.get(key));
        }
        return null;
    };

    private static final LightDataFetcher<Object> NAME_FETCHER = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
            if (source instanceof Map<?, ?> data) {
                return data.get(field.getName());
            }
            if (source instanceof PlanRun run) {
                String name = field.getName();
                return run.data(environment.get()).thenApply(data -> data.get(name));
            }
            return null;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return RESULT_KEY_FETCHER.get(environment);
        }
    };

    private static final TypeResolver BY_TYPENAME = environment -> {
        Object object = environment.getObject();
        Object typename = object instanceof Map<?, ?> data ? data.get("__typename") : null;
        return typename != null && environment.getSchema().getType(typename.toString()) instanceof GraphQLObjectType concrete ? concrete : null;
    };

    private static final class PassThroughWiring implements WiringFactory {

        private final DataFetcher<Object> fetcher;

        PassThroughWiring(DataFetcher<Object> fetcher) {
            this.fetcher = fetcher;
        }

        @Override
        public boolean providesScalar(ScalarWiringEnvironment environment) {
            return !graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
        }

        @Override
        public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
            return GraphQLScalarType.newScalar().name(environment.getScalarTypeDefinition().getName())
                    .description(environment.getScalarTypeDefinition().getDescription() == null ? null
                            : environment.getScalarTypeDefinition().getDescription().getContent())
                    .coercing(PASS_THROUGH).build();
        }

        @Override
        public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
            return BY_TYPENAME;
        }

        @Override
        public boolean providesTypeResolver(UnionWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
            return BY_TYPENAME;
        }

        @Override
        public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
            return fetcher;
        }
    }

    /** Custom scalars are the subgraphs' business: the gateway forwards what it gets and returns what they return. */
    public static final Coercing<Object, Object> PASS_THROUGH = new Coercing<>() {
        @Override
        public Object serialize(Object value, GraphQLContext context, java.util.Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, java.util.Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, java.util.Locale locale) {
            return literal(input, variables);
        }
    };

    private static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue string) {
            return string.getValue();
        } else if (value instanceof IntValue integer) {
            return integer.getValue();
        } else if (value instanceof FloatValue decimal) {
            return decimal.getValue();
        } else if (value instanceof BooleanValue bool) {
            return bool.isValue();
        } else if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        } else if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        } else if (value instanceof ArrayValue array) {
            return array.getValues().stream().map(item -> literal(item, variables)).toList();
        } else if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), literal(field.getValue(), variables)));
            return fields;
        }
        return null;
    }

}
