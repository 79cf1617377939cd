package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.Locale;
import org.globaloffice.foreignteacher.boundary.RosterImports;
import org.globaloffice.foreignteacher.control.RosterReader;
import org.globaloffice.platform.sheet.ImportResult;
import org.globaloffice.web.support.SheetImportPage;

/** {@code foreignteacher/import.xhtml}: importing an existing roster of foreign teachers from Excel. */
@Named
@ViewScoped
public class ImportBacking extends SheetImportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterImports imports;

    @Override
    protected byte[] template() {
        return imports.template();
    }

    /** The entity's constraint messages are worded in the user's language, the other errors are bundle keys. */
    @Override
    protected ImportResult importSheet(InputStream xlsx, Locale language) {
        return imports.importRoster(xlsx, language);
    }

    @Override
    public long getMaxBytes() {
        return RosterReader.MAX_BYTES;
    }

    @Override
    protected String templateFileNameKey() {
        return "roster.template.fileName";
    }

    @Override
    protected String importedKey() {
        return "roster.imported";
    }

    @Override
    protected String listPage() {
        return "/foreignteacher/experts.xhtml";
    }
}
