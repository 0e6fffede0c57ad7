package org.claimgraph.gateway.execution;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;

/**
 * The result of running a plan: the merged data, the errors of the subgraphs (paths rewritten to the client's
 * response), and the paths those errors already explain, so that the nulls they cause are not reported twice.
 */
record Outcome(Map<String, Object> data, List<GraphQLError> errors, List<List<Object>> explainedPaths) {
}
