package org.claimgraph.gateway.execution;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;

/**
 * The result of running a plan: the merged data, the errors of the subgraphs (paths rewritten to the client's
 * response), and the paths those errors already explain, so that the nulls they cause are not reported twice. An
 * operation that could not be planned never started executing: like any request error, its response has no data.
 */
record Outcome(Map<String, Object> data, List<GraphQLError> errors, List<List<Object>> explainedPaths, boolean executed) {

    Outcome(Map<String, Object> data, List<GraphQLError> errors, List<List<Object>> explainedPaths) {
        this(data, errors, explainedPaths, true);
    }

    static Outcome unplanned(GraphQLError error) {
        return new Outcome(Map.of(), List.of(error), List.of(List.of()), false);
    }
}
