package org.claimgraph.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.limits.QueryLimits;
import org.claimgraph.gateway.planning.PlanningException;
import org.claimgraph.gateway.planning.QueryPlan;
import org.claimgraph.gateway.planning.QueryPlanner;

/**
 * Executes client requests against the supergraph. graphql-java parses, validates and coerces (documents are cached
 * with their verdict, limits included); the plan, cached per document, operation and boolean variables (the only
 * ones {@code @skip}/{@code @include} can read), fetches the data; graphql-java then shapes the response from it.
 */
public final class FederatedExecution {

    private static final int CACHE_SIZE = 2_000;

    private final Supergraph supergraph;
    private final QueryPlanner planner;
    private final PlanExecutor executor;
    private final QueryLimits limits;
    private final GraphQL graphQL;
    private final GraphQL graphQLWithoutAliases;
    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
    private final Map<String, Boolean> withoutAliases = new ConcurrentHashMap<>();
    private final Map<PlanKey, QueryPlan> plans = new ConcurrentHashMap<>();
    private final Map<PlanKey, Optional<ResponseShape>> shapes = new ConcurrentHashMap<>();

    public FederatedExecution(Supergraph supergraph, SubgraphClient client, QueryLimits limits) {
        this.supergraph = supergraph;
        this.planner = new QueryPlanner(supergraph);
        this.executor = new PlanExecutor(client, supergraph.subgraphUrls());
        this.limits = limits;
        CachedDocuments cache = new CachedDocuments();
        this.graphQL = GraphQL.newGraphQL(supergraph.apiSchema()).preparsedDocumentProvider(cache).build();
        this.graphQLWithoutAliases = GraphQL.newGraphQL(ApiSchema.buildForDocumentsWithoutAliases(supergraph.apiDocument()))
                .preparsedDocumentProvider(cache).build();
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    /**
     * Executes one request; the future always completes with a GraphQL response (data and/or errors).
     * {@code headers} go with every subgraph request (the trace context).
     * <p>
     * A valid query runs its cached plan and {@link ResponseShape} straight away; when the document does not validate,
     * the plan cannot be made, or the answer would carry an error, graphql-java executes it (over the data already
     * fetched, if any), with the errors it reports.
     */
    public CompletableFuture<Map<String, Object>> execute(String query, String operationName, Map<String, Object> variables,
            Map<String, String> headers) {
        return answer(query, operationName, variables, headers).thenApply(Answer::response);
    }

    /**
     * The same, for the HTTP endpoint: a response {@link ResponseShape} shaped comes as the JSON it wrote, ready to
     * send; any other as its map.
     */
    public CompletableFuture<Answer> answer(String query, String operationName, Map<String, Object> variables,
            Map<String, String> headers) {
        Map<String, Object> safeVariables = variables == null ? Map.of() : variables;
        Map<String, String> safeHeaders = headers == null ? Map.<String, String>of() : headers;
        Prepared prepared = prepared(query, operationName, safeVariables);
        if (prepared == null) {
            return executeWithGraphQL(query, operationName, safeVariables, new PlanRun(this, query, safeVariables, safeHeaders))
                    .thenApply(Answer::of);
        }
        return run(prepared.plan(), safeVariables, safeHeaders).thenCompose(outcome -> {
            if (outcome.executed() && outcome.errors().isEmpty()) {
                try {
                    return CompletableFuture.completedFuture(Answer.shaped(prepared.shape().json(outcome.data())));
                } catch (ResponseShape.Unshapeable needsErrors) {
                    // graphql-java shapes it below, reporting what does not fit the schema
                }
            }
            return executeWithGraphQL(query, operationName, safeVariables, new PlanRun(this, query, safeVariables, safeHeaders, outcome))
                    .thenApply(Answer::of);
        });
    }

    private CompletableFuture<Map<String, Object>> executeWithGraphQL(String query, String operationName, Map<String, Object> variables,
            PlanRun run) {
        ExecutionInput input = ExecutionInput.newExecutionInput(query).operationName(operationName).variables(variables)
                .root(run).build();
        GraphQL engine = Boolean.TRUE.equals(withoutAliases.get(query)) ? graphQLWithoutAliases : graphQL;
        return engine.executeAsync(input).thenCompose(result -> {
            CompletableFuture<Outcome> outcome = run.outcome();
            return outcome == null ? CompletableFuture.completedFuture(respond(result, null)) : outcome.thenApply(o -> respond(result, o));
        });
    }

    /**
     * The plan and response shape of a query whose document is valid, or null when graphql-java must take the
     * request: a document that does not validate or is refused, a mutation, variables that do not fit, a plan that
     * cannot be made.
     */
    private Prepared prepared(String query, String operationName, Map<String, Object> variables) {
        PreparsedDocumentEntry entry = document(query, operationName, variables);
        if (entry == null || entry.hasErrors()) {
            return null;
        }
        Document document = entry.getDocument();
        OperationDefinition operation;
        Map<String, Object> coerced;
        try {
            operation = graphql.language.NodeUtil.getOperation(document, operationName).operationDefinition;
            if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                return null;
            }
            coerced = operation.getVariableDefinitions().isEmpty() ? Map.of()
                    : ValuesResolver.coerceVariableValues(supergraph.apiSchema(), operation.getVariableDefinitions(),
                            RawVariables.of(variables), GraphQLContext.getDefault(), Locale.getDefault()).toMap();
        } catch (RuntimeException unknownOperationOrBadVariables) {
            return null;
        }
        PlanKey key = planKey(query, operation, variables);
        Optional<ResponseShape> shape = bounded(shapes).computeIfAbsent(key, k -> {
            try {
                return Optional.of(ResponseShape.of(supergraph.apiSchema(), document, operation, coerced));
            } catch (ResponseShape.Unshapeable notHere) {
                return Optional.empty();
            }
        });
        if (shape.isEmpty()) {
            return null;
        }
        try {
            return new Prepared(plan(key, document, operation, variables), shape.get());
        } catch (PlanningException unplannable) {
            return null;
        }
    }

