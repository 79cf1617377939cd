package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.boundary.FacultyMembers.SchoolShare;

/**
 * {@code faculty/overseas.xhtml}: each school's share of members on the staff with overseas experience (the KPI
 * "% of faculty with ≥ 3 months overseas experience"), and the university's.
 */
@Named
@ViewScoped
public class OverseasBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacultyMembers members;

    private List<SchoolShare> shares;
    private SchoolShare total;
    private int thresholdDays;

    @PostConstruct
    void init() {
        shares = members.schoolShares();
        total = new SchoolShare(null, null, null, null, shares.stream().mapToLong(SchoolShare::members).sum(),
                shares.stream().mapToLong(SchoolShare::experienced).sum());
        thresholdDays = members.policy().getOverseasDays();
    }

    public List<SchoolShare> getShares() {
        return shares;
    }

    public SchoolShare getTotal() {
        return total;
    }

    public int getThresholdDays() {
        return thresholdDays;
    }
}
