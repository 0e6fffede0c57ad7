package org.claimgraph.gateway.planning;

/** A valid query this gateway cannot split across the subgraphs (the supergraph offers no way to reach a field). */
public class PlanningException extends RuntimeException {

    public PlanningException(String message) {
        super(message);
    }
}
