package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.globaloffice.faculty.boundary.LanguageTraining;
import org.globaloffice.faculty.entity.ClassLevel;
import org.globaloffice.faculty.entity.LanguageClass;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code faculty/language-classes.xhtml}: the foreign-language training classes by year, level, language and title. */
@Named
@ViewScoped
public class LanguageClassesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageTraining training;

    private ServiceLazyDataModel<LanguageClass> model;
    private Integer year;
    private ClassLevel level;

    @PostConstruct
    void init() {
        LanguageTraining service = training;
        model = new ServiceLazyDataModel<>(service::classes).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("year", year);
        filters.put("level", level == null ? null : level.name());
        return filters;
    }

    public ClassLevel[] getLevels() {
        return ClassLevel.values();
    }

    public ServiceLazyDataModel<LanguageClass> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ClassLevel getLevel() {
        return level;
    }

    public void setLevel(ClassLevel level) {
        this.level = level;
    }
}
