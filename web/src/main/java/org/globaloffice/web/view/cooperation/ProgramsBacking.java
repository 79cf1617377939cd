package org.globaloffice.web.view.cooperation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.cooperation.boundary.CooperativePrograms;
import org.globaloffice.cooperation.boundary.Curricula;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code cooperation/programs.xhtml}: the cooperative programs of the caller's scope by school, level and status,
 * each with the badge of its latest four one-thirds check.
 */
@Named
@ViewScoped
public class ProgramsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CooperativePrograms programs;

    @Inject
    Curricula curricula;

    @Inject
    Schools schools;

    @Inject
    ProgramFiles files;

    private ServiceLazyDataModel<CooperativeProgram> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private ProgramLevel level;
    private ProgramStatus status;
    private Map<Long, ComplianceRecord> badges = new HashMap<>();
    private Map<Long, List<RiskFlags.Flag>> flags = new HashMap<>();

    @PostConstruct
    void init() {
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(this::pageWithBadges).withFilters(this::filters);
    }

    /** One page of programs, and the latest check of each of them, read together. */
    private Page<CooperativeProgram> pageWithBadges(PageRequest request) {
        Page<CooperativeProgram> page = programs.page(request);
        List<Long> ids = page.rows().stream().map(CooperativeProgram::getId).toList();
        badges = new HashMap<>(curricula.latest(ids));
        flags = new HashMap<>(files.riskFlagsOf(ids));
        return page;
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("level", level == null ? null : level.name());
        filters.put("status", status == null ? null : status.name());
        return filters;
    }

    /** The program's risk flags in words. */
    public List<String> flags(CooperativeProgram program) {
        return flags.getOrDefault(program.getId(), List.of()).stream()
                .map(f -> Texts.text(f.kind().messageKey(), f.figures().toArray())).toList();
    }

    public ComplianceRecord badge(CooperativeProgram program) {
        return badges.get(program.getId());
    }

    public ProgramLevel[] getLevels() {
        return ProgramLevel.values();
    }

    public ProgramStatus[] getStatuses() {
        return ProgramStatus.values();
    }

    public ServiceLazyDataModel<CooperativeProgram> getModel() {
        return model;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public ProgramLevel getLevel() {
        return level;
    }

    public void setLevel(ProgramLevel level) {
        this.level = level;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public void setStatus(ProgramStatus status) {
        this.status = status;
    }
}
