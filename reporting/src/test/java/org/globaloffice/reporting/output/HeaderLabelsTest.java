package org.globaloffice.reporting.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HeaderLabelsTest {

    private static final String BUNDLE = "org.globaloffice.reporting.i18n.reports";

    @Test
    void theEnglishLabelsAreTheEnglishBundles() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        assertThat(HeaderLabels.from(english::getString)).isEqualTo(HeaderLabels.english());
    }

    @Test
    void theChineseBundleReadsAsChinese() {
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        HeaderLabels labels = HeaderLabels.from(chinese::getString);
        assertThat(labels.rows()).isEqualTo("行数");
        assertThat(labels.pageOf()).isEqualTo("第 {0} 页，共 {1} 页");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("reports_zh_CN")).isEqualTo(keys("reports_en"));
    }

    @Test
    void aFooterPatternThatNamesTheCountBeforeThePageIsRefused() {
        HeaderLabels english = HeaderLabels.english();
        assertThatThrownBy(() -> new HeaderLabels("a", "b", "c", "d", "e", "f", "g", "{1} pages, this is {0}", "h",
                "i")).isInstanceOf(IllegalArgumentException.class);
        assertThat(english.pageOf()).isEqualTo("Page {0} of {1}");
    }

    private static java.util.Set<Object> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HeaderLabelsTest.class.getResourceAsStream(
                "/org/globaloffice/reporting/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
