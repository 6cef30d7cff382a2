package org.myknees.bootstrap.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.myknees.application.categorization.port.out.CategorySuggester;

/**
 * Reports the categorization model's state in {@code /health} and {@code /health/started}. Always up: without
 * the model categorization still works from rules, corrections and merchant knowledge, so a missing model is news, not an outage.
 */
@Startup
@ApplicationScoped
public class CategorizationHealth implements HealthCheck {

    @Inject
    CategorySuggester model;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("categorization").up().withData("model", model.status()).build();
    }
}
