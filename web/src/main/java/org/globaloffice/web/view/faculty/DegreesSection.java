package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.web.support.RecordSection;

/** The degrees of {@code faculty/member.xhtml}; a change moves the member's overseas experience. */
@Named
@ViewScoped
public class DegreesSection extends RecordSection<FacultyDegree> {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberBacking page;

    @Inject
    FacultyMembers members;

    @Override
    protected Long ownerId() {
        return page.getMember() == null || page.getMember().isNew() ? null : page.getMember().getId();
    }

    @Override
    protected List<FacultyDegree> load(Long memberId) {
        return members.degrees(memberId);
    }

    @Override
    protected FacultyDegree blank() {
        FacultyDegree degree = new FacultyDegree();
        degree.setLevel(DegreeLevel.DOCTORATE);
        return degree;
    }

    @Override
    protected FacultyDegree store(Long memberId, FacultyDegree degree) {
        return members.saveDegree(memberId, degree);
    }

    @Override
    protected void remove(FacultyDegree degree) {
        members.deleteDegree(degree.getId(), degree.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:degrees";
    }

    @Override
    public void save() {
        super.save();
        page.rereadExperience();
    }

    @Override
    public void delete(FacultyDegree row) {
        super.delete(row);
        page.rereadExperience();
    }

    public DegreeLevel[] getLevels() {
        return DegreeLevel.values();
    }
}
