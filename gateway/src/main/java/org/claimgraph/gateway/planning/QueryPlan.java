package org.claimgraph.gateway.planning;

import java.util.List;

import graphql.language.OperationDefinition;

/**
 * How one operation is executed, step by step. A query is one step: its root fetches in parallel, then level by
 * level the entity batches, one request per subgraph per level, each level in parallel. A mutation has one step per
 * root fetch, in order, so the entity fetches of one mutation's result run before the next mutation.
 */
public record QueryPlan(OperationDefinition.Operation operation, List<Step> steps) {

    /** Root fetches and the entity batches that complete their data. */
    public record Step(List<Fetch> rootFetches, List<List<EntityBatch>> levels) {
    }

    /** All root fetches, in order. */
    public List<Fetch> rootFetches() {
        return steps.stream().flatMap(step -> step.rootFetches().stream()).toList();
    }

    /** All levels of entity batches, step after step. */
    public List<List<EntityBatch>> levels() {
        return steps.stream().flatMap(step -> step.levels().stream()).toList();
    }

    public int requestCount() {
        return rootFetches().size() + levels().stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(operation.name()).append('\n');
        for (Step step : steps) {
            step.rootFetches().forEach(fetch -> text.append("  ").append(fetch.subgraph()).append(": ").append(fetch.selectionText()).append('\n'));
            for (int level = 0; level < step.levels().size(); level++) {
                for (EntityBatch batch : step.levels().get(level)) {
                    text.append("    level ").append(level + 1).append(' ').append(batch.subgraph()).append(": ").append(batch.query()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
