package org.claimgraph.gateway.planning;

import java.util.List;

import graphql.language.OperationDefinition;

/**
 * How one operation is executed: the root fetches (in parallel for a query, in order for a mutation), then level by
 * level the entity batches, one request per subgraph per level, each level in parallel.
 */
public record QueryPlan(OperationDefinition.Operation operation, List<Fetch> rootFetches, List<List<EntityBatch>> levels) {

    public int requestCount() {
        return rootFetches.size() + levels.stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(operation.name()).append('\n');
        rootFetches.forEach(fetch -> text.append("  ").append(fetch.subgraph()).append(": ").append(fetch.selectionText()).append('\n'));
        for (int level = 0; level < levels.size(); level++) {
            for (EntityBatch batch : levels.get(level)) {
                text.append("  level ").append(level + 1).append(' ').append(batch.subgraph()).append(": ").append(batch.query()).append('\n');
            }
        }
        return text.toString();
    }
}
