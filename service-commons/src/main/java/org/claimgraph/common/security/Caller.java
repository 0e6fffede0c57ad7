package org.claimgraph.common.security;

import java.util.Optional;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The credentials of the request being served, for calls this service makes on the caller's behalf (claims-service
 * calling sources-service during ingestion): the caller's own token goes along, so the other service checks the same
 * roles; and who that is, for the history of their changes. Kept in the request's Vert.x context, which resolvers
 * and their continuations run on.
 */
public record Caller(String authorization, String name) {

    private static final String KEY = Caller.class.getName();

    public static final Caller ANONYMOUS = new Caller(null, null);

    /** The caller of the current request; anonymous outside one. Read it before any asynchronous step. */
    public static Caller current() {
        Context context = Vertx.currentContext();
        Object caller = context == null ? null : context.getLocal(KEY);
        return caller instanceof Caller known ? known : ANONYMOUS;
    }

    static void remember(String authorization, String name) {
        Context context = Vertx.currentContext();
        if (context != null && authorization != null) {
            context.putLocal(KEY, new Caller(authorization, name));
        }
    }

    /** Who the token names (its subject), for the history of what they change; empty when anonymous. */
    public Optional<String> who() {
        return Optional.ofNullable(name);
    }

    /** The name a history entry gives the caller: who the token names, else "anonymous"; at most 200 characters. */
    public String actorName() {
        String who = name == null ? "" : name.strip();
        return who.isEmpty() ? "anonymous" : who.substring(0, Math.min(who.length(), 200));
    }

    public Optional<String> authorizationHeader() {
        return Optional.ofNullable(authorization);
    }
}
