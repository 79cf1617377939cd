package org.globaloffice.foreignteacher.boundary;

import org.globaloffice.platform.sheet.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.globaloffice.foreignteacher.control.AlertRefresh;
import org.globaloffice.foreignteacher.control.PassportProtection;
import org.globaloffice.foreignteacher.control.RosterCheck;
import org.globaloffice.foreignteacher.control.RosterReader;
import org.globaloffice.foreignteacher.control.RosterRow;
import org.globaloffice.foreignteacher.control.RosterTemplate;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Role;

/**
 * Importing an existing roster of foreign teachers from an XLSX file (the issue: "every row validated, errors
 * reported by row and column, and nothing imported when any row fails"). Those who may record teachers may import
 * them: ADMIN and OFFICE into any school, a LIAISON into their own school only.
 *
 * <p>The whole file is checked before anything is saved ({@link RosterReader}, then {@link RosterCheck} against the
 * caller's schools, the entity's constraints and the passports on file); only a file without a single error is
 * saved, all of it in this one transaction, each teacher through {@link ForeignExperts#create} like one entered in
 * the form. Should a save still fail (somebody else recorded the same passport meanwhile), the transaction rolls
 * back and nothing of the file stays.
 */
@Stateless
public class RosterImports {

    /** How many passport hashes one query asks about: well within every database's limit of bind parameters. */
    static final int HASHES_PER_QUERY = 500;

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    Schools schools;

    @Inject
    ForeignExperts experts;

    @Inject
    PassportProtection passports;

    @Inject
    AlertRefresh alerts;

    @Inject
    ValidatorFactory validation;

    /** The template to fill in, offering the codes of the caller's schools. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public byte[] template() {
        return RosterTemplate.workbook(schools.inScope().stream().map(School::getCode).toList());
    }

    /**
     * Imports every teacher of the roster, or none. {@code language} is the one the user reads: the entity's
     * constraint messages are worded in it, the other errors are bundle keys the view words.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public ImportResult importRoster(InputStream xlsx, Locale language) {
        RosterReader.Result read = new RosterReader().read(xlsx);
        if (read.rows().isEmpty()) {
            return ImportResult.refused(read.errors());
        }
        Set<String> onFile = passportsOnFile(read.rows());
        RosterCheck.Outcome outcome = new RosterCheck(schools.inScope(), onFile::contains, passports,
                RosterCheck.validatorIn(validation, language)).check(read);
        if (!outcome.passed()) {
            return ImportResult.refused(outcome.errors());
        }
        for (RosterCheck.Ready ready : outcome.ready()) {
            alerts.refresh(experts.create(ready.expert(), ready.passportNumber()));
        }
        return ImportResult.imported(outcome.ready().size());
    }

    /**
     * The roster's passport numbers that a teacher of any school already holds, found by their keyed hashes: a
     * number is unique across the university, even where the caller may not see the other teacher.
     */
    private Set<String> passportsOnFile(List<RosterRow> rows) {
        Map<String, String> numberByHash = new LinkedHashMap<>();
        rows.stream().map(RosterRow::passportNumber).filter(Objects::nonNull)
                .forEach(number -> numberByHash.put(passports.lookupHash(number), number));
        List<String> hashes = new ArrayList<>(numberByHash.keySet());
        Set<String> onFile = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += HASHES_PER_QUERY) {
            em.createQuery("select e.passportHash from ForeignExpert e where e.passportHash in :hashes", String.class)
                    .setParameter("hashes", hashes.subList(from, Math.min(from + HASHES_PER_QUERY, hashes.size())))
                    .getResultStream().map(numberByHash::get).forEach(onFile::add);
        }
        return onFile;
    }
}
