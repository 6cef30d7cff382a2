package org.myknees.adapter.rest.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.importing.ImportJson.ImportBatchResponse;
import org.myknees.adapter.rest.importing.ImportJson.ImportFileResponse;
import org.myknees.adapter.rest.importing.ImportJson.ImportForm;
import org.myknees.adapter.rest.importing.ImportJson.ImportPage;
import org.myknees.adapter.rest.importing.ImportJson.ImportProblemResponse;
import org.myknees.adapter.rest.importing.ImportJson.ImportUploadResponse;
import org.myknees.adapter.rest.importing.ImportJson.RejectedFile;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.problem.ProblemException;
import org.myknees.adapter.rest.problem.ProblemMapper;
import org.myknees.adapter.rest.problem.ProblemResponse;
import org.myknees.adapter.rest.problem.ProblemType;
import org.myknees.application.importing.port.in.ImportEditedSinceException;
import org.myknees.application.importing.port.in.ImportRejectedException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.application.importing.port.in.ImportStatementUseCase;
import org.myknees.application.importing.port.in.ManageImportsUseCase;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;

/**
 * A household's imports: bank files uploaded as multipart/form-data, each imported as one batch (parse, validate,
 * deduplicate, categorize with the household's rules, store), the batches, and their revert. An upload of several
 * files is checked whole first: if any file cannot be imported, none is.
 */
