package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.JsonValue;

/** Adds {@code extensions.retryable}: whether sending the same request again may succeed. */
public class RetryableErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "retryable";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof UnavailableException) {
            return JsonValue.TRUE;
        }
        if (exception instanceof ApiException) {
            return JsonValue.FALSE;
        }
        return null;
    }
}
