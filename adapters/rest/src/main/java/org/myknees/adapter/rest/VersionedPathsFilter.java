package org.myknees.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.myknees.adapter.rest.idempotency.IdempotencyKeyDocumentation;

/**
 * Makes every path of the served document start with {@link MyKneesApi#PATH}. The server's scanner sometimes
 * leaves the application path off (it depends on the order it meets the classes in), and partners generate
 * clients from this document, so it must say the same thing on every start. Also documents the
 * {@code Idempotency-Key} header of every authenticated POST ({@link IdempotencyKeyDocumentation}), and drops
 * the {@code BinaryFile} schema, which only carries the items of the upload form's file array: the scanner
 * inlines it there and would otherwise also publish it as a component nothing refers to.
 */
public class VersionedPathsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        IdempotencyKeyDocumentation.addTo(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("BinaryFile");
        }
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        String prefix = "/" + MyKneesApi.PATH.replaceAll("^/+|/+$", "");
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        for (Map.Entry<String, PathItem> item : items.entrySet()) {
            if (!item.getKey().startsWith(prefix + "/") && !item.getKey().equals(prefix)) {
                paths.removePathItem(item.getKey());
                paths.addPathItem(prefix + item.getKey(), item.getValue());
            }
        }
    }
}
