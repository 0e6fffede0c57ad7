package org.claimgraph.common.persistence;

import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * One Hibernate Reactive session per resolver.
 * <p>
 * graphql-java resolves sibling and nested fields concurrently, and every field of a request shares one Vert.x
 * context. Panache keeps its session in that context, so two resolvers would use one session at once, which
 * Hibernate Reactive forbids (HR000069, "Illegal pop()"). Running each resolver on a fresh duplicated context
 * gives it a session of its own, closed when its work completes.
 */
public final class ResolverSessions {

    private ResolverSessions() {
    }

    public static <T> Uni<T> read(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withSession(work));
    }

    public static <T> Uni<T> write(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withTransaction(work));
    }

    /** A transaction that is rolled back at its end whatever happens: for repository tests. */
    public static <T> Uni<T> rolledBack(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withTransaction(() -> Panache.currentTransaction()
                .invoke(transaction -> transaction.markForRollback())
                .chain(ignored -> work.get())));
    }

    private static <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        Context current = Vertx.currentContext();
        if (current == null) {
            return Uni.createFrom().failure(new IllegalStateException("database work must start on a Vert.x context"));
        }
        Context own = VertxContext.createNewDuplicatedContext(current);
        // This context belongs to this resolver alone, which is what Panache asks a context to be marked as.
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored -> Uni.createFrom().<T> deferred(work::get)
                .subscribe().with(emitter::complete, emitter::fail)));
    }
}
