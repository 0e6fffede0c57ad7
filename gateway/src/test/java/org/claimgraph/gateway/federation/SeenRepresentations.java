package org.claimgraph.gateway.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The representations each {@link TinySubgraph} was asked to resolve, in order, so a test can say what travelled. */
final class SeenRepresentations {

    private final Map<String, List<Map<String, Object>>> bySubgraph = new LinkedHashMap<>();

    /** Records that {@code subgraph} was asked for {@code representation}, and returns its {@code answer}. */
    synchronized Map<String, Object> seen(String subgraph, Map<String, Object> representation, Map<String, Object> answer) {
        bySubgraph.computeIfAbsent(subgraph, s -> new ArrayList<>()).add(representation);
        return answer;
    }

    synchronized List<Map<String, Object>> get(String subgraph) {
        return bySubgraph.get(subgraph);
    }
}
