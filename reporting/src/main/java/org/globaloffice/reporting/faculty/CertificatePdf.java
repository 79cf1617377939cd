package org.globaloffice.reporting.faculty;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.globaloffice.faculty.boundary.CompetenceCertificate;
import org.globaloffice.reporting.output.ReportFont;

/**
 * The bilingual certificate of completion of a global competence program, one A4 landscape page: Chinese first,
 * then English, naming the participant, the program, the hours attended of the hours taught and the completion rule,
 * with the report font embedded so that it prints the same anywhere.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private CertificatePdf() {
    }

    public static byte[] render(CompetenceCertificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("结业证书 Certificate of Completion");
            document.open();
            Font title = new Font(ReportFont.get(), 30);
            Font subtitle = new Font(ReportFont.get(), 18);
            Font body = new Font(ReportFont.get(), 14);
            Font small = new Font(ReportFont.get(), 11);
            document.add(centred("结业证书", title, 4));
            document.add(centred("Certificate of Completion", subtitle, 28));
            String name = c.chineseName() + (c.englishName() == null ? "" : "（" + c.englishName() + "）");
            document.add(centred(c.schoolNameZh() + " " + name + "（工号 " + c.staffNumber() + "）于 " + c.programYear()
                    + " 年参加由" + c.organiser() + "举办的“" + c.programTitle() + "”，出勤 " + c.attendedHours() + " 学时"
                    + "（共 " + c.totalHours() + " 学时，结业须达 " + c.requiredPercent() + "%），成绩合格，准予结业。",
                    body, 18));
            String english = c.englishName() == null ? c.chineseName() : c.englishName();
            document.add(centred(english + " (staff number " + c.staffNumber() + "), " + c.schoolNameEn()
                    + ", attended " + c.attendedHours() + " of the " + c.totalHours() + " teaching hours of "
                    + c.programTitle() + " (" + c.programYear() + "), organised by " + c.organiser()
                    + ", meeting the requirement of " + c.requiredPercent() + "% of the hours, and has completed"
                    + " the program.", body, 36));
            document.add(centred(CHINESE_DATE.format(c.completedOn()) + "    " + ENGLISH_DATE.format(c.completedOn()),
                    small, 4));
            document.add(centred(c.organiser(), small, 0));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the certificate", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(font.getSize() * 1.6f);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** The file name the certificate is downloaded as. */
    public static String fileName(CompetenceCertificate c) {
        return "certificate-" + c.programYear() + "-" + c.staffNumber() + ".pdf";
    }

}
