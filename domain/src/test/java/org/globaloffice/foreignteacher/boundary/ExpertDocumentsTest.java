package org.globaloffice.foreignteacher.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpertDocumentsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "C:\\Users\\jane\\Desktop\\passport.pdf | passport.pdf",
        "C:\\fakepath\\passport.pdf | passport.pdf",
        "\\\\fileserver\\scans\\visa.png | visa.png",
        "/home/jane/scans/visa.png | visa.png",
        "scans/2026/护照 扫描件.jpg | 护照 扫描件.jpg",
        "C:\\scans/mixed\\health check.pdf | health check.pdf",
        "passport.pdf | passport.pdf",
        "'  C:\\scans\\  passport.pdf  ' | passport.pdf"
    })
    void keepsOnlyTheFileNameWithoutFolders(String sent, String kept) {
        assertThat(ExpertDocuments.cleanName(sent)).isEqualTo(kept);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void noNameIsScan(String sent) {
        assertThat(ExpertDocuments.cleanName(sent)).isEqualTo("scan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Users\\jane\\", "/home/jane/", "scans/  ", "/", "\\"})
    void aFolderWithoutAFileNameIsScan(String sent) {
        assertThat(ExpertDocuments.cleanName(sent)).isEqualTo("scan");
    }

    @Test
    void aNameOf255CharactersIsKeptWhole() {
        String name = "a".repeat(251) + ".pdf";

        assertThat(ExpertDocuments.cleanName(name)).isEqualTo(name).hasSize(255);
    }

    @Test
    void aLongerNameKeepsItsLast255CharactersWithTheExtension() {
        String name = "b" + "a".repeat(251) + ".pdf";

        assertThat(ExpertDocuments.cleanName(name)).isEqualTo("a".repeat(251) + ".pdf").hasSize(255);
        assertThat(ExpertDocuments.cleanName("x".repeat(1000) + ".png")).hasSize(255).endsWith("x.png");
    }

    @Test
    void theFoldersDoNotCountTowardsTheLimit() {
        String name = "护".repeat(251) + ".jpg";

        assertThat(ExpertDocuments.cleanName("C:\\" + "f".repeat(300) + "\\" + name)).isEqualTo(name);
    }
}
