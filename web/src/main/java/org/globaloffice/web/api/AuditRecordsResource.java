package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.audit.boundary.AuditTrail;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.AuditJson;
import org.globaloffice.web.api.Representations.PageJson;

@Path("v1/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditRecordsResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(summary = "The audit trail, newest first (OFFICE, AUDITOR, ADMIN)")
    public PageJson<AuditJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("username") String username,
            @QueryParam("action") String action) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("entityType", entityType);
        filters.put("entityId", entityId);
        filters.put("username", username);
        filters.put("action", action);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(trail.page(new PageRequest(first, size, null, false, filters)), first, AuditJson::of);
    }
}
