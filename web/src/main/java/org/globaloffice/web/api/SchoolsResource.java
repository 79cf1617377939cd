package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.DisciplineJson;
import org.globaloffice.web.api.Representations.PageJson;
import org.globaloffice.web.api.Representations.SchoolJson;

@Path("v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class SchoolsResource {

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @GET
    @Operation(summary = "The schools of the caller's scope, paged; code and name filter by a part of the value")
    public PageJson<SchoolJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("code") String code,
            @QueryParam("name") String name) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("code", code);
        filters.put("name.en", name);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(schools.page(new PageRequest(first, size, "code", true, filters)), first, SchoolJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One school")
    @APIResponse(responseCode = "404", description = "No such school in the caller's scope")
    public SchoolJson get(@PathParam("id") long id) {
        return SchoolJson.of(schools.find(id));
    }

    @GET
    @Path("{id}/disciplines")
    @Operation(summary = "The disciplines of one school")
    public List<DisciplineJson> disciplines(@PathParam("id") long id) {
        return disciplines.ofSchool(id).stream().map(DisciplineJson::of).toList();
    }
}
