package org.myknees.bootstrap.server;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.Roles;

/**
 * Deploys the API at {@code /api/v1}. Requests are authenticated by their bearer access token
 * ({@link org.myknees.adapter.rest.bearer.BearerTokenMechanism}), not by Liberty's MP-JWT login, so that tokens of
 * an external issuer are accepted too.
 */
@ApplicationPath(MyKneesApi.PATH)
@DeclareRoles({Roles.USER, Roles.ADMIN})
public class MyKneesApplication extends MyKneesApi {
}