    private record Prepared(QueryPlan plan, ResponseShape shape) {
    }

    QueryPlan plan(String query, Document document, OperationDefinition operation, Map<String, Object> variables) {
        return plan(planKey(query, operation, variables), document, operation, variables);
    }

    private QueryPlan plan(PlanKey key, Document document, OperationDefinition operation, Map<String, Object> variables) {
        return bounded(plans).computeIfAbsent(key, k -> planner.plan(document, operation, variables));
    }

    private static PlanKey planKey(String query, OperationDefinition operation, Map<String, Object> variables) {
        StringBuilder conditions = new StringBuilder();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (definition.getType() instanceof TypeName name && name.getName().equals("Boolean")
                    || definition.getType() instanceof graphql.language.NonNullType nonNull
                            && nonNull.getType() instanceof TypeName name2 && name2.getName().equals("Boolean")) {
                conditions.append(definition.getName()).append('=').append(variables.get(definition.getName())).append(',');
            }
        }
        return new PlanKey(query, operation.getName(), conditions.toString());
    }

    /** The plan the gateway would run for a query (for tests and diagnostics). */
    public QueryPlan explain(String query, String operationName, Map<String, Object> variables) {
        Document document = graphql.parser.Parser.parse(query);
        OperationDefinition operation = graphql.language.NodeUtil.getOperation(document, operationName).operationDefinition;
        return planner.plan(document, operation, variables);
    }

    CompletableFuture<Outcome> run(QueryPlan plan, Map<String, Object> variables, Map<String, String> headers) {
        return executor.execute(plan, variables, headers);
    }

    private Map<String, Object> respond(ExecutionResult result, Outcome outcome) {
        Map<String, Object> response = new LinkedHashMap<>();
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            if (outcome == null || !(error instanceof NonNullableFieldWasNullError) || !explained(error.getPath(), outcome)) {
                errors.add(error);
            }
        }
        if (outcome != null) {
            errors.addAll(outcome.errors());
        }
        if (!errors.isEmpty()) {
            response.put("errors", errors.stream().map(FederatedExecution::specification).toList());
        }
        if (outcome != null && !outcome.executed()) {
            response.put("data", null);
        } else if (result.isDataPresent()) {
            response.put("data", result.getData());
        }
        if (result.getExtensions() != null) {
            response.put("extensions", result.getExtensions());
        }
        return response;
    }

    /** The error as the spec prints it, without the empty {@code locations} of errors that have none. */
    private static Map<String, Object> specification(GraphQLError error) {
        Map<String, Object> printed = error.toSpecification();
        if (printed.get("locations") instanceof List<?> locations && locations.isEmpty()) {
            printed = new LinkedHashMap<>(printed);
            printed.remove("locations");
        }
        return printed;
    }

    /** Whether a null at {@code path} comes from a subgraph error already reported (at the path or above it). */
    private static boolean explained(List<Object> path, Outcome outcome) {
        if (path == null) {
            return false;
        }
        for (List<Object> prefix : outcome.explainedPaths()) {
            if (prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A plan depends on the document, the operation, and the boolean variables @skip/@include may read. */
    private record PlanKey(String query, String operation, String conditions) {
    }

    private static <K, V> Map<K, V> bounded(Map<K, V> cache) {
        if (cache.size() > CACHE_SIZE) {
            cache.clear(); // many distinct documents: start over rather than grow without bound
        }
        return cache;
    }

    private final class CachedDocuments implements PreparsedDocumentProvider {
        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return CompletableFuture.completedFuture(bounded(documents).computeIfAbsent(input.getQuery(),
                    query -> withinLimits(query, parseAndValidate.apply(input))));
        }
    }

    /** A valid document with the verdict of the limits (their errors instead when it exceeds one). */
    private PreparsedDocumentEntry withinLimits(String query, PreparsedDocumentEntry entry) {
        if (entry.hasErrors()) {
            return entry;
        }
        List<GraphQLError> refused = limits.check(entry.getDocument());
        bounded(withoutAliases).put(query, QueryLimits.aliasFree(entry.getDocument()));
        return refused.isEmpty() ? entry : new PreparsedDocumentEntry(refused);
    }

    /**
     * The cached entry of a query's document; a document seen for the first time is parsed and validated here, and
     * kept when valid (graphql-java reports the errors of one that is not, in its own words).
     */
    private PreparsedDocumentEntry document(String query, String operationName, Map<String, Object> variables) {
        PreparsedDocumentEntry entry = documents.get(query);
        if (entry != null) {
            return entry;
        }
        ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(supergraph.apiSchema(),
                ExecutionInput.newExecutionInput(query).operationName(operationName).variables(variables).build());
        if (parsed.isFailure()) {
            return null;
        }
        return bounded(documents).computeIfAbsent(query, q -> withinLimits(q, new PreparsedDocumentEntry(parsed.getDocument())));
    }
}
