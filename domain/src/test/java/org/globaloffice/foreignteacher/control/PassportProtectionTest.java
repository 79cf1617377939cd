package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PassportProtectionTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final PassportProtection protection = new PassportProtection(key(7));

    @Test
    void theStoredValueHoldsNoPlaintextAndDecryptsBack() {
        String stored = protection.encrypt("E12345678");

        assertThat(stored).doesNotContain("12345678");
        assertThat(new String(Base64.getDecoder().decode(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("12345678");
        assertThat(protection.decrypt(stored)).isEqualTo("E12345678");
    }

    @Test
    void theSameNumberEncryptsDifferentlyEachTimeButHashesTheSame() {
        assertThat(protection.encrypt("E12345678")).isNotEqualTo(protection.encrypt("E12345678"));
        assertThat(protection.lookupHash("e 1234-5678")).isEqualTo(protection.lookupHash("E12345678"));
        assertThat(protection.lookupHash("E12345679")).isNotEqualTo(protection.lookupHash("E12345678"));
    }

    @Test
    void anotherKeyCannotReadItNorFindIt() {
        PassportProtection other = new PassportProtection(key(8));
        String stored = protection.encrypt("E12345678");

        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalArgumentException.class);
        assertThat(other.lookupHash("E12345678")).isNotEqualTo(protection.lookupHash("E12345678"));
    }

    @Test
    void anAlteredValueIsRefused() {
        byte[] stored = Base64.getDecoder().decode(protection.encrypt("E12345678"));
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> protection.decrypt(Base64.getEncoder().encodeToString(stored)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new PassportProtection(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
