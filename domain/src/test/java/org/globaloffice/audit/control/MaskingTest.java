package org.globaloffice.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void keepsOnlyTheLastFourCharacters() {
        assertThat(Masking.keepLast("E12345678", 4)).isEqualTo("••••5678");
    }

    @Test
    void aValueOfExactlyTheVisibleLengthIsMaskedWhole() {
        assertThat(Masking.keepLast("5678", 4)).isEqualTo("••••");
        assertThat(Masking.keepLast("45678", 4)).isEqualTo("••••5678");
    }

    @Test
    void theMaskDoesNotTellTheLength() {
        assertThat(Masking.keepLast("AB12345678", 4)).isEqualTo(Masking.keepLast("X5678", 4));
    }

    @Test
    void nothingVisibleForSecretsAndNullStaysNull() {
        assertThat(Masking.keepLast("secret-hash", 0)).isEqualTo("••••");
        assertThat(Masking.keepLast(null, 4)).isNull();
    }
}
