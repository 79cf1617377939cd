package org.globaloffice.web.view.reporting;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.reporting.dashboard.Dashboard;
import org.globaloffice.reporting.dashboard.DashboardFigures;
import org.globaloffice.reporting.dashboard.ExpiryMonths;
import org.globaloffice.reporting.dashboard.SchoolLabel;
import org.globaloffice.reporting.dashboard.TopShares;
import org.globaloffice.reporting.dashboard.TrainingHours;
import org.globaloffice.reporting.dashboard.VisitYears;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.ChartJs;
import org.globaloffice.web.support.ChartJs.Dataset;
import org.omnifaces.util.Faces;

/**
 * {@code reporting/dashboard.xhtml?year=…}: the dashboard of the office, leaders and auditors — foreign teachers by
 * school and nationality, documents expiring per month, cooperative-program compliance, outbound visits per year and
 * type, training hours per school of a year — each a chart with the same figures in a table beside it. The figures
 * are read once per view (the training hours again when another year is chosen); the charts are built from them in
 * the language of the view, so that switching the language relabels them.
 * <p>
 * Only OFFICE, LEADER, AUDITOR and ADMIN may read the figures ({@link Dashboard}'s roles): anybody else gets the
 * forbidden page.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A risk flag and how many programs raise it. */
    public record RiskRow(RiskFlags.Kind kind, long programs) implements Serializable {
    }

    @Inject
    Dashboard dashboard;

    /** The view parameter: the year of the training hours first shown (default this year). */
    private Integer year;
    private DashboardFigures figures;
    private DashboardFigures.Training training;
    private Integer chosenYear;

    public void load() throws IOException {
        if (figures != null) {
            return;
        }
        if (year != null && (year < 2000 || year > 2100)) {
            year = null;
        }
        try {
            figures = dashboard.figures(year);
        } catch (EJBAccessException e) {
            Faces.responseSendError(403, "The dashboard is for the office, leaders and auditors");
            Faces.responseComplete();
            return;
        }
        training = figures.training();
    }

    /** Another year chosen: only the training hours are read again. */
    public void changeYear() {
        if (chosenYear != null) {
            training = dashboard.training(chosenYear);
        }
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public DashboardFigures.Training getTraining() {
        return training;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The year of the training hours shown; the year selector's value. */
    public Integer getTrainingYear() {
        return training == null ? null : training.year();
    }

    public void setTrainingYear(Integer trainingYear) {
        this.chosenYear = trainingYear;
    }

    public List<VisitType> getVisitTypes() {
        return List.of(VisitType.values());
    }

    public List<RiskRow> getRisks() {
        return figures.compliance().risks().entrySet().stream().map(e -> new RiskRow(e.getKey(), e.getValue()))
                .toList();
    }

    // Labels in the language of the view

    public String schoolName(SchoolLabel school) {
        return chinese() ? school.nameZh() : school.nameEn();
    }

    /** The ISO code and the country's name in the view's language, or "other" for the slice of the rest. */
    public String nationality(TopShares.Share share) {
        if (share.other()) {
            return Texts.text("dashboard.nationality.other");
        }
        String name = new Locale("", share.key()).getDisplayCountry(locale());
        return name.isBlank() || name.equals(share.key()) ? share.key() : share.key() + " " + name;
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(Texts.text("dashboard.month.pattern"), locale()).format(month);
    }

    // The charts: Chart.js configurations for <p:chart value="…">

    public String getTeachersBySchoolChart() {
        List<DashboardFigures.SchoolCount> rows = figures.teachers().bySchool();
        return ChartJs.bar(rows.stream().map(r -> r.school().code()).toList(),
                List.of(Dataset.of(Texts.text("dashboard.teachers"), rows.stream()
                        .map(DashboardFigures.SchoolCount::count).toList(), ChartJs.BLUE)), false);
    }

    public String getTeachersByNationalityChart() {
        List<TopShares.Share> shares = figures.teachers().byNationality();
        List<String> colours = new ArrayList<>(ChartJs.PALETTE.subList(0, Math.min(shares.size(), TopShares.TOP)));
        if (shares.size() > TopShares.TOP) {
            colours.add(ChartJs.GREY);
        }
        return ChartJs.doughnut(shares.stream().map(this::nationality).toList(),
                new Dataset(Texts.text("dashboard.teachers"), shares.stream().map(TopShares.Share::count).toList(),
                        colours));
    }

    /** The overdue first, in red, then the twelve months. */
    public String getExpiriesChart() {
        DashboardFigures.Expiries expiries = figures.expiries();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        labels.add(Texts.text("urgency.OVERDUE"));
        values.add(expiries.overdue());
        colours.add(ChartJs.RED);
        for (ExpiryMonths.MonthCount m : expiries.months()) {
            labels.add(month(m.month()));
            values.add(m.count());
            colours.add(ChartJs.BLUE);
        }
        return ChartJs.bar(labels, List.of(new Dataset(Texts.text("dashboard.documents"), values, colours)), false);
    }

    public String getComplianceChart() {
        DashboardFigures.Compliance c = figures.compliance();
        return ChartJs.doughnut(List.of(Texts.text("program.compliant"), Texts.text("program.notCompliant"),
                Texts.text("program.noCurriculum")), new Dataset(Texts.text("dashboard.compliance.programs"),
                        List.of(c.compliant(), c.notCompliant(), c.withoutCurriculum()),
                        List.of(ChartJs.GREEN, ChartJs.RED, ChartJs.GREY)));
    }

    /** One stack per year, one colour per type of visit. */
    public String getVisitsChart() {
        List<VisitYears.YearCounts> years = figures.visits().years();
        List<Dataset> datasets = new ArrayList<>();
        for (VisitType type : VisitType.values()) {
            datasets.add(Dataset.of(Texts.text("visitType." + type.name()),
                    years.stream().map(y -> y.count(type)).toList(),
                    ChartJs.PALETTE.get(type.ordinal() % ChartJs.PALETTE.size())));
        }
        return ChartJs.bar(years.stream().map(y -> String.valueOf(y.year())).toList(), datasets, true);
    }

    /** Two bars per school, side by side: competence program hours and language class hours. */
    public String getTrainingChart() {
        List<TrainingHours.SchoolHours> rows = training.bySchool();
        return ChartJs.bar(rows.stream().map(r -> r.school().code()).toList(), List.of(
                Dataset.of(Texts.text("dashboard.training.competence"),
                        rows.stream().map(TrainingHours.SchoolHours::competenceHours).toList(), ChartJs.PALETTE.get(0)),
                Dataset.of(Texts.text("dashboard.training.language"),
                        rows.stream().map(TrainingHours.SchoolHours::languageHours).toList(), ChartJs.PALETTE.get(1))),
                false);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot().getLocale();
    }

    private static boolean chinese() {
        return "zh".equals(locale().getLanguage());
    }
}
