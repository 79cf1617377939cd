package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.audit.boundary.AuditTrail;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.i18n.DateTimes;
import org.globaloffice.web.api.Representations.AuditJson;
import org.globaloffice.web.api.Representations.PageJson;

@Path("v1/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditRecordsResource {

    @Inject
    AuditTrail trail;

    @Inject
    DateTimes dateTimes;

    @GET
    @Operation(summary = "The audit trail, newest first (OFFICE, AUDITOR, ADMIN); from and to are days"
            + " (YYYY-MM-DD, both included) in the university's time zone")
    public PageJson<AuditJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("username") String username,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("entityType", entityType);
        filters.put("entityId", entityId);
        filters.put("username", username);
        filters.put("action", action);
        filters.put("occurredAt" + CriteriaPage.FROM, from == null ? null : startOf(LocalDate.parse(from)));
        filters.put("occurredAt" + CriteriaPage.TO, to == null ? null : startOf(LocalDate.parse(to).plusDays(1)));
        filters.values().removeIf(v -> v == null);
        return PageJson.of(trail.page(new PageRequest(first, size, null, false, filters)), first, AuditJson::of);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(dateTimes.zone()).toInstant();
    }
}
