package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.account.boundary.CurrentUser;
import org.globaloffice.web.api.Representations.MeJson;

@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's own account: roles and the school they act for, if any")
    public MeJson me() {
        return MeJson.of(currentUser.account());
    }
}
