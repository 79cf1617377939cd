package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.platform.paging.PageRequest;

/**
 * {@code faculty/competence-totals.xhtml}: the figures of the global competence programs the caller can see, year by
 * year (programs, sessions, teaching hours, members who took part and who completed), and the programs of the year
 * chosen with their own figures.
 */
@Named
@ViewScoped
public class CompetenceTotalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One program of the chosen year with its figures. */
    public record ProgramRow(long id, String title, String organiser, CompetenceTotals.ProgramTotals totals)
            implements Serializable {
    }

    @Inject
    CompetencePrograms programs;

    private List<CompetenceTotals.YearTotals> years;
    private int requiredPercent;
    private Integer year;
    private List<ProgramRow> programRows = List.of();

    @PostConstruct
    void init() {
        years = new ArrayList<>(programs.totalsByYear(null));
        Collections.reverse(years);
        requiredPercent = programs.rule().requiredPercent();
        if (!years.isEmpty()) {
            choose(years.get(0).year());
        }
    }

    /** Shows the programs of {@code chosen} with their figures. */
    public void choose(int chosen) {
        year = chosen;
        programRows = programs.page(new PageRequest(0, PageRequest.MAX_SIZE, "title", true, Map.of("year", chosen)))
                .rows().stream().map(this::row).toList();
    }

    private ProgramRow row(CompetenceProgram program) {
        return new ProgramRow(program.getId(), program.getTitle(), program.getOrganiser(),
                programs.totals(program.getId()));
    }

    public List<CompetenceTotals.YearTotals> getYears() {
        return years;
    }

    public int getRequiredPercent() {
        return requiredPercent;
    }

    public Integer getYear() {
        return year;
    }

    public List<ProgramRow> getProgramRows() {
        return programRows;
    }
}
