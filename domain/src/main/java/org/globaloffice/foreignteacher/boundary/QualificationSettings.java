package org.globaloffice.foreignteacher.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.foreignteacher.control.QualificationRules;

/** The work-permit figures of the university's province, as settings ({@code globaloffice.permit.*}). */
@ApplicationScoped
public class QualificationSettings {

    @Inject
    @ConfigProperty(name = "globaloffice.permit.local-average-salary", defaultValue = "200000")
    BigDecimal localAverageSalary;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.min-points-a", defaultValue = "85")
    int minPointsA;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.salary-multiple-a", defaultValue = "6")
    int salaryMultipleA;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.min-points-b", defaultValue = "60")
    int minPointsB;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.min-experience-years", defaultValue = "2")
    int minExperienceYears;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.max-age-b", defaultValue = "60")
    int maxAgeB;

    @Inject
    @ConfigProperty(name = "globaloffice.permit.tefl-waiver-hours", defaultValue = "120")
    int teflWaiverHours;

    public QualificationRules rules() {
        return new QualificationRules(minPointsA, salaryMultipleA, localAverageSalary, minPointsB, minExperienceYears,
                maxAgeB, teflWaiverHours);
    }
}
