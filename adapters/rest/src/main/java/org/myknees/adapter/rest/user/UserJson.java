package org.myknees.adapter.rest.user;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/** The request and response records of the user resources. */
public final class UserJson {

    private UserJson() {
    }

    @Schema(name = "SignUpRequest")
    public record SignUpRequest(@Schema(required = true, example = "ada@example.org") String email,
                         @Schema(required = true, minLength = 10, maxLength = 256,
                                 example = "correct horse battery staple") String password) {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(@Schema(required = true, example = "ada@example.org") String email,
                        @Schema(required = true, example = "correct horse battery staple") String password) {
    }

    @Schema(name = "RefreshRequest")
    public record RefreshRequest(@Schema(required = true, description = "The refresh token of the last login or refresh")
                          String refreshToken) {
    }

    @Schema(name = "UserResponse")
    public record UserResponse(@Schema(required = true, format = "uuid") String id,
                        @Schema(required = true) String email,
                        @Schema(required = true, example = "[\"user\"]") List<String> roles,
                        @Schema(required = true) Instant createdAt) {

        static UserResponse of(User user) {
            return new UserResponse(user.id().toString(), user.email().value(),
                    user.roles().stream().map(PlatformRole::claim).sorted().toList(), user.createdAt());
        }
    }

    @Schema(name = "TokenResponse", description = "An access token (send as 'Authorization: Bearer ...') and the "
            + "refresh token that replaces it; each refresh token works once")
    public record TokenResponse(@Schema(required = true) String accessToken,
                         @Schema(required = true, example = "Bearer") String tokenType,
                         @Schema(required = true, description = "Seconds until the access token expires",
                                 example = "300") long expiresIn,
                         @Schema(required = true) String refreshToken,
                         @Schema(required = true) Instant refreshExpiresAt,
                         @Schema(required = true) UserResponse user) {
    }
}
