package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.globaloffice.foreignteacher.control.AlertDigest.Line;
import org.globaloffice.foreignteacher.control.AlertPlan.Kind;
import org.globaloffice.foreignteacher.control.ExpiryWatch.Urgency;
import org.junit.jupiter.api.Test;

class AlertDigestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The bundle file itself, read as ResourceBundle reads it (UTF-8), without falling back to another language. */
    private static Properties bundle(String suffix) throws IOException {
        String resource = AlertDigest.BUNDLE.replace('.', '/') + "_" + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = AlertDigest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every key {@link AlertDigest} formats. */
    private static Set<String> keysUsed() {
        Set<String> keys = new TreeSet<>(List.of("digest.subject", "digest.intro", "digest.contract"));
        for (DocumentType type : DocumentType.values()) {
            keys.add("digest.document." + type.name());
        }
        for (Kind kind : Kind.values()) {
            for (Urgency urgency : Urgency.values()) {
                keys.add("digest.line." + kind.name() + "." + urgency.name());
            }
        }
        return keys;
    }

    @Test
    void theSubjectIsInChineseThenEnglish() {
        assertThat(AlertDigest.subject(3)).isEqualTo("GlobalOffice：3 项外籍教师证件与合同事项需要处理"
                + " / GlobalOffice: 3 foreign-teacher deadlines need attention");
    }

    @Test
    void theBodyIsInChineseThenEnglishOverdueFirstEachLineNamingWhenWhoWhereAndWhat() {
        List<Line> lines = List.of(
                new Line("Jane Doe", "FL", Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, TODAY.plusDays(17),
                        Urgency.DUE_SOON),
                new Line("John Smith", "CS", Kind.CONTRACT_ENDS, null, TODAY.plusDays(7), Urgency.DUE_SOON),
                new Line("Bob Lee", "MA", Kind.DOCUMENT_EXPIRES, DocumentType.HEALTH_CHECK, TODAY.minusDays(1),
                        Urgency.OVERDUE),
                new Line("Anna Berg", "FL", Kind.DUE_AFTER_ENTRY, DocumentType.WORK_PERMIT, TODAY.minusDays(3),
                        Urgency.OVERDUE));

        assertThat(AlertDigest.body(lines)).isEqualTo("""
                外籍教师：4 项事项即将到期或已逾期。

                2026-11-20  Anna Berg（FL）：入境后须办理工作许可证，已逾期
                2026-11-22  Bob Lee（MA）：体检证明已过期
                2026-11-30  John Smith（CS）：聘用合同即将期满
                2026-12-10  Jane Doe（FL）：Z字签证即将到期

                Foreign teachers: 4 deadlines are due soon or overdue.

                2026-11-20  Anna Berg (FL): the work permit is OVERDUE after entry
                2026-11-22  Bob Lee (MA): the health check has EXPIRED
                2026-11-30  John Smith (CS): the contract ends
                2026-12-10  Jane Doe (FL): the Z visa expires

                """);
    }

    @Test
    void overdueLinesComeFirstEvenWhenALineDueSoonHasAnEarlierDate() {
        // lines gathered on different days: the overdue one is dated after the one due soon
        List<Line> lines = List.of(
                new Line("Early", "FL", Kind.CONTRACT_ENDS, null, TODAY.minusDays(10), Urgency.DUE_SOON),
                new Line("Late", "FL", Kind.CONTRACT_ENDS, null, TODAY, Urgency.OVERDUE));

        String english = AlertDigest.body(lines).split("Foreign teachers:")[1];

        assertThat(english.indexOf("Late (FL): the contract has ENDED"))
                .isNotNegative().isLessThan(english.indexOf("Early (FL): the contract ends"));
    }

    @Test
    void namesAreShownAsTheyAreEvenWithQuotesAndBraces() {
        List<Line> lines = List.of(new Line("Seán O'Brien {0}", "FL", Kind.DOCUMENT_EXPIRES,
                DocumentType.RESIDENCE_PERMIT, TODAY, Urgency.DUE_SOON));

        assertThat(AlertDigest.body(lines))
                .contains("2026-11-23  Seán O'Brien {0}（FL）：居留许可即将到期\n")
                .contains("2026-11-23  Seán O'Brien {0} (FL): the residence permit expires\n");
    }

    @Test
    void anEmptyDigestStillReadsInBothLanguages() {
        assertThat(AlertDigest.body(List.of())).isEqualTo("外籍教师：0 项事项即将到期或已逾期。\n\n\n"
                + "Foreign teachers: 0 deadlines are due soon or overdue.\n\n\n");
    }

    @Test
    void everyKindOfLineCanBeWritten() {
        List<Line> lines = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Urgency urgency : Urgency.values()) {
                for (DocumentType type : DocumentType.values()) {
                    lines.add(new Line("T", "S", kind, kind == Kind.CONTRACT_ENDS ? null : type, TODAY, urgency));
                }
            }
        }

        assertThat(AlertDigest.body(lines).lines().filter(l -> l.startsWith("2026-11-23  T"))).hasSize(2 * lines.size());
    }

    @Test
    void theLanguagesAreChineseThenEnglish() {
        assertThat(AlertDigest.LANGUAGES).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    @Test
    void everyKeyTheDigestFormatsIsInBothBundles() throws IOException {
        Set<String> used = keysUsed();

        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
        assertThat(bundle("zh_CN").stringPropertyNames()).containsAll(used);
        assertThat(bundle("zh_CN").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void theChineseBundleIsInChinese() throws IOException {
        Properties chinese = bundle("zh_CN");

        assertThat(keysUsed()).allSatisfy(key -> assertThat(chinese.getProperty(key))
                .as(key).containsPattern("\\p{IsHan}"));
    }

    @Test
    void everyLineNamesTheDayTheTeacherTheSchoolAndWhat() throws IOException {
        for (String language : List.of("en", "zh_CN")) {
            Properties bundle = bundle(language);
            for (String key : keysUsed()) {
                if (key.startsWith("digest.line.")) {
                    String pattern = bundle.getProperty(key);
                    assertThat(new MessageFormat(pattern).getFormatsByArgumentIndex()).as(language + " " + key)
                            .hasSize(4);
                    assertThat(pattern).as(language + " " + key).contains("{0}", "{1}", "{2}", "{3}");
                }
            }
        }
    }
}
