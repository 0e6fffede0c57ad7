package org.claimgraph.common.requests;

/**
 * Why a GraphQL request is refused before it runs: a GraphQL error's {@code extensions.code}, the argument or input
 * field at fault ({@code input.best}), or the setting whose limit it broke ({@code extensions.limit}).
 */
public final class RequestViolation extends RuntimeException {

    private final String code;
    private final String field;
    private final String limit;
    private final boolean notGraphQL;

    private RequestViolation(String code, String field, String limit, boolean notGraphQL, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.limit = limit;
        this.notGraphQL = notGraphQL;
    }

    /** A value the schema's types would accept but the service cannot store or would read wrongly. */
    public static RequestViolation badInput(String field, String reason) {
        return new RequestViolation("BAD_USER_INPUT", field, null, false, field + ": " + reason);
    }

    /** The document is larger than a setting allows. */
    public static RequestViolation limit(String code, String setting, String message) {
        return new RequestViolation(code, null, setting, false, message);
    }

    /** The document does not parse or does not validate. */
    public static RequestViolation document(String code, String message) {
        return new RequestViolation(code, null, null, false, message);
    }

    /** The body is not a GraphQL request at all (HTTP 400 whatever the client accepts). */
    public static RequestViolation malformedRequest(String reason) {
        return new RequestViolation("BAD_REQUEST", null, null, true, reason);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String limit() {
        return limit;
    }

    public boolean notGraphQL() {
        return notGraphQL;
    }
}
