package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.archive.boundary.ReportArchive;
import org.globaloffice.archive.entity.ArchivedReport;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.reporting.catalogue.ReportQueue;
import org.globaloffice.reporting.catalogue.ReportRequest;
import org.globaloffice.reporting.catalogue.ReportTicket;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.catalogue.Reports;
import org.globaloffice.reporting.output.ReportFormat;
import org.globaloffice.web.api.Representations.PageJson;

/**
 * The report catalogue and the archive: make a report (it is archived as it is made), list the archive, download an
 * archived report again byte for byte, and check it against the checksum of its file. Nothing changes or deletes an
 * archived report; there is no such method here. A report asked for while the most allowed at once are being made
 * waits its turn: the request waits for it up to {@code wait} seconds, and answers 202 with its ticket if it is not
 * made by then; {@code report-queue/{ticket}} says where it is.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    public record ArchivedJson(long id, String report, String format, String language, String title, String window,
            String filters, Long schoolId, Instant madeAt, String madeBy, long rowCount, String contentSha256,
            String fileName, String contentType, long fileSize, String fileSha256) {
        static ArchivedJson of(ArchivedReport r) {
            return new ArchivedJson(r.getId(), r.getReport(), r.getFormat(), r.getLanguage(), r.getTitle(),
                    r.getWindow(), r.getFilters(), r.getSchoolId(), r.getMadeAt(), r.getMadeBy(), r.getRowCount(),
                    r.getContentSha256(), r.getFileName(), r.getContentType(), r.getFileSize(), r.getFileSha256());
        }
    }

    public record VerificationJson(boolean intact, String expectedSha256, String actualSha256) {
    }

    /** Where a report asked for is: WAITING (with how many asked before it still wait), MAKING, DONE, FAILED. */
    public record TicketJson(String ticket, String state, int ahead, int making, int waiting, Long archivedId) {
        static TicketJson of(ReportTicket ticket, ReportQueue.Position position) {
            return new TicketJson(ticket.id().toString(), position.state().name(), position.ahead(),
                    position.making(), position.waiting(), ticket.report() == null ? null : ticket.report().getId());
        }
    }

    static final int MOST_WAIT_SECONDS = 600;

    @Inject
    Reports reports;

    @Inject
    ReportQueue queue;

    @Inject
    ReportArchive archive;

    @GET
    @Path("reports")
    @Operation(summary = "The reports the caller may make")
    public List<String> catalogue() {
        return reports.catalogue().stream().map(Enum::name).toList();
    }

    @POST
    @Path("reports/{report}")
    @Operation(summary = "Makes a report and archives it. window: CALENDAR_YEAR or ACADEMIC_YEAR with year (the"
            + " academic year starting then), or SNAPSHOT with date (default 30 September of year); format: XLSX, PDF"
            + " or CSV; language: zh-CN or en. While the most reports allowed at once are being made it waits its"
            + " turn: the answer is 200 with the archived report if it is made within wait seconds (60 by default, at"
            + " most 600), else 202 with its ticket (see report-queue/{ticket}); 503 when the queue is full.")
    public Response make(@PathParam("report") String report, @QueryParam("format") @DefaultValue("XLSX") String format,
            @QueryParam("window") @DefaultValue("ACADEMIC_YEAR") String window, @QueryParam("year") Integer year,
            @QueryParam("date") String date, @QueryParam("schoolId") Long schoolId,
            @QueryParam("language") @DefaultValue("zh-CN") String language,
            @QueryParam("wait") @DefaultValue("60") int wait) throws InterruptedException {
        ReportWindow.Kind kind = ReportWindow.Kind.valueOf(window);
        int theYear = year == null ? ReportWindow.academicYearOf(LocalDate.now()) : year;
        ReportWindow chosen = ReportWindow.of(kind, theYear, date == null ? null : LocalDate.parse(date));
        ReportTicket ticket = queue.submit(new ReportRequest(ReportKind.valueOf(report), ReportFormat.valueOf(format),
                chosen, schoolId, Locale.forLanguageTag(language)));
        try {
            ArchivedReport made = ticket.outcome().get(Math.max(0, Math.min(wait, MOST_WAIT_SECONDS)),
                    TimeUnit.SECONDS);
            return Response.ok(ArchivedJson.of(made)).build();
        } catch (TimeoutException e) {
            return Response.accepted(TicketJson.of(ticket, queue.position(ticket)))
                    .location(java.net.URI.create("v1/report-queue/" + ticket.id())).build();
        } catch (ExecutionException e) {
            if (ticket.state() == ReportTicket.State.REFUSED) {
                ReportQueue.Position position = queue.position(ticket);
                return ErrorMappers.answer(503, "the report queue is full (" + position.making() + " being made, "
                        + position.waiting() + " waiting); try again in a moment");
            }
            throw ticket.failure();
        }
    }

    @GET
    @Path("report-queue/{ticket}")
    @Operation(summary = "Where a report the caller asked for is: WAITING (ahead: how many asked before it still"
            + " wait), MAKING, DONE (archivedId), FAILED or REFUSED; another caller's ticket is not found")
    public TicketJson ticket(@PathParam("ticket") String ticket) {
        UUID id;
        try {
            id = UUID.fromString(ticket);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("ReportTicket", ticket);
        }
        ReportTicket found = queue.find(id).orElseThrow(() -> new RecordNotFoundException("ReportTicket", ticket));
        return TicketJson.of(found, queue.position(found));
    }

    @GET
    @Path("report-archive")
    @Operation(summary = "The archived reports the caller may see, newest first; filter by report")
    public PageJson<ArchivedJson> page(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("report") String report) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("report", report);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(archive.page(new PageRequest(first, size, null, true, filters)), first,
                ArchivedJson::of);
    }

    @GET
    @Path("report-archive/{id}")
    @Operation(summary = "One archived report's face and checksums")
    public ArchivedJson archived(@PathParam("id") long id) {
        return ArchivedJson.of(archive.find(id));
    }

    @GET
    @Path("report-archive/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The archived report's file, byte for byte as first made; the download is audited")
    public Response file(@PathParam("id") long id) {
        DocumentStore.Download file = archive.download(id);
        StreamingOutput body = out -> {
            try (InputStream in = file.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.contentType()).header("Content-Length", file.size())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("report-archive/{id}/verify")
    @Operation(summary = "Reads the archived file again and compares it with the checksum taken when it was made")
    public VerificationJson verify(@PathParam("id") long id) {
        ReportArchive.Verification check = archive.verify(id);
        return new VerificationJson(check.intact(), check.expectedSha256(), check.actualSha256());
    }
}
