package org.claimgraph.claims.sources;

import java.util.function.Function;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.mutiny.Uni;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.UnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * sources-service's failures as this service's errors: its answers about the client's input become errors naming our
 * own arguments (the caller decides how), and anything else is an outage the client may retry.
 */
public final class SourcesFailures {

    private static final Logger LOG = Logger.getLogger(SourcesFailures.class);
    private static final String SOURCES_SERVICE = "sources-service";

    private SourcesFailures() {
    }

    /**
     * @param clientError turns one of sources-service's GraphQL errors into ours, or returns null when it is not about
     *        the client's input
     */
    public static <T> Uni<T> translated(Uni<T> call, Function<GraphQLError, ApiException> clientError) {
        return call.onFailure().transform(failure -> translate(failure, clientError));
    }

    /** The {@code extensions.code} of a GraphQL error, or null. */
    public static String code(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code == null ? null : code.toString();
    }

    /** The {@code extensions.field} of a GraphQL error, or null. */
    public static String field(GraphQLError error) {
        Object field = error.getExtensions() == null ? null : error.getExtensions().get("field");
        return field == null ? null : field.toString();
    }

    /** The message of a GraphQL error without the field it starts with. */
    public static String reason(GraphQLError error) {
        return error.getMessage().replaceFirst("^[^:]*: ", "");
    }

    private static Throwable translate(Throwable failure, Function<GraphQLError, ApiException> clientError) {
        if (failure instanceof ApiException) {
            return failure;
        }
        if (failure instanceof GraphQLClientException graphql) {
            for (GraphQLError error : graphql.getErrors()) {
                ApiException ours = clientError.apply(error);
                if (ours != null) {
                    return ours;
                }
            }
            String messages = graphql.getErrors().stream().map(GraphQLError::getMessage).reduce((a, b) -> a + "; " + b)
                    .orElse(graphql.getMessage());
            LOG.warnf("sources-service answered with errors: %s", messages);
            return new UnavailableException(SOURCES_SERVICE, "it answered with an error: " + messages);
        }
        if (failure instanceof TimeoutException) {
            return new UnavailableException(SOURCES_SERVICE, "no answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new UnavailableException(SOURCES_SERVICE, "too many recent failures, calls paused");
        }
        LOG.debugf(failure, "sources-service call failed");
        return new UnavailableException(SOURCES_SERVICE, failure instanceof java.net.ConnectException
                || failure.getCause() instanceof java.net.ConnectException ? "connection refused" : "the call failed");
    }
}
