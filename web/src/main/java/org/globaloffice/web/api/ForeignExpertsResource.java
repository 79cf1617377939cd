package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.QualificationCheck;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/** Foreign teachers and experts, read-only; passport numbers only ever as their last four characters. */
@Path("v1/foreign-experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Foreign teachers and experts")
public class ForeignExpertsResource {

    public record ExpertJson(long id, long schoolId, String schoolCode, String nativeName, String chineseName,
            String nationality, LocalDate birthDate, String passport, String stage, String intendedCategory,
            LocalDate entryDate, long version) {
        static ExpertJson of(ForeignExpert e) {
            return new ExpertJson(e.getId(), e.getSchool().getId(), e.getSchool().getCode(), e.getNativeName(),
                    e.getChineseName(), e.getNationality(), e.getBirthDate(), e.getMaskedPassport(),
                    e.getStage().name(), e.getIntendedCategory().name(), e.getEntryDate(), e.getVersion());
        }
    }

    public record RequirementJson(String key, boolean met, List<String> figures) {
    }

    public record QualificationJson(String category, boolean qualifies, List<RequirementJson> requirements) {
        static QualificationJson of(QualificationCheck.Result result) {
            return new QualificationJson(result.category().name(), result.qualifies(), result.requirements().stream()
                    .map(r -> new RequirementJson(r.key(), r.met(),
                            Arrays.stream(r.figures()).map(String::valueOf).toList()))
                    .toList());
        }
    }

    @Inject
    ForeignExperts experts;

    @GET
    @Operation(summary = "Foreign teachers and experts of the caller's scope, paged; filters by school, stage, nationality")
    public PageJson<ExpertJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("stage") String stage, @QueryParam("nationality") String nationality) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("stage", stage);
        filters.put("nationality", nationality);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(experts.page(new PageRequest(first, size, null, true, filters)), first, ExpertJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One foreign teacher or expert")
    @APIResponse(responseCode = "404", description = "No such person in the caller's scope")
    public ExpertJson get(@PathParam("id") long id) {
        return ExpertJson.of(experts.find(id));
    }

    @GET
    @Path("{id}/qualification")
    @Operation(summary = "The work-permit qualification check, requirement by requirement (category: A, B,"
            + " B_LANGUAGE_TEACHER, C; default the intended one)")
    public QualificationJson qualification(@PathParam("id") long id, @QueryParam("category") PermitCategory category) {
        return QualificationJson.of(experts.qualification(id, category));
    }
}
