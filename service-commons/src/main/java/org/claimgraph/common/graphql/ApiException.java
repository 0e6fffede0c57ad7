package org.claimgraph.common.graphql;

/**
 * An error the client caused or can act on. Its message is shown to the client (see
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}); {@link #field()} names the input at fault and
 * is returned as the {@code field} extension of the GraphQL error.
 */
public abstract class ApiException extends RuntimeException {

    private final String field;

    protected ApiException(String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
