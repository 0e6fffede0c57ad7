package org.claimgraph.gateway.federation;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import org.claimgraph.gateway.execution.ApiSchema;

/**
 * A real federation subgraph for tests, over HTTP: graphql-java executes its schema over in-memory objects (maps
 * whose {@code __typename} names their type), its {@code _entities} resolves each representation with a function of
 * the test's, and it records every query it was sent, so a test can say what the gateway asked.
 */
final class TinySubgraph implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GraphQLScalarType ANY = GraphQLScalarType.newScalar().name("_Any").coercing(ApiSchema.PASS_THROUGH).build();

    final List<String> queries = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    /**
     * @param sdl the subgraph's types, without federation directives; {@code _entities} and {@code _Any} are added
     * @param entityTypes the types {@code _entities} may return
     * @param root the root query's data
     * @param entities the object for a representation (null: unknown)
     */
    TinySubgraph(String sdl, List<String> entityTypes, Map<String, Object> root, Function<Map<String, Object>, Map<String, Object>> entities) throws Exception {
        this(sdl, entityTypes, root, entities, wiring -> { });
    }

    /** As above, with {@code fields} adding data fetchers of the test's (for fields whose value depends on arguments). */
    TinySubgraph(String sdl, List<String> entityTypes, Map<String, Object> root, Function<Map<String, Object>, Map<String, Object>> entities,
            java.util.function.Consumer<RuntimeWiring.Builder> fields) throws Exception {
        String full = sdl + "\nscalar _Any\nunion _Entity = " + String.join(" | ", entityTypes)
                + "\nextend type Query { _entities(representations: [_Any!]!): [_Entity]! }";
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(ANY)
                .type(TypeRuntimeWiring.newTypeWiring("Query").dataFetcher("_entities", environment -> {
                    List<Map<String, Object>> representations = environment.getArgument("representations");
                    return representations.stream().map(entities).toList();
                }));
        new SchemaParser().parse(full).types().values().forEach(type -> {
            if (type instanceof graphql.language.InterfaceTypeDefinition || type instanceof graphql.language.UnionTypeDefinition) {
                wiring.type(TypeRuntimeWiring.newTypeWiring(type.getName()).typeResolver(environment -> environment.getSchema()
                        .getObjectType(String.valueOf(((Map<?, ?>) environment.getObject()).get("__typename")))));
            }
        });
        fields.accept(wiring);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(full), wiring.build());
        GraphQL graphQL = GraphQL.newGraphQL(schema).build();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        server.createContext("/graphql", exchange -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> request = JSON.readValue(exchange.getRequestBody(), Map.class);
            String query = String.valueOf(request.get("query"));
            queries.add(query);
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = request.get("variables") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            Map<String, Object> result = graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables).root(root))
                    .toSpecification();
            byte[] answer = JSON.writeValueAsBytes(result);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
