package org.myknees.adapter.rest.idempotency;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the {@code Idempotency-Key} header on every authenticated POST of the served OpenAPI document, the
 * requests {@link IdempotencyFilter} acts on, so that generated clients offer it as an argument. Added by the
 * document's filter rather than by hand, so a new POST cannot miss it.
 */
public final class IdempotencyKeyDocumentation {

    /** The name of the shared parameter under {@code components/parameters}. */
    static final String COMPONENT = "IdempotencyKey";

    private IdempotencyKeyDocumentation() {
    }

    /** Adds the parameter to the components and a reference to it to every POST that requires a token. */
    public static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation post = item.getPOST();
            if (post != null && post.getSecurity() != null && !post.getSecurity().isEmpty()) {
                post.addParameter(OASFactory.createParameter().ref(COMPONENT));
                used = true;
            }
        }
        if (used) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addParameter(COMPONENT, OASFactory.createParameter()
                    .name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("Makes the request safe to retry: a retry with the same key, path, query and body "
                            + "returns the first answer (with Idempotent-Replay: true) instead of acting twice; the "
                            + "same key with another path, query or body answers 422, during the first request 409. "
                            + "Keys are per user.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                            .maxLength(255))
                    .example("4f1c1f0e-8a2b-4d5e-9a61-3c2b7d1e0f42"));
        }
    }
}
