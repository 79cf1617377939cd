package org.globaloffice.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void chineseUnlessEnglishIsAskedFor() {
        assertThat(LocaleSelection.supported("en")).isEqualTo(Locale.ENGLISH);
        assertThat(LocaleSelection.supported("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(LocaleSelection.supported("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LocaleSelection.supported("fr")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LocaleSelection.supported(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
