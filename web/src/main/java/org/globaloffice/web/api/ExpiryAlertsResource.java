package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.foreignteacher.boundary.ExpiryAlerts;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/** The expiry alerts of the caller's scope, earliest due first. */
@Path("v1/expiry-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Foreign teachers and experts")
public class ExpiryAlertsResource {

    public record AlertJson(long id, long expertId, String expertName, long schoolId, String schoolCode, String kind,
            String documentType, Long recordId, LocalDate dueOn, String urgency, LocalDate computedOn) {
        static AlertJson of(ExpiryAlert a) {
            return new AlertJson(a.getId(), a.getExpert().getId(), a.getExpert().getNativeName(),
                    a.getSchool().getId(), a.getSchool().getCode(), a.getKind().name(),
                    a.getDocumentType() == null ? null : a.getDocumentType().name(), a.getRecordId(), a.getDueOn(),
                    a.getUrgency().name(), a.getComputedOn());
        }
    }

    @Inject
    ExpiryAlerts alerts;

    @GET
    @Operation(summary = "Everything expiring or due within the lead time, or overdue, paged; filters by school,"
            + " urgency (DUE_SOON, OVERDUE) and kind (DOCUMENT_EXPIRES, CONTRACT_ENDS, DUE_AFTER_ENTRY)")
    public PageJson<AlertJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("urgency") String urgency, @QueryParam("kind") String kind) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("urgency", urgency);
        filters.put("kind", kind);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(alerts.page(new PageRequest(first, size, null, true, filters)), first, AlertJson::of);
    }
}
