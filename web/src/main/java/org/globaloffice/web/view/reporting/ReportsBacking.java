package org.globaloffice.web.view.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.globaloffice.archive.boundary.ReportArchive;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportQueue;
import org.globaloffice.reporting.catalogue.ReportRequest;
import org.globaloffice.reporting.catalogue.ReportTicket;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.catalogue.Reports;
import org.globaloffice.reporting.output.ReportFormat;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Downloads;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/**
 * {@code reporting/reports.xhtml}: the report catalogue — choose a report, its window, a school and a format, and
 * make it — and the archive of the reports made, each downloadable again byte for byte and checkable against the
 * checksum of its file. A liaison's reports are always their school's; the service sees to that. A report asked for
 * waits its turn when others are being made: the page polls its ticket once a second and says where it is — how
 * many asked before it still wait, or that it is being made — until it is in the archive.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    ReportQueue queue;

    @Inject
    ReportArchive archive;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private List<ReportKind> catalogue;
    private List<School> schoolChoices;
    private ReportKind kind = ReportKind.ROSTER;
    private ReportFormat format = ReportFormat.XLSX;
    private ReportWindow.Kind windowKind = ReportWindow.Kind.ACADEMIC_YEAR;
    private Integer year;
    private LocalDate snapshotDay;
    private Long schoolId;
    private ArchivedReport made;
    private UUID ticketId;
    private ReportQueue.Position position;
    private ServiceLazyDataModel<ArchivedReport> model;
    private ReportKind archiveKind;

    @PostConstruct
    void init() {
        catalogue = reports.catalogue();
        schoolChoices = schools.inScope();
        if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
        LocalDate today = LocalDate.now();
        year = ReportWindow.academicYearOf(today);
        snapshotDay = ReportWindow.SNAPSHOT_DAY.atYear(today.getMonthValue() >= 10 ? today.getYear()
                : today.getYear() - 1);
        model = new ServiceLazyDataModel<>(archive::page).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("report", archiveKind == null ? null : archiveKind.name());
        return filters;
    }

    public ReportWindow window() {
        return ReportWindow.of(windowKind, year, snapshotDay);
    }

    public void make() {
        made = null;
        if (ticketId != null) {
            return;
        }
        try {
            if (windowKind == ReportWindow.Kind.SNAPSHOT ? snapshotDay == null : year == null) {
                Texts.error(windowKind == ReportWindow.Kind.SNAPSHOT ? "make:snapshotDay" : "make:year",
                        "report.window.required");
                return;
            }
            ReportTicket ticket = queue.submit(new ReportRequest(kind, format, window(), schoolId, Faces.getLocale()));
            ticketId = ticket.id();
            if (!settle(ticket)) {
                PrimeFaces.current().executeScript("PF('reportPoll').start()");
            }
        } catch (RuntimeException e) {
            failures.show("make", e);
        }
    }

    /** The poll: where the report asked for is; once made, shows it; once failed or refused, says why. */
    public void check() {
        Optional<ReportTicket> ticket = ticketId == null ? Optional.empty() : queue.find(ticketId);
        if (ticket.isEmpty()) {
            stopPolling();
            return;
        }
        settle(ticket.get());
    }

    private boolean settle(ReportTicket ticket) {
        ReportQueue.Position now = queue.position(ticket);
        position = now;
        if (!now.state().finished()) {
            return false;
        }
        stopPolling();
        switch (now.state()) {
            case DONE -> {
                made = ticket.report();
                Texts.info("report.made", made.getRowCount());
            }
            case REFUSED -> Texts.error(null, "report.busy", now.making(), now.waiting());
            default -> failures.show("make", ticket.failure());
        }
        return true;
    }

    private void stopPolling() {
        ticketId = null;
        position = null;
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().executeScript("PF('reportPoll').stop()");
        }
    }

    /** Whether a report asked for is waiting or being made. */
    public boolean isPending() {
        return ticketId != null;
    }

    /** Where the report asked for is, while it is pending. */
    public ReportQueue.Position getPosition() {
        return position;
    }

    public void download(Long id) throws IOException {
        Downloads.send(() -> archive.download(id));
    }

    public void verify(Long id) {
        try {
            ReportArchive.Verification check = archive.verify(id);
            if (check.intact()) {
                Texts.info("report.verify.intact", check.actualSha256());
            } else {
                Texts.error(null, "report.verify.altered", check.expectedSha256(), check.actualSha256());
            }
        } catch (RuntimeException e) {
            failures.show("archive", e);
        }
    }

    public List<ReportKind> getCatalogue() {
        return catalogue;
    }

    public ReportFormat[] getFormats() {
        return ReportFormat.values();
    }

    public ReportWindow.Kind[] getWindowKinds() {
        return ReportWindow.Kind.values();
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
    }

    public ReportWindow.Kind getWindowKind() {
        return windowKind;
    }

    public void setWindowKind(ReportWindow.Kind windowKind) {
        this.windowKind = windowKind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getSnapshotDay() {
        return snapshotDay;
    }

    public void setSnapshotDay(LocalDate snapshotDay) {
        this.snapshotDay = snapshotDay;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public ArchivedReport getMade() {
        return made;
    }

    public ServiceLazyDataModel<ArchivedReport> getModel() {
        return model;
    }

    public ReportKind getArchiveKind() {
        return archiveKind;
    }

    public void setArchiveKind(ReportKind archiveKind) {
        this.archiveKind = archiveKind;
    }
}
