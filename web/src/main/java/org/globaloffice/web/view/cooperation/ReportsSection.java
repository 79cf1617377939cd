package org.globaloffice.web.view.cooperation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.entity.ProgramReport;
import org.globaloffice.cooperation.entity.ReportStatus;
import org.globaloffice.web.support.Downloads;
import org.primefaces.model.file.UploadedFile;

/** The annual reports section: each year's report or self-evaluation, its status and its document. */
@Named
@ViewScoped
public class ReportsSection extends ProgramSection<ProgramReport> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramFiles files;

    private transient UploadedFile document;

    @Override
    protected List<ProgramReport> load(Long programId) {
        return files.reports(programId);
    }

    @Override
    protected ProgramReport blank() {
        return new ProgramReport(LocalDate.now().getYear() - 1, ReportStatus.DUE);
    }

    @Override
    protected ProgramReport store(Long programId, ProgramReport report) {
        if (document == null || document.getSize() == 0) {
            return files.saveReport(programId, report, null, null);
        }
        try (InputStream content = document.getInputStream()) {
            return files.saveReport(programId, report, document.getFileName(), content);
        } catch (IOException e) {
            throw new IllegalStateException("The upload could not be read", e);
        } finally {
            document = null;
        }
    }

    @Override
    protected void remove(ProgramReport report) {
        files.deleteReport(report.getId(), report.getVersion());
    }

    @Override
    protected String formId() {
        return "reports";
    }

    public void download(Long reportId) throws IOException {
        Downloads.send(() -> files.reportDocument(reportId));
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
