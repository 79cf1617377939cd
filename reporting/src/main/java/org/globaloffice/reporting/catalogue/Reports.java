package org.globaloffice.reporting.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.account.boundary.CurrentUser;
import org.globaloffice.archive.boundary.ReportArchive;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;
import org.globaloffice.reporting.output.HeaderLabels;
import org.globaloffice.reporting.output.ReportHeader;
import org.globaloffice.reporting.output.WrittenReport;

/**
 * Makes a report of the catalogue and files it in the archive, in one transaction: the rows are read from the
 * database while the file is written (to a temporary file, never to memory), the face is completed with the row
 * count and the content checksum, and the file is archived with the checksum of its bytes. A liaison's reports are
 * always limited to their school; another school is "not found". Personal identifiers are masked for everyone but
 * the office. Reads only: no business record is changed.
 */
@Stateless
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class Reports {

    static final String BUNDLE = "org.globaloffice.reporting.i18n.reports";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    @Any
    Instance<ReportDefinition<?>> definitions;

    @Inject
    ReportArchive archive;

    @Inject
    CallerScope callers;

    @Inject
    CurrentUser currentUser;

    @Inject
    Schools schools;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** The reports the caller may make. */
    public List<ReportKind> catalogue() {
        Caller caller = callers.current();
        return java.util.Arrays.stream(ReportKind.values()).filter(k -> k.mayBeMadeBy(caller.roles())).toList();
    }

    /**
     * Refuses at once what {@link #make} would refuse before reading a row: a report not for the caller's roles
     * (forbidden) or a school the caller cannot see (not found). The queue asks this before a request waits its turn.
     */
    public void check(ReportRequest request) {
        Caller caller = callers.current();
        if (!request.kind().mayBeMadeBy(caller.roles())) {
            throw new EJBAccessException("The " + request.kind() + " report is not for " + caller.username());
        }
        Long schoolId = caller.isScopedToSchool() ? caller.schoolId() : request.schoolId();
        if (schoolId != null) {
            schools.find(schoolId);
        }
        if (request.schoolId() != null && !request.schoolId().equals(schoolId)) {
            schools.find(request.schoolId());
        }
    }

    public ArchivedReport make(ReportRequest request) {
        check(request);
        Caller caller = callers.current();
        Long schoolId = caller.isScopedToSchool() ? caller.schoolId() : request.schoolId();
        School school = schoolId == null ? null : schools.find(schoolId);
        Locale language = request.language();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Reports.class.getClassLoader());
        Function<String, String> text = bundle::getString;
        ZoneId zone = ZoneId.of(timeZone);
        Instant now = clock.instant();
        ReportContext context = new ReportContext(request.window(), schoolId, language, text,
                !caller.hasRole(Role.OFFICE), LocalDate.ofInstant(now, zone));
        String filters = school == null ? text.apply("report.filters.allSchools")
                : text.apply("report.filters.school") + " " + school.getCode() + " "
                        + (Locale.CHINESE.getLanguage().equals(language.getLanguage()) ? school.getName().getZh()
                                : school.getName().getEn());
        ReportHeader header = new ReportHeader(text.apply(request.kind().titleKey()),
                request.window().describe(text), filters, OffsetDateTime.ofInstant(now, zone),
                currentUser.account().getDisplayName(), HeaderLabels.from(text));
        Path file = null;
        try {
            file = Files.createTempFile("globaloffice-report-", "." + request.format().extension());
            WrittenReport written;
            try (OutputStream out = Files.newOutputStream(file)) {
                written = write(definition(request.kind()), context, header, request, out);
            }
            ArchivedReport.Face face = new ArchivedReport.Face(request.kind().name(), request.format().name(),
                    language.toLanguageTag(), header.title(), header.window(), filters, schoolId, now,
                    caller.username(), written.rowCount(), written.contentSha256());
            String fileName = request.kind().key() + "-" + request.window().from() + "-"
                    + FILE_TIME.format(now.atZone(zone)) + "." + request.format().extension();
            try (InputStream in = Files.newInputStream(file)) {
                return archive.file(face, fileName, request.format().contentType(), in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the " + request.kind() + " report", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the others when the server restarts
                }
            }
        }
    }

    private static <R> WrittenReport write(ReportDefinition<R> definition, ReportContext context, ReportHeader header,
            ReportRequest request, OutputStream out) throws IOException {
        return request.format().writer().write(header, definition.columns(context), definition.rows(context), out);
    }

    @SuppressWarnings("unchecked")
    private <R> ReportDefinition<R> definition(ReportKind kind) {
        for (ReportDefinition<?> definition : definitions) {
            if (definition.kind() == kind) {
                return (ReportDefinition<R>) definition;
            }
        }
        throw new IllegalStateException("No definition of the " + kind + " report");
    }
}
