package org.claimgraph.gateway.warmup;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the warm-up runs: the first requests a load balancer sends then meet a warm gateway. */
@Readiness
@Singleton
class WarmUpCheck implements HealthCheck {

    private final WarmUp warmUp;

    WarmUpCheck(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmUp.done()).withData("state", warmUp.done() ? "done" : "running").build();
    }
}
