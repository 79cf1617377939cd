package org.globaloffice.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageHoldsUpToFiveHundredRowsOrOnlyCounts() {
        assertThat(PageRequest.of(0, 500).size()).isEqualTo(500);
        assertThatThrownBy(() -> PageRequest.of(0, 501)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.of(0, 0).isCountOnly()).isTrue();
        assertThat(PageRequest.of(0, 1).isCountOnly()).isFalse();
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wildcardsInATextFilterMatchThemselves() {
        assertThat(CriteriaPage.escape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }

    @Test
    void textTypedIntoAFilterBecomesTheAttributesTypeOrIsIgnored() {
        assertThat(CriteriaPage.typed(boolean.class, "TRUE")).isEqualTo(Boolean.TRUE);
        assertThat(CriteriaPage.typed(boolean.class, "yes")).isNull();
        assertThat(CriteriaPage.typed(Long.class, " 42 ")).isEqualTo(42L);
        assertThat(CriteriaPage.typed(Long.class, "4x")).isNull();
        assertThat(CriteriaPage.typed(java.time.Instant.class, "2026")).isNull();
        assertThat(CriteriaPage.typed(Thread.State.class, "NEW")).isEqualTo(Thread.State.NEW);
        assertThat(CriteriaPage.typed(Thread.State.class, "OLD")).isNull();
        assertThat(CriteriaPage.typed(Long.class, 7L)).isEqualTo(7L);
    }
}
