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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.DisciplineJson;
import org.globaloffice.web.api.Representations.PageJson;

@Path("v1/disciplines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class DisciplinesResource {

    @Inject
    Disciplines disciplines;

    @GET
    @Operation(summary = "The disciplines of the caller's scope, paged; optionally of one school or key disciplines only")
    public PageJson<DisciplineJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("key") Boolean key) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("keyDiscipline", key);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(disciplines.page(new PageRequest(first, size, null, true, filters)), first,
                DisciplineJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One discipline")
    @APIResponse(responseCode = "404", description = "No such discipline in the caller's scope")
    public DisciplineJson get(@PathParam("id") long id) {
        return DisciplineJson.of(disciplines.find(id));
    }
}
