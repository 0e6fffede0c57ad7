package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The input breaks a rule: malformed, out of range or inconsistent with another input. Nothing was written. */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInputException extends ApiException {

    public InvalidInputException(String field, String reason) {
        super(field, reason);
    }
}
