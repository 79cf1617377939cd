package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.reporting.audit.AuditTrailReportSource;
import org.globaloffice.reporting.cooperation.ProgramsReportSource;
import org.globaloffice.reporting.faculty.TrainingReportSource;
import org.globaloffice.reporting.faculty.VisitsReportSource;
import org.globaloffice.reporting.foreignteacher.CoverageReportSource;
import org.globaloffice.reporting.foreignteacher.ExpiringReportSource;
import org.globaloffice.reporting.foreignteacher.RosterReport;
import org.junit.jupiter.api.Test;

/**
 * Every key the reports look up is in both bundles, with the same arguments. The reports look up all their words
 * when they build their columns (never per row), so building every report's columns with a recording lookup
 * collects every key they use.
 */
class ReportBundleKeysTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    @Test
    void everyKeyTheReportsUseIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(keys("reports_en")).containsAll(used);
        assertThat(keys("reports_zh_CN")).containsAll(used);
    }

    @Test
    void aPatternTakesTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("reports_en");
        Properties chinese = load("reports_zh_CN");
        for (String key : usedKeys()) {
            assertThat(arguments(chinese.getProperty(key))).as(key)
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    private static Set<String> usedKeys() {
        Set<String> used = new TreeSet<>();
        Function<String, String> recorder = key -> {
            used.add(key);
            return key;
        };
        LocalDate day = LocalDate.of(2026, 3, 5);
        for (ReportKind kind : ReportKind.values()) {
            recorder.apply(kind.titleKey());
        }
        RosterReport.columns(recorder, day, new ExpiryWatch(60));
        ExpiringReportSource.columns(recorder, day, new ExpiryWatch(60));
        CoverageReportSource.columns(recorder);
        ProgramsReportSource.columns(recorder);
        VisitsReportSource.columns(recorder, 30, day, true);
        VisitsReportSource.columns(recorder, 30, day, false);
        TrainingReportSource.columns(recorder);
        AuditTrailReportSource.columns(recorder, ZoneId.of("Asia/Shanghai"));
        return used;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group());
        }
        return arguments;
    }

    private static Set<String> keys(String name) throws IOException {
        return load(name).stringPropertyNames();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportBundleKeysTest.class.getResourceAsStream(
                "/org/globaloffice/reporting/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
