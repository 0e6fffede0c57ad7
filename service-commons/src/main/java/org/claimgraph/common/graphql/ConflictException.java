package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The input is valid on its own but contradicts what is already stored. Nothing was written. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String field, String reason) {
        super(field, reason);
    }
}
