package org.claimgraph.gateway.execution;

import java.util.List;
import java.util.Map;

/** What a subgraph answered: its {@code data} (null when it failed as a whole) and its {@code errors}. */
record SubgraphResponse(Map<String, Object> data, List<Map<String, Object>> errors) {
}
