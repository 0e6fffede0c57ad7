package org.claimgraph.gateway.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.claimgraph.gateway.planning.PlanningException;
import org.claimgraph.gateway.planning.QueryPlan;

/**
 * One request's run of its plan, started by the first root field graphql-java resolves (after it has validated the
 * document and coerced the variables, so nothing is fetched for a request that is refused) and shared by the others.
 */
final class PlanRun {

    private final FederatedExecution execution;
    private final String query;
    private final Map<String, Object> variables;
    private final Map<String, String> headers;
    private CompletableFuture<Outcome> outcome;

    PlanRun(FederatedExecution execution, String query, Map<String, Object> variables, Map<String, String> headers) {
        this.execution = execution;
        this.query = query;
        this.variables = variables;
        this.headers = headers;
    }

    /** A run whose plan has run already: graphql-java shapes its outcome, fetching nothing again. */
    PlanRun(FederatedExecution execution, String query, Map<String, Object> variables, Map<String, String> headers, Outcome outcome) {
        this(execution, query, variables, headers);
        this.outcome = CompletableFuture.completedFuture(outcome);
    }

    synchronized CompletableFuture<Map<String, Object>> data(DataFetchingEnvironment environment) {
        if (outcome == null) {
            outcome = start(environment);
        }
        return outcome.thenApply(Outcome::data);
    }

    private CompletableFuture<Outcome> start(DataFetchingEnvironment environment) {
        QueryPlan plan;
        try {
            plan = execution.plan(query, environment.getDocument(), environment.getOperationDefinition(), variables);
        } catch (PlanningException e) {
            return CompletableFuture.completedFuture(Outcome.unplanned(
                    GraphqlErrorBuilder.newError().errorType(graphql.ErrorClassification.errorClassification("PlanningFailed"))
                            .message("The query cannot be planned: %s", e.getMessage())
                            .extensions(Map.of("code", "QUERY_PLANNING_FAILED")).build()));
        }
        return execution.run(plan, variables, headers);
    }

    /** The outcome, if the plan ran (introspection-only requests never start it). */
    synchronized CompletableFuture<Outcome> outcome() {
        return outcome;
    }
}
