package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.Locale;
import org.globaloffice.faculty.boundary.FacultyImports;
import org.globaloffice.faculty.control.FacultyRosterReader;
import org.globaloffice.platform.sheet.ImportResult;
import org.globaloffice.web.support.SheetImportPage;

/** {@code faculty/import.xhtml}: importing a school's faculty members, with one degree each, from Excel. */
@Named
@ViewScoped
public class FacultyImportBacking extends SheetImportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    FacultyImports imports;

    @Override
    protected byte[] template() {
        return imports.template();
    }

    @Override
    protected ImportResult importSheet(InputStream xlsx, Locale language) {
        return imports.importRoster(xlsx);
    }

    @Override
    public long getMaxBytes() {
        return FacultyRosterReader.MAX_BYTES;
    }

    @Override
    protected String templateFileNameKey() {
        return "faculty.import.template.fileName";
    }

    @Override
    protected String importedKey() {
        return "faculty.import.imported";
    }

    @Override
    protected String listPage() {
        return "/faculty/members.xhtml";
    }
}
