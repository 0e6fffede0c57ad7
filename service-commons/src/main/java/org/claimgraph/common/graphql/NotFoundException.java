package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** An id names nothing this service holds. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String field, String what, Object id) {
        super(field, "no " + what + " with id " + id);
    }
}
