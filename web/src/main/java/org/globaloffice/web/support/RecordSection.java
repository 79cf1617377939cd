package org.globaloffice.web.support;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.web.i18n.Texts;

/**
 * A part of a page listing a kind of record that belongs to the page's record (a teacher's documents, a program's
 * enrolments), with the form that adds or edits one below the table. A refused save keeps what the user typed and
 * shows why beside the field; the table is read again from the service after every change, so it never shows what
 * was not saved.
 */
public abstract class RecordSection<T extends BusinessRecord> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Failures failures;

    private List<T> rows;
    private T editing;

    /** The id of the record the section's records belong to; null while that record is new. */
    protected abstract Long ownerId();

    protected abstract List<T> load(Long ownerId);

    protected abstract T blank();

    protected abstract T store(Long ownerId, T record);

    protected abstract void remove(T record);

    /** The client id of the tab's form, for messages beside its fields. */
    protected abstract String formId();

    public List<T> getRows() {
        if (rows == null) {
            rows = ownerId() == null ? List.of() : load(ownerId());
        }
        return rows;
    }

    public void startNew() {
        editing = blank();
    }

    public void edit(T row) {
        rows = null;
        editing = getRows().stream().filter(r -> r.getId().equals(row.getId())).findFirst().orElse(null);
    }

    public void cancel() {
        editing = null;
        rows = null;
    }

    public void save() {
        try {
            beforeSave(editing);
            store(ownerId(), editing);
            Texts.info("record.saved");
            editing = null;
            rows = null;
        } catch (RuntimeException e) {
            failures.show(formId(), e);
        }
    }

    public void delete(T row) {
        try {
            remove(row);
            Texts.info("record.deleted");
            editing = null;
        } catch (RuntimeException e) {
            failures.show(formId(), e);
        }
        rows = null;
    }

    /** Copies what the form keeps outside the record (a chosen school, say) into it. */
    protected void beforeSave(T record) {
    }

    public T getEditing() {
        return editing;
    }

    public boolean isEditorOpen() {
        return editing != null;
    }
}
