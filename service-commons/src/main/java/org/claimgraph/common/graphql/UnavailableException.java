package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A service this one depends on did not answer in time or refused; nothing was written here and the same request
 * may be sent again. Carries {@code extensions.retryable = true}.
 */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends ApiException {

    public UnavailableException(String service, String reason) {
        super(null, service + " is unavailable (" + reason + "); nothing was stored, retry later");
    }
}
