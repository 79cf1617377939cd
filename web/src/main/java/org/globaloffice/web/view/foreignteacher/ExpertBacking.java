package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.foreignteacher.boundary.ExpiryAlerts;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.QualificationCheck;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/**
 * {@code foreignteacher/expert.xhtml?id=…}: a foreign teacher's profile, the next recruitment stages, the permit
 * qualification check requirement by requirement, and (office only) revealing the passport number.
 */
@Named
@ViewScoped
public class ExpertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One requirement of the qualification check as the page shows it. */
    public record RequirementRow(String text, boolean met) implements Serializable {
    }

    @Inject
    ForeignExperts experts;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    @Inject
    ExpiryAlerts expiryAlerts;

    private Long id;
    private ForeignExpert expert;
    private Long schoolId;
    private String passport;
    private String revealedPassport;
    private List<School> schoolChoices;
    private boolean qualifies;
    private List<RequirementRow> requirements = List.of();
    private List<ExpiryAlert> alerts = List.of();
    private List<AuditRecord> history;

    public void load() throws IOException {
        if (expert != null) {
            return;
        }
        schoolChoices = schools.inScope();
        try {
            expert = id == null ? new ForeignExpert() : experts.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        if (expert.getSchool() != null) {
            schoolId = expert.getSchool().getId();
        } else if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
        if (!expert.isNew()) {
            QualificationCheck.Result result = experts.qualification(id, null);
            qualifies = result.qualifies();
            requirements = result.requirements().stream()
                    .map(r -> new RequirementRow(Texts.text(r.key(), shown(r.figures())), r.met())).toList();
            alerts = expiryAlerts.ofExpert(id);
        }
    }

    private static Object[] shown(Object[] figures) {
        return Arrays.stream(figures)
                .map(f -> f == null ? "—" : f instanceof Degree degree ? Texts.text("degree." + degree.name()) : f)
                .toArray();
    }

    public void save() throws IOException {
        try {
            expert.setSchool(schoolChoices.stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("School", schoolId)));
            ForeignExpert saved = expert.isNew() ? experts.create(expert, passport) : experts.update(expert, passport);
            Texts.info("expert.saved", saved.getNativeName());
            Faces.redirect(Faces.getRequestContextPath() + "/foreignteacher/expert.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            failures.show("tabs:form", e);
        } finally {
            passport = null;
        }
    }

    public void moveTo(RecruitmentStage target) throws IOException {
        try {
            experts.moveTo(expert.getId(), expert.getVersion(), target);
            Texts.info("expert.moved", expert.getNativeName(), Texts.text("stage." + target.name()));
            Faces.redirect(Faces.getRequestContextPath() + "/foreignteacher/expert.xhtml?id=" + expert.getId());
        } catch (RuntimeException e) {
            failures.show("tabs:form", e);
        }
    }

    public void reveal() {
        try {
            revealedPassport = experts.revealPassport(expert.getId());
        } catch (RuntimeException e) {
            failures.show("tabs:form", e);
        }
    }

    /** The audit rows of the person and of their file, read when the history tab is first shown. */
    public List<AuditRecord> getHistory() {
        if (history == null) {
            history = expert == null || expert.isNew() ? List.of() : experts.history(expert.getId());
        }
        return history;
    }

    public String fieldLabel(String field) {
        return Texts.textOr("audit.field." + field, field);
    }

    public List<ExpiryAlert> getAlerts() {
        return alerts;
    }

    public Set<RecruitmentStage> getNextStages() {
        return expert.getStage().next();
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    public PermitCategory[] getCategories() {
        return PermitCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ForeignExpert getExpert() {
        return expert;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public String getRevealedPassport() {
        return revealedPassport;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public boolean isQualifies() {
        return qualifies;
    }

    public List<RequirementRow> getRequirements() {
        return requirements;
    }
}
