package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.reporting.dashboard.Dashboard;
import org.globaloffice.reporting.dashboard.DashboardFigures;
import org.globaloffice.reporting.dashboard.ExpiryMonths;
import org.globaloffice.reporting.dashboard.TopShares;
import org.globaloffice.reporting.dashboard.TrainingHours;
import org.globaloffice.reporting.dashboard.VisitYears;

/** The dashboard's figures, as the page shows them: for OFFICE, LEADER, AUDITOR and ADMIN (others: 403). */
@Path("v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {

    public record SchoolCountJson(String schoolCode, String schoolNameZh, String schoolNameEn, long count) {
        static SchoolCountJson of(DashboardFigures.SchoolCount c) {
            return new SchoolCountJson(c.school().code(), c.school().nameZh(), c.school().nameEn(), c.count());
        }
    }

    /** A slice of the nationalities: an ISO code, or (other true, no code) the nationalities beyond the top ten. */
    public record NationalityJson(String nationality, boolean other, long count) {
        static NationalityJson of(TopShares.Share s) {
            return new NationalityJson(s.key(), s.other(), s.count());
        }
    }

    public record TeachersJson(long total, List<SchoolCountJson> bySchool, List<NationalityJson> byNationality) {
    }

    /** A month as YYYY-MM. */
    public record MonthJson(String month, long count) {
        static MonthJson of(ExpiryMonths.MonthCount m) {
            return new MonthJson(m.month().toString(), m.count());
        }
    }

    public record ExpiriesJson(long overdue, List<MonthJson> months) {
    }

    public record ComplianceJson(long programs, long compliant, long notCompliant, long withoutCurriculum,
            long atRisk, Map<String, Long> risks) {
    }

    public record VisitYearJson(int year, Map<String, Long> byType, long total) {
        static VisitYearJson of(VisitYears.YearCounts y) {
            Map<String, Long> byType = new LinkedHashMap<>();
            y.byType().forEach((type, n) -> byType.put(type.name(), n));
            return new VisitYearJson(y.year(), byType, y.total());
        }
    }

    public record SchoolHoursJson(String schoolCode, String schoolNameZh, String schoolNameEn, long competenceHours,
            long languageHours) {
        static SchoolHoursJson of(TrainingHours.SchoolHours h) {
            return new SchoolHoursJson(h.school().code(), h.school().nameZh(), h.school().nameEn(),
                    h.competenceHours(), h.languageHours());
        }
    }

    public record TrainingJson(int year, List<Integer> years, List<SchoolHoursJson> bySchool) {
    }

    public record DashboardJson(LocalDate asOf, TeachersJson teachers, ExpiriesJson expiries,
            ComplianceJson compliance, List<VisitYearJson> visits, TrainingJson training) {
        static DashboardJson of(DashboardFigures f) {
            DashboardFigures.Compliance c = f.compliance();
            Map<String, Long> risks = new LinkedHashMap<>();
            c.risks().forEach((kind, n) -> risks.put(kind.name(), n));
            return new DashboardJson(f.asOf(),
                    new TeachersJson(f.teachers().total(),
                            f.teachers().bySchool().stream().map(SchoolCountJson::of).toList(),
                            f.teachers().byNationality().stream().map(NationalityJson::of).toList()),
                    new ExpiriesJson(f.expiries().overdue(), f.expiries().months().stream().map(MonthJson::of).toList()),
                    new ComplianceJson(c.programs(), c.compliant(), c.notCompliant(), c.withoutCurriculum(),
                            c.atRisk(), risks),
                    f.visits().years().stream().map(VisitYearJson::of).toList(),
                    new TrainingJson(f.training().year(), f.training().years(),
                            f.training().bySchool().stream().map(SchoolHoursJson::of).toList()));
        }
    }

    @Inject
    Dashboard dashboard;

    @GET
    @Operation(summary = "Every figure of the dashboard within the caller's scope: foreign teachers by school and"
            + " nationality, documents expired and expiring per month, cooperative-program compliance and risk,"
            + " outbound visits per year and type, and training hours per school of a year (default this year)")
    public DashboardJson figures(@QueryParam("year") Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new IllegalArgumentException("year: from 2000 to 2100");
        }
        return DashboardJson.of(dashboard.figures(year));
    }
}
