package org.globaloffice.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.globaloffice.reporting.dashboard.TopShares.Share;
import org.junit.jupiter.api.Test;

class TopSharesTest {

    /** {@code n} nationalities, the first with n teachers, the next with n - 1, …, the last with 1. */
    private static Map<String, Long> nationalities(int n) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.put(String.valueOf((char) ('A' + i)) + "X", (long) (n - i));
        }
        return counts;
    }

    @Test
    void exactlyTenGroupsMakeTenSlicesAndNoOther() {
        var shares = TopShares.of(nationalities(10));

        assertThat(shares).hasSize(10).noneMatch(Share::other);
        assertThat(shares.get(0)).isEqualTo(new Share("AX", 10));
        assertThat(shares.get(9)).isEqualTo(new Share("JX", 1));
    }

    @Test
    void anEleventhGroupGoesIntoOther() {
        var shares = TopShares.of(nationalities(11));

        assertThat(shares).hasSize(11);
        assertThat(shares.subList(0, 10)).noneMatch(Share::other);
        assertThat(shares.get(10)).isEqualTo(new Share(null, 1));
        assertThat(shares.get(10).other()).isTrue();
    }

    @Test
    void otherHoldsEverythingBeyondTheTopTen() {
        var shares = TopShares.of(nationalities(14));

        assertThat(shares.get(10)).isEqualTo(new Share(null, 4 + 3 + 2 + 1));
        assertThat(shares.stream().mapToLong(Share::count).sum()).isEqualTo(14 * 15 / 2);
    }

    @Test
    void aTieIsBrokenByTheKeySoTheSameFiguresGiveTheSamePie() {
        Map<String, Long> counts = new HashMap<>();
        for (String code : new String[] {"US", "GB", "DE", "JP", "FR", "ES", "IT", "KR", "AU", "CA", "NZ"}) {
            counts.put(code, 1L);
        }
        counts.put("RU", 2L);

        var shares = TopShares.of(counts);

        assertThat(shares).extracting(Share::key).containsExactly("RU", "AU", "CA", "DE", "ES", "FR", "GB", "IT",
                "JP", "KR", null);
        assertThat(shares.get(10).count()).as("NZ and US").isEqualTo(2);
    }

    @Test
    void groupsWithoutAnyoneAreLeftOut() {
        assertThat(TopShares.of(Map.of("GB", 2L, "DE", 0L))).containsExactly(new Share("GB", 2));
        assertThat(TopShares.of(Map.of())).isEmpty();
    }
}
