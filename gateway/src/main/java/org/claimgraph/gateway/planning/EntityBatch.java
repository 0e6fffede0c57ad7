package org.claimgraph.gateway.planning;

import java.util.List;
import java.util.Set;

/**
 * All entity fetches of one plan level that go to one subgraph, sent as one request. Fetches whose selections do not
 * conflict share one {@code _entities} field (and their representations are de-duplicated); the others get their
 * own aliased {@code _entities} field in the same request.
 */
public record EntityBatch(String subgraph, String query, List<EntitiesField> fields, Set<String> variables) {

    /** One aliased {@code _entities(representations: $variable)} field of the batch and the fetches it serves. */
    public record EntitiesField(String alias, String variable, List<Fetch> fetches) {
    }
}
