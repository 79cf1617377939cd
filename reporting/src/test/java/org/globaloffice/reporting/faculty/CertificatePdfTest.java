package org.globaloffice.reporting.faculty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.globaloffice.faculty.boundary.CompetenceCertificate;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CompetenceCertificate CERTIFICATE = new CompetenceCertificate("T2021013", "李伟", "Li Wei",
            "外国语学院", "School of Foreign Languages", "全球胜任力提升项目 Global competence building program", 2021,
            "国际合作与交流处", 128, 160, 80, LocalDate.of(2021, 12, 17));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCertificateSaysInBothLanguagesWhoCompletedWhatWithHowManyHours() throws IOException {
        String text = text(CertificatePdf.render(CERTIFICATE));
        assertThat(text).contains("结业证书", "Certificate of Completion", "李伟", "Li Wei", "T2021013",
                "全球胜任力提升项目", "出勤 128 学时", "共 160 学时", "80%", "attended 128 of the 160 teaching hours",
                "School of Foreign Languages", "2021年12月17日", "17 December 2021");
    }

    @Test
    void aMemberWithoutAnEnglishNameIsNamedInChineseInTheEnglishText() throws IOException {
        CompetenceCertificate chineseOnly = new CompetenceCertificate("T2021001", "王伟", null, "外国语学院",
                "School of Foreign Languages", "Global competence", 2026, "Office", 30, 32, 80,
                LocalDate.of(2026, 5, 1));
        assertThat(text(CertificatePdf.render(chineseOnly))).contains("王伟 (staff number T2021001)")
                .doesNotContain("null");
        assertThat(CertificatePdf.fileName(chineseOnly)).isEqualTo("certificate-2026-T2021001.pdf");
    }
}
