package org.globaloffice.web.support;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.sheet.ImportResult;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.view.SessionBacking;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * A page importing records from an Excel sheet ({@code WEB-INF/templates/sheet-import.xhtml}): the user downloads
 * the template, fills it in and uploads it; a refused sheet's errors are listed by Excel's row and column in the
 * user's language (nothing of it was saved), and an imported one leads back to the list of what was imported.
 */
public abstract class SheetImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One error as the table shows it: Excel's row, the column (its letter and title) and what is wrong. */
    public record ErrorRow(String row, String column, String message) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    SessionBacking session;

    @Inject
    Failures failures;

    /** Only for the request that uploads it: the sheet is read at once, never kept in the view. */
    private transient UploadedFile file;
    private List<ErrorRow> errors = List.of();

    protected abstract byte[] template();

    protected abstract ImportResult importSheet(InputStream xlsx, Locale language);

    /** The largest file the reader takes. */
    public abstract long getMaxBytes();

    /** The bundle key of the template's file name. */
    protected abstract String templateFileNameKey();

    /** The bundle key of "{0} … imported." */
    protected abstract String importedKey();

    /** Where an imported sheet leads, e.g. {@code /faculty/members.xhtml}. */
    protected abstract String listPage();

    /** Those who may not import (leaders, auditors) are told so at once rather than after filling in a sheet. */
    public void load() throws IOException {
        if (!session.isMayEditSchoolRecords()) {
            Faces.responseSendError(403, "Importing is for the office and the schools' liaisons");
            Faces.responseComplete();
        }
    }

    public void downloadTemplate() throws IOException {
        try {
            Faces.sendFile(template(), Texts.text(templateFileNameKey()), true);
        } catch (RuntimeException e) {
            failures.show("template", e);
        }
    }

    public void importFile() throws IOException {
        errors = List.of();
        try {
            if (file == null || file.getSize() == 0) {
                Texts.error("import:file", "roster.file.required");
                return;
            }
            if (file.getSize() > getMaxBytes()) {
                Texts.error("import:file", "roster.error.tooLarge", getMaxBytes() / (1024 * 1024));
                return;
            }
            ImportResult result;
            try (InputStream in = file.getInputStream()) {
                result = importSheet(in, Faces.getLocale());
            }
            if (result.succeeded()) {
                Texts.info(importedKey(), result.imported());
                Faces.redirect(Faces.getRequestContextPath() + listPage());
                return;
            }
            Locale language = Faces.getLocale();
            errors = result.errors().stream().map(error -> shown(error, language)).toList();
            Texts.error(null, "roster.refused", errors.size());
        } catch (DuplicateValueException e) {
            // somebody recorded the same key meanwhile: the import rolled back, and the page has no such field
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
