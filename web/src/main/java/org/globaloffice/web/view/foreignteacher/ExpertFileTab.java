package org.globaloffice.web.view.foreignteacher;

import jakarta.inject.Inject;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.web.support.RecordSection;

/** One tab of {@code foreignteacher/expert.xhtml}: a kind of record of the teacher's file. */
public abstract class ExpertFileTab<T extends BusinessRecord> extends RecordSection<T> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertBacking page;

    @Override
    protected Long ownerId() {
        return page.getExpert() == null || page.getExpert().isNew() ? null : page.getExpert().getId();
    }
}
