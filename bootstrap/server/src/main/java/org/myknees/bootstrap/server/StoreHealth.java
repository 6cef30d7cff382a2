package org.myknees.bootstrap.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready and live while the store answers; {@code /health/ready} and {@code /health/live} report it. */
@Readiness
@Liveness
@ApplicationScoped
public class StoreHealth implements HealthCheck {

    @Inject
    Stores stores;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = stores.reachable().getAsBoolean();
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.named("store").status(up).withData("kind", stores.name()).build();
    }
}
