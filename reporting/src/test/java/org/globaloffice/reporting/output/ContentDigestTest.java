package org.globaloffice.reporting.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    @Test
    void twoRowsGiveTheSha256OfTheirCanonicalText() throws Exception {
        ContentDigest digest = new ContentDigest();
        for (Samples.Sample row : new Samples.Sample[] {Samples.WANG, Samples.ANNA}) {
            for (ReportColumn<Samples.Sample> column : Samples.columns()) {
                digest.cell(ContentDigest.canonical(column.value().apply(row)));
            }
            digest.endRow();
        }

        String independent = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Samples.CANONICAL.getBytes(StandardCharsets.UTF_8)));
        assertThat(digest.hex()).isEqualTo(independent).isEqualTo(Samples.CHECKSUM);
    }

    @Test
    void everyKindOfTextIsHashedInTheUtf8JavaWouldWrite() throws Exception {
        String[] cells = {"", "plain ASCII", "Sofía Martínez", "克拉克", "••••2034", "€ and ©", "emoji 😀 pair",
            "lone high \uD83D end", "lone low \uDE00 here", "high at the end \uD83D", "\u07FF\u0800\uFFFF",
            "x".repeat(5000) + "王"};
        ContentDigest digest = new ContentDigest();
        StringBuilder canonical = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            for (int i = 0; i < cells.length; i++) {
                digest.cell(cells[i]);
                canonical.append(i == 0 ? "" : "\u001F").append(cells[i]);
            }
            digest.endRow();
            canonical.append('\n');
        }
        String independent = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(digest.hex()).isEqualTo(independent);
    }

    @Test
    void noRowsGiveTheSha256OfNothing() {
        assertThat(new ContentDigest().hex()).isEqualTo(Samples.EMPTY_CHECKSUM);
    }

    @Test
    void cellsReadTheSameWhateverTheirJavaForm() {
        assertThat(ContentDigest.canonical(null)).isEmpty();
        assertThat(ContentDigest.canonical("  王 ")).isEqualTo("  王 ");
        assertThat(ContentDigest.canonical(LocalDate.of(2026, 2, 3))).isEqualTo("2026-02-03");
        // seconds always, so 09:30 and 09:30:00 are not two different values
        assertThat(ContentDigest.canonical(LocalDateTime.of(2026, 2, 3, 9, 30))).isEqualTo("2026-02-03T09:30:00");
        assertThat(ContentDigest.canonical(OffsetDateTime.of(2026, 2, 3, 9, 30, 0, 0, ZoneOffset.ofHours(8))))
                .isEqualTo("2026-02-03T09:30:00+08:00");
        assertThat(ContentDigest.canonical(-42)).isEqualTo("-42");
        assertThat(ContentDigest.canonical(12_345_678_901L)).isEqualTo("12345678901");
        assertThat(ContentDigest.canonical(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
        assertThat(ContentDigest.canonical(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ContentDigest.canonical(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(ContentDigest.canonical(new BigDecimal("2.50"))).isEqualTo("2.50");
    }

    @Test
    void aCellBoundaryCannotBeMovedWithoutChangingTheChecksum() {
        ContentDigest ab = new ContentDigest();
        ab.cell("a");
        ab.cell("b");
        ab.endRow();
        ContentDigest joined = new ContentDigest();
        joined.cell("ab");
        joined.cell("");
        joined.endRow();
        assertThat(ab.hex()).isNotEqualTo(joined.hex());
    }
}
