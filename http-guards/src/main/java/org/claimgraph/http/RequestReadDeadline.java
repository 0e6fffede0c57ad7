package org.claimgraph.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request must arrive whole within {@code claimgraph.http.request-read-timeout} (5 s): a body shorter than its
 * Content-Length, or one sent a byte at a time, would otherwise hold a connection (and a request slot) until the
 * idle timeout. The deadline covers reading the request only, not the time taken to answer it, so a slow mutation
 * is not cut. Past it the answer is 408 and the connection is closed.
 */
@ApplicationScoped
public class RequestReadDeadline {

    @ConfigProperty(name = "claimgraph.http.request-read-timeout", defaultValue = "5s")
    java.time.Duration timeout;

    void routes(@Observes Router router, Vertx vertx) {
        router.route().order(-1000).handler(context -> guard(context, vertx));
    }

    private void guard(RoutingContext context, Vertx vertx) {
        if (!context.request().isEnded()) {
            long timer = vertx.setTimer(timeout.toMillis(), fired -> {
                if (!context.request().isEnded() && !context.response().ended()) {
                    context.response().setStatusCode(408).putHeader("content-type", "application/json")
                            .putHeader("connection", "close")
                            .end("{\"errors\":[{\"message\":\"The request did not arrive within " + timeout.toSeconds()
                                    + " s (claimgraph.http.request-read-timeout)\",\"extensions\":{\"code\":\"REQUEST_TIMEOUT\"}}]}")
                            .onComplete(ended -> context.request().connection().close());
                }
            });
            context.addEndHandler(ended -> vertx.cancelTimer(timer));
        }
        context.next();
    }
}
