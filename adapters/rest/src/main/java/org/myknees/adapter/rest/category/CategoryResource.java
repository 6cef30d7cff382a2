package org.myknees.adapter.rest.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.category.CategoryJson.CategoryResponse;
import org.myknees.adapter.rest.category.CategoryJson.CreateCategoryRequest;
import org.myknees.adapter.rest.category.CategoryJson.MergeCategoryRequest;
import org.myknees.adapter.rest.category.CategoryJson.RenameCategoryRequest;
import org.myknees.adapter.rest.category.CategoryJson.TaxonomyCategoryResponse;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.application.category.port.in.CategoryCommands.MergeCategoriesCommand;
import org.myknees.application.category.port.in.CategoryCommands.RenameCategoryCommand;
import org.myknees.application.category.port.in.ListCategoriesQuery;
import org.myknees.application.category.port.in.ManageCategoriesUseCase;
import org.myknees.domain.category.CategoryId;

/** The shared taxonomy and the categories a household made for itself. */
@Path("/")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "categories")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class CategoryResource {

    private final ListCategoriesQuery categories;
    private final ManageCategoriesUseCase manage;

    @Inject
    public CategoryResource(ListCategoriesQuery categories, ManageCategoriesUseCase manage) {
        this.categories = categories;
        this.manage = manage;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public CategoryResource() {
        this(null, null);
    }

    @GET
    @Path("taxonomy")
    @Operation(operationId = "listTaxonomy",
            summary = "Every category code of the taxonomy (primary and detailed)",
            description = "The fixed taxonomy every household shares. Its codes never change; transactions and "
                    + "household categories refer to them.")
    @APIResponse(responseCode = "200", description = "The taxonomy",
            content = @Content(schema = @Schema(implementation = TaxonomyCategoryResponse.class,
                    type = SchemaType.ARRAY)))
    public List<TaxonomyCategoryResponse> taxonomy() {
        return categories.taxonomy().all().stream().map(TaxonomyCategoryResponse::of).toList();
    }

    @GET
    @Path("households/{householdId}/categories")
    @Operation(operationId = "listCategories",
            summary = "The household's own categories by name",
            description = "Categories the household added on top of the taxonomy, each rolling up into a taxonomy "
                    + "code.")
    @APIResponse(responseCode = "200", description = "The categories",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CategoryResponse> list(@PathParam("householdId") String householdId,
                                       @Context SecurityContext security) {
        return categories.listCategories(Actor.of(security), PathIds.household(householdId)).stream()
                .map(CategoryResponse::of).toList();
    }

    @POST
    @Path("households/{householdId}/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCategory",
            summary = "Create a household category that rolls up into a taxonomy code",
            description = "Owners and editors. Names are unique within the household (409 conflict otherwise).")
    @APIResponse(responseCode = "201", description = "The new category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("householdId") String householdId, CreateCategoryRequest body,
                           @Context SecurityContext security, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        CategoryResponse created = CategoryResponse.of(manage.createCategory(new CreateCategoryCommand(
                Actor.of(security), PathIds.household(householdId), InvalidRequestException.require(body.name(),
                "name"), InvalidRequestException.require(body.mappedTo(), "mappedTo"))));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PATCH
    @Path("households/{householdId}/categories/{categoryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameCategory",
            summary = "Rename a household category",
            description = "Owners and editors. Transactions keep the category; only its name changes.")
    @APIResponse(responseCode = "200", description = "The renamed category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CategoryResponse rename(@PathParam("householdId") String householdId,
                                   @PathParam("categoryId") String categoryId, RenameCategoryRequest body,
                                   @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        return CategoryResponse.of(manage.renameCategory(new RenameCategoryCommand(Actor.of(security),
                PathIds.household(householdId), category(categoryId), InvalidRequestException.require(body.name(),
                "name"))));
    }

    @POST
    @Path("households/{householdId}/categories/{categoryId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeCategory",
            summary = "Merge this category into another: its transactions move, it disappears",
            description = "Owners and editors. Every transaction of this category moves to the target category, then "
                    + "this one is deleted.")
    @APIResponse(responseCode = "200", description = "The surviving category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryResponse merge(@PathParam("householdId") String householdId,
                                  @PathParam("categoryId") String categoryId, MergeCategoryRequest body,
                                  @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        CategoryId into = InvalidRequestException.parse(body.intoId(), "intoId", CategoryId::of);
        return CategoryResponse.of(manage.mergeCategories(new MergeCategoriesCommand(Actor.of(security),
                PathIds.household(householdId), category(categoryId), into)));
    }

    private static CategoryId category(String id) {
        return PathIds.parse(id, "category", CategoryId::of);
    }
}