@Path("households/{householdId}/imports")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports", description = "Bank files imported as batches: upload, list, revert")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class ImportResource {

    private final ImportStatementUseCase imports;
    private final ManageImportsUseCase batches;

    @Inject
    public ImportResource(ImportStatementUseCase imports, ManageImportsUseCase batches) {
        this.imports = imports;
        this.batches = batches;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public ImportResource() {
        this(null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importFiles",
            summary = "Import bank files (owners and editors)",
            description = "Each file becomes one batch: its rows are added, recognised as duplicates of stored "
                    + "rows, or quarantined with line and reason; re-uploading a file adds nothing. The format is "
                    + "detected from the content unless 'format' forces one. With dryRun nothing is written and the "
                    + "answer says exactly what would happen. Several files are checked together first: when one "
                    + "cannot be imported, none is (422).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportForm.class),
            encoding = @Encoding(name = UploadForm.FILE, contentType = MediaType.APPLICATION_OCTET_STREAM)))
    @APIResponse(responseCode = "201", description = "At least one batch was written; Location names it when there "
            + "is exactly one",
            headers = @Header(name = "Location", description = "The batch, when one was written",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportUploadResponse.class)))
    @APIResponse(responseCode = "200", description = "Nothing was written: a dry run, or files imported before",
            content = @Content(schema = @Schema(implementation = ImportUploadResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", description = "The upload exceeds myknees.imports.max-upload-size (.../payload-too-large)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data (.../unsupported-media-type)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "A file cannot be imported (.../import-rejected: unreadable, "
            + "unknown format, strict mode with unreadable rows, unknown account); 'rejected' names each file with the "
            + "reason, and nothing was imported. Or the Idempotency-Key was used for another request "
            + "(.../idempotency-key-reused).",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = ImportProblemResponse.class)))
    public Response upload(@PathParam("householdId") String householdId, List<EntityPart> parts,
                           @Context SecurityContext security, @Context UriInfo uri) {
        UserId actor = Actor.of(security);
        HouseholdId household = PathIds.household(householdId);
        UploadForm form = UploadForm.read(parts(parts));
        if (form.files().size() > 1 && !form.dryRun()) {
            Optional<Response> refused = refusal(run(form.asDryRun().commands(actor, household)), uri);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        List<Outcome> outcomes = run(form.commands(actor, household));
        Optional<Response> refused = refusal(outcomes, uri);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<ImportReport> reports = outcomes.stream().map(o -> o.report().orElseThrow()).toList();
        ImportUploadResponse body = new ImportUploadResponse(reports.stream()
                .map(r -> ImportFileResponse.of(r, form.explain())).toList());
        List<ImportBatchId> written = reports.stream().flatMap(r -> r.batch().stream()).toList();
        if (written.isEmpty()) {
            return Response.ok(body).build();
        }
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED).entity(body);
        if (written.size() == 1) {
            created.location(uri.getAbsolutePathBuilder().path(written.get(0).toString()).build());
        }
        return created.build();
    }

    @GET
    @Operation(operationId = "listImports",
            summary = "List the household's import batches, newest first, one page at a time",
            description = "Any member may read them; reverted batches stay listed and say so. Page with limit and the "
                    + "cursor of the previous page.")
    @APIResponse(responseCode = "200", description = "A page of batches",
            content = @Content(schema = @Schema(implementation = ImportPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ImportPage list(@PathParam("householdId") String householdId,
                           @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
                           String cursor,
                           @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                                   defaultValue = "50", minimum = "1", maximum = "500")) @QueryParam("limit")
                           String limit,
                           @Context SecurityContext security) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT
                : InvalidRequestException.parse(limit, "limit", ImportResource::pageSize);
        return page(batches.listImports(Actor.of(security), PathIds.household(householdId)),
                cursor == null ? PageRequest.first(size) : PageRequest.after(cursor, size));
    }

    @GET
    @Path("{batchId}")
    @Operation(operationId = "getImport", summary = "One import batch",
            description = "File name, format, checksum, counts (added, duplicates, quarantined), date range, warnings, "
                    + "whether the batch was reverted, and the rows it quarantined (line, field, reason, raw text).")
    @APIResponse(responseCode = "200", description = "The batch",
            content = @Content(schema = @Schema(implementation = ImportBatchResponse.class)))
    public ImportBatchResponse get(@PathParam("householdId") String householdId,
                                   @PathParam("batchId") String batchId, @Context SecurityContext security) {
        UserId actor = Actor.of(security);
        HouseholdId household = PathIds.household(householdId);
        ImportBatchId id = batch(batchId);
        return ImportBatchResponse.of(batches.getImport(actor, household, id),
                batches.quarantinedRows(actor, household, id));
    }

    @POST
    @Path("{batchId}/revert")
    @Operation(operationId = "revertImport",
            summary = "Revert a batch: remove the transactions it added and undo the bank's corrections it applied "
                    + "(owners and editors)",
            description = "A row the batch corrected takes back the bank's earlier values (keeping people's edits); "
                    + "a row it withdrew is stored again. Refused with 409 .../import-edited-since, naming the "
                    + "transactions, when people have edited some it added since (notes, tags, a pinned category, a "
                    + "split, a transfer link or a one-time event) or anything changed a row it corrected since; with "
                    + "force=true it reverts anyway. A batch reverts once (.../rule-violated afterwards).")
    @APIResponse(responseCode = "200", description = "The reverted batch",
            content = @Content(schema = @Schema(implementation = ImportBatchResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "Edited since (.../import-edited-since, with "
            + "'editedTransactions'), already reverted (.../rule-violated), or a request with this Idempotency-Key "
            + "is still running",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = ImportProblemResponse.class)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response revert(@PathParam("householdId") String householdId, @PathParam("batchId") String batchId,
                           @Parameter(description = "Also remove transactions people edited since the import",
                                   schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                           @QueryParam("force") String force,
                           @Context SecurityContext security, @Context UriInfo uri) {
        boolean forced = force != null && InvalidRequestException.parse(force, "force", UploadForm::bool);
        try {
            return Response.ok(ImportBatchResponse.of(batches.revertImport(Actor.of(security),
                    PathIds.household(householdId), batch(batchId), forced))).build();
        } catch (ImportEditedSinceException e) {
            return problem(ImportProblemResponse.edited(e.getMessage(), uri.getRequestUri().getRawPath(),
                    e.edited()));
        } catch (ImportRejectedException e) {
            throw new ProblemException(ProblemType.RULE_VIOLATED, e.getMessage());
        }
    }

    /** What became of one file: its report, or why it cannot be imported. */
    private record Outcome(Optional<ImportReport> report, Optional<RejectedFile> rejected) {
    }

    private List<Outcome> run(List<ImportStatementCommand> commands) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ImportStatementCommand command : commands) {
            outcomes.add(run(command));
        }
        return outcomes;
    }

    private Outcome run(ImportStatementCommand command) {
        try {
            return new Outcome(Optional.of(imports.importStatement(command)), Optional.empty());
        } catch (StatementParseException e) {
            return rejected(command.fileName(), e.line() > 0 ? e.line() : null, e.getMessage());
        } catch (ImportRejectedException e) {
            return rejected(command.fileName(), null, e.getMessage());
        } catch (NotFoundException e) {
            // The household was found (access is checked first), so what is missing is the account the form named.
            if (!"account".equals(e.what())) {
                throw e;
            }
            return rejected(command.fileName(), null, command.fileName() + ": " + e.getMessage());
        }
    }

    private static Outcome rejected(String file, Integer line, String error) {
        return new Outcome(Optional.empty(), Optional.of(new RejectedFile(file, line, error)));
    }

    /** The 422 answer when any file cannot be imported. */
    private static Optional<Response> refusal(List<Outcome> outcomes, UriInfo uri) {
        List<RejectedFile> rejected = outcomes.stream().flatMap(o -> o.rejected().stream()).toList();
        if (rejected.isEmpty()) {
            return Optional.empty();
        }
        String detail = rejected.size() == 1 && outcomes.size() == 1 ? rejected.get(0).error()
                : rejected.size() + " of " + outcomes.size() + " files cannot be imported; the first: "
                + rejected.get(0).error();
        return Optional.of(problem(ImportProblemResponse.rejected(detail, uri.getRequestUri().getRawPath(),
                rejected)));
    }

    private static Response problem(ImportProblemResponse problem) {
        return Response.status(problem.status()).type(ProblemMapper.PROBLEM_JSON).entity(problem).build();
    }

    private static List<UploadForm.Part> parts(List<EntityPart> parts) {
        if (parts == null) {
            return List.of();
        }
        List<UploadForm.Part> read = new ArrayList<>(parts.size());
        for (EntityPart part : parts) {
            try (InputStream content = part.getContent()) {
                read.add(new UploadForm.Part(part.getName(), part.getFileName(), content.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    /** The page of {@code all} (newest first) after the batch the cursor names. */
    static ImportPage page(List<ImportBatch> all, PageRequest request) {
        int start = 0;
        if (request.cursor().isPresent()) {
            String cursor = request.cursor().get();
            start = -1;
            for (int i = 0; i < all.size() && start < 0; i++) {
                if (all.get(i).id().toString().equals(cursor)) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new InvalidRequestException("cursor", "is not valid: '" + cursor + "'");
            }
        }
        int end = Math.min(all.size(), start + request.limit());
        List<ImportBatchResponse> items = all.subList(start, end).stream().map(ImportBatchResponse::of).toList();
        return new ImportPage(items, end < all.size() ? all.get(end - 1).id().toString() : null);
    }

    private static ImportBatchId batch(String id) {
        return PathIds.parse(id, "import batch", ImportBatchId::of);
    }

    private static int pageSize(String value) {
        int size = Integer.parseInt(value);
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException(value);
        }
        return size;
    }
}
