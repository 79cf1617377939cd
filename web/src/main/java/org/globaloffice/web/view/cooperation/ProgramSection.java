package org.globaloffice.web.view.cooperation;

import jakarta.inject.Inject;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.web.support.RecordSection;

/** A part of {@code cooperation/program.xhtml} listing a kind of record of the program's file. */
public abstract class ProgramSection<T extends BusinessRecord> extends RecordSection<T> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramBacking page;

    @Override
    protected Long ownerId() {
        return page.getProgram() == null || page.getProgram().isNew() ? null : page.getProgram().getId();
    }

    /** After a change the program's flags may have moved. */
    @Override
    public void save() {
        super.save();
        page.rereadFlags();
    }

    @Override
    public void delete(T row) {
        super.delete(row);
        page.rereadFlags();
    }
}
