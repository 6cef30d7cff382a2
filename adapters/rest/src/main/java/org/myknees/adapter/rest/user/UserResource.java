package org.myknees.adapter.rest.user;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.user.UserJson.LoginRequest;
import org.myknees.adapter.rest.user.UserJson.RefreshRequest;
import org.myknees.adapter.rest.user.UserJson.SignUpRequest;
import org.myknees.adapter.rest.user.UserJson.TokenResponse;
import org.myknees.adapter.rest.user.UserJson.UserResponse;
import org.myknees.application.user.port.in.CurrentUserQuery;
import org.myknees.application.user.port.in.SessionResult;
import org.myknees.application.user.port.in.SessionUseCase;
import org.myknees.application.user.port.in.SignUpUseCase;
import org.myknees.application.user.port.in.UserCommands.LogInCommand;
import org.myknees.application.user.port.in.UserCommands.SignUpCommand;
import org.myknees.domain.user.EmailAddress;

/** Sign-up, login, refresh, logout, the caller's profile and the JWKS of our token signing key. */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UserResource {

    private final SignUpUseCase signUp;
    private final SessionUseCase sessions;
    private final CurrentUserQuery users;
    private final AccessTokenIssuer tokens;
    private final SigningKey signingKey;

    @Inject
    public UserResource(SignUpUseCase signUp,
            SessionUseCase sessions,
            CurrentUserQuery users,
            AccessTokenIssuer tokens,
            SigningKey signingKey) {
        this.signUp = signUp;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.signingKey = signingKey;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public UserResource() {
        this(null, null, null, null, null);
    }

    @POST
    @Path("users")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signUp",
            summary = "Sign up with an e-mail address and a password (10 to 256 characters)",
            description = "Creates a user with the role user; a taken address answers 409 conflict. Log in "
                    + "afterwards to get tokens.")
    @APIResponse(responseCode = "201", description = "The new user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response signUp(SignUpRequest body, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        EmailAddress email = InvalidRequestException.parse(body.email(), "email", EmailAddress::new);
        String password = InvalidRequestException.require(body.password(), "password");
        UserResponse user = UserResponse.of(signUp.signUp(new SignUpCommand(email, password)));
        return Response.created(uri.getBaseUriBuilder().path("users/me").build()).entity(user).build();
    }

    @GET
    @Path("users/me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = MyKneesApi.BEARER)
    @Operation(operationId = "getCurrentUser",
            summary = "The calling user",
            description = "The user named by the subject of the access token.")
    @APIResponse(responseCode = "200", description = "The calling user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public UserResponse me(@Context SecurityContext security) {
        return UserResponse.of(users.currentUser(Actor.of(security)));
    }

    @POST
    @Path("auth/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logIn",
            summary = "Log in: returns an access token and a refresh token",
            description = "Repeated failures for one account or from one client address are answered 429 for a "
                    + "while (see Retry-After).")
    @APIResponse(responseCode = "200", description = "Tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public TokenResponse logIn(LoginRequest body, @Context HttpServletRequest http) {
        InvalidRequestException.require(body, "body");
        EmailAddress email = InvalidRequestException.parse(body.email(), "email", EmailAddress::new);
        String password = InvalidRequestException.require(body.password(), "password");
        return tokensFor(sessions.logIn(new LogInCommand(email, password, http.getRemoteAddr())));
    }

    @POST
    @Path("auth/refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refreshTokens",
            summary = "Trade a refresh token for new tokens",
            description = "Each refresh token works once. Presenting a used one again ends the whole session: "
                    + "every token that descends from the same login stops working.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public TokenResponse refresh(RefreshRequest body) {
        InvalidRequestException.require(body, "body");
        return tokensFor(sessions.refresh(InvalidRequestException.require(body.refreshToken(), "refreshToken")));
    }

    @POST
    @Path("auth/logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logOut",
            summary = "End the session of a refresh token",
            description = "Access tokens already issued stay valid until they expire (minutes).")
    @APIResponse(responseCode = "204", description = "Logged out (also for unknown tokens)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response logOut(RefreshRequest body) {
        InvalidRequestException.require(body, "body");
        sessions.logOut(InvalidRequestException.require(body.refreshToken(), "refreshToken"));
        return Response.noContent().build();
    }

    @GET
    @Path("auth/jwks")
    @PermitAll
    @Operation(operationId = "getJwks",
            summary = "The public keys that verify our access tokens (JWK Set, RFC 7517)",
            description = "For services that verify our access tokens themselves; keys are identified by kid.")
    @APIResponse(responseCode = "200", description = "The JWK Set",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    public Map<String, Object> jwks() {
        return signingKey.publicJwks();
    }

    private TokenResponse tokensFor(SessionResult session) {
        AccessTokenIssuer.IssuedToken access = tokens.issue(session.user());
        return new TokenResponse(access.token(), "Bearer", tokens.lifetime().toSeconds(), session.refreshToken(),
                session.refreshExpiresAt(), UserResponse.of(session.user()));
    }
}
