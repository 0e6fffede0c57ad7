package org.claimgraph.gateway.composition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.SelectionSet;

/**
 * Where one type of the supergraph lives: which subgraphs define it, which subgraphs resolve each of its fields, and
 * the {@code @key}s each subgraph can resolve the type by (its entry points for {@code _entities}).
 *
 * @param subgraphs the subgraphs that define the type, in configuration order
 * @param fieldSubgraphs for each field, the subgraphs that can resolve it, in configuration order
 * @param keys for each subgraph, the resolvable keys it declares, each a parsed field set
 */
public record TypePlacement(String name, Set<String> subgraphs, Map<String, List<String>> fieldSubgraphs,
        Map<String, List<SelectionSet>> keys) {

    public List<String> subgraphsResolving(String field) {
        return fieldSubgraphs.getOrDefault(field, List.of());
    }

    public List<SelectionSet> keysIn(String subgraph) {
        return keys.getOrDefault(subgraph, List.of());
    }
}
