package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.faculty.control.FacultyRosterCheck;
import org.globaloffice.faculty.control.FacultyRosterReader;
import org.globaloffice.faculty.control.FacultyRosterRow;
import org.globaloffice.faculty.control.FacultyRosterTemplate;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Role;
import org.globaloffice.platform.sheet.ImportResult;

/**
 * Importing the faculty members of a school from an XLSX roster: every row checked before anything is saved
 * ({@link FacultyRosterReader}, then {@link FacultyRosterCheck} against the caller's schools and the staff numbers on
 * file), and a file with a single error saves nothing. ADMIN and OFFICE import into any school, a LIAISON into
 * their own. Each member is saved through {@link FacultyMembers#save} like one entered in the form, so that a
 * staff number taken meanwhile rolls the whole file back.
 */
@Stateless
public class FacultyImports {

    /** How many staff numbers one query asks about: well within every database's limit of bind parameters. */
    static final int NUMBERS_PER_QUERY = 500;

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    Schools schools;

    @Inject
    FacultyMembers members;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** The template to fill in, offering the codes of the caller's schools. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public byte[] template() {
        return FacultyRosterTemplate.workbook(schools.inScope().stream().map(School::getCode).toList());
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ImportResult importRoster(InputStream xlsx) {
        FacultyRosterReader.Result read = new FacultyRosterReader().read(xlsx);
        if (read.rows().isEmpty()) {
            return ImportResult.refused(read.errors());
        }
        Map<String, School> inScope = schools.inScope().stream()
                .collect(Collectors.toMap(School::getCode, Function.identity()));
        FacultyRosterCheck.Outcome outcome = new FacultyRosterCheck(inScope, staffNumbersOnFile(read.rows()),
                LocalDate.now(clock.withZone(ZoneId.of(timeZone)))).check(read);
        if (!outcome.passed()) {
            return ImportResult.refused(outcome.errors());
        }
        for (FacultyRosterCheck.Ready ready : outcome.ready()) {
            FacultyRosterRow row = ready.row();
            FacultyMember member = new FacultyMember(ready.school(), row.staffNumber(), row.chineseName(),
                    row.title());
            member.setEnglishName(row.englishName());
            member.setLanguages(row.foreignLanguages());
            member.setEmail(row.email());
            FacultyMember saved = members.save(member);
            if (row.degree() != null) {
                FacultyRosterRow.Degree d = row.degree();
                FacultyDegree degree = new FacultyDegree(d.level(), d.institution(), d.country(), d.from(), d.to());
                degree.setField(d.field());
                members.saveDegree(saved.getId(), degree);
            }
        }
        return ImportResult.imported(outcome.ready().size());
    }

    /** The roster's staff numbers already held by a member of any school (they are unique university-wide). */
    private Set<String> staffNumbersOnFile(List<FacultyRosterRow> rows) {
        List<String> numbers = rows.stream().map(FacultyRosterRow::staffNumber).filter(Objects::nonNull)
                .map(FacultyMember::staffNumberKey).distinct().toList();
        Set<String> onFile = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += NUMBERS_PER_QUERY) {
            onFile.addAll(em.createQuery("select m.staffNumber from FacultyMember m where m.staffNumber in :numbers",
                    String.class).setParameter("numbers", new ArrayList<>(numbers.subList(from,
                    Math.min(from + NUMBERS_PER_QUERY, numbers.size())))).getResultList());
        }
        return onFile;
    }
}
