package org.claimgraph.common.security;

import java.util.Optional;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The credentials of the request being served, for calls this service makes on the caller's behalf (claims-service
 * calling sources-service during ingestion): the caller's own token goes along, so the other service checks the same
 * roles. Kept in the request's Vert.x context, which resolvers and their continuations run on.
 */
public record Caller(String authorization) {

    private static final String KEY = Caller.class.getName();

    public static final Caller ANONYMOUS = new Caller(null);

    /** The caller of the current request; anonymous outside one. Read it before any asynchronous step. */
    public static Caller current() {
        Context context = Vertx.currentContext();
        Object caller = context == null ? null : context.getLocal(KEY);
        return caller instanceof Caller known ? known : ANONYMOUS;
    }

    static void remember(String authorization) {
        Context context = Vertx.currentContext();
        if (context != null && authorization != null) {
            context.putLocal(KEY, new Caller(authorization));
        }
    }

    public Optional<String> authorizationHeader() {
        return Optional.ofNullable(authorization);
    }
}
