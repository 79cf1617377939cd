package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.globaloffice.foreignteacher.boundary.RosterImportResult;
import org.globaloffice.foreignteacher.boundary.RosterImports;
import org.globaloffice.foreignteacher.control.RosterReader;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.view.SessionBacking;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code foreignteacher/import.xhtml}: importing an existing roster of foreign teachers from Excel. The user
 * downloads the template, fills it in and uploads it; a refused roster's errors are listed by Excel's row and
 * column in the user's language (nothing of it was saved), and an imported one leads back to the list of teachers.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One error as the table shows it: Excel's row, the column (its letter and title) and what is wrong. */
    public record ErrorRow(String row, String column, String message) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    RosterImports imports;

    @Inject
    SessionBacking session;

    @Inject
    Failures failures;

    /** Only for the request that uploads it: the roster is read at once, never kept in the view. */
    private transient UploadedFile file;
    private List<ErrorRow> errors = List.of();

    /** Those who may not import (leaders, auditors) are told so at once rather than after filling in a roster. */
    public void load() throws IOException {
        if (!session.isMayEditSchoolRecords()) {
            Faces.responseSendError(403, "Importing rosters is for the office and the schools' liaisons");
            Faces.responseComplete();
        }
    }

    public void downloadTemplate() throws IOException {
        try {
            Faces.sendFile(imports.template(), Texts.text("roster.template.fileName"), true);
        } catch (RuntimeException e) {
            failures.show("template", e);
        }
    }

    public void importRoster() throws IOException {
        errors = List.of();
        try {
            if (file == null || file.getSize() == 0) {
                Texts.error("import:file", "roster.file.required");
                return;
            }
            if (file.getSize() > RosterReader.MAX_BYTES) {
                Texts.error("import:file", "roster.error.tooLarge", RosterReader.MAX_BYTES / (1024 * 1024));
                return;
            }
            RosterImportResult result;
            try (InputStream in = file.getInputStream()) {
                result = imports.importRoster(in, Faces.getLocale());
            }
            if (result.succeeded()) {
                Texts.info("roster.imported", result.imported());
                Faces.redirect(Faces.getRequestContextPath() + "/foreignteacher/experts.xhtml");
                return;
            }
            Locale language = Faces.getLocale();
            errors = result.errors().stream().map(error -> shown(error, language)).toList();
            Texts.error(null, "roster.refused", errors.size());
        } catch (DuplicateValueException e) {
            // somebody recorded one of the passports meanwhile: the import rolled back; the form has no passport field
            Texts.error(null, "error.duplicate", e.getValue());
        } catch (RuntimeException e) {
            failures.show("import", e);
        } finally {
            file = null;
        }
    }

    private static ErrorRow shown(SheetError error, Locale language) {
        String row = error.row() == 0 ? Texts.text("roster.errors.wholeFile") : String.valueOf(error.row());
        String column = error.column() == null ? "—" : error.columnLetter() == null ? error.column().title(language)
                : error.columnLetter() + " · " + error.column().title(language);
        return new ErrorRow(row, column, Texts.text(error.messageKey(), error.arguments().toArray()));
    }

    /** The largest roster accepted, for the upload's own check in the browser. */
    public long getMaxBytes() {
        return RosterReader.MAX_BYTES;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ErrorRow> getErrors() {
        return errors;
    }
}
