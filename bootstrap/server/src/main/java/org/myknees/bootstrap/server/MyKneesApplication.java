package org.myknees.bootstrap.server;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.Roles;

/** Deploys the API at {@code /api/v1}, protected by MicroProfile JWT. */
@ApplicationPath(MyKneesApi.PATH)
@LoginConfig(authMethod = "MP-JWT", realmName = "myknees")
@DeclareRoles({Roles.USER, Roles.ADMIN})
public class MyKneesApplication extends MyKneesApi {
}
