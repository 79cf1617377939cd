package org.globaloffice.reporting.output;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;

/**
 * PDF on A4 landscape, for reading and printing: the header block on top of the first page, then the table, its
 * column titles repeated on every page, "Page X of Y" and the title in the footer. Chinese is set in the embedded
 * {@link ReportFont}.
 * <p>
 * Memory stays flat: the table is handed to the document every {@value #ROWS_PER_FLUSH} rows, and OpenPDF writes
 * finished pages to the stream and forgets their rows. What is known only after the last row, the row count and
 * checksum on the first page and the page count in every footer, is drawn into placeholders (form XObjects) that
 * the pages refer to and that are written when the document closes.
 */
public final class PdfReportWriter implements ReportWriter {

    // a cell costs about a kilobyte until it is laid out; with 200 rows waiting, enough of them outlived a young
    // collection to push the heap's peak of a 100,000-row report from 27 MB to 100-130 MB (the benchmark)
    static final int ROWS_PER_FLUSH = 50;
    private static final float MARGIN = 28;
    private static final float FOOTER_SIZE = 8;
    private static final float FACE_SIZE = 9;
    private static final float TITLE_SIZE = 14;
    private static final float MAX_CELL_SIZE = 8;
    private static final float MIN_CELL_SIZE = 6;
    private static final float CELL_PADDING = 2;
    private static final Color HEADER_FILL = new Color(0xE4, 0xE8, 0xEE);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Override
    public <R> WrittenReport write(ReportHeader header, List<ReportColumn<R>> columns, Iterator<R> rows,
            OutputStream out) throws IOException {
        BaseFont baseFont = ReportFont.get();
        // landscape by its size, not by a /Rotate entry, which some printers and converters ignore
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(landscape, MARGIN, MARGIN, MARGIN, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        Footer footer = new Footer(baseFont, header);
        writer.setPageEvent(footer);
        document.addTitle(header.title());
        document.addAuthor(header.generatedBy());
        document.addCreator("GlobalOffice");
        document.addCreationDate();
        document.open();
        WrittenReport written;
        try {
            Placeholder rowCount = new Placeholder(writer, baseFont, FACE_SIZE, 13);
            Placeholder checksum = new Placeholder(writer, baseFont, FACE_SIZE, 64);
            document.add(face(header, baseFont, rowCount, checksum));

            written = writeTable(document, columns, rows, baseFont);
            rowCount.fill(Long.toString(written.rowCount()));
            checksum.fill(written.contentSha256());
        } catch (RuntimeException e) {
            // a row that does not fit its column: release the writer, report the row, not a follow-on error
            try {
                document.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        document.close();
        return written;
    }

    private static PdfPTable face(ReportHeader header, BaseFont baseFont, Placeholder rowCount,
            Placeholder checksum) {
        Font font = new Font(baseFont, FACE_SIZE);
        PdfPTable face = new PdfPTable(new float[] {1, 4});
        face.setWidthPercentage(70);
        face.setHorizontalAlignment(Element.ALIGN_LEFT);
        face.setSpacingAfter(10);
        PdfPCell title = new PdfPCell(new Phrase(header.title(), new Font(baseFont, TITLE_SIZE)));
        title.setColspan(2);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(6);
        face.addCell(title);
        for (ReportHeader.Line line : header.linesBeforeRows().subList(1, 5)) {
            face.addCell(faceCell(new PdfPCell(new Phrase(line.label(), font))));
            face.addCell(faceCell(new PdfPCell(new Phrase(line.value(), font))));
        }
        face.addCell(faceCell(new PdfPCell(new Phrase(header.labels().rows(), font))));
        face.addCell(faceCell(rowCount.cell()));
        face.addCell(faceCell(new PdfPCell(new Phrase(header.labels().checksum(), font))));
        face.addCell(faceCell(checksum.cell()));
        return face;
    }

    private static PdfPCell faceCell(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    private static <R> WrittenReport writeTable(Document document, List<ReportColumn<R>> columns, Iterator<R> rows,
            BaseFont baseFont) {
        int width = columns.size();
        // a column's width counts digits, as a spreadsheet's does; the type is as large as lets all of them fit
        float digit = baseFont.getWidthPoint("0", 1);
        int characters = columns.stream().mapToInt(ReportColumn::width).sum();
        float room = document.right() - document.left() - width * 2 * CELL_PADDING;
        float size = Math.max(MIN_CELL_SIZE, Math.min(MAX_CELL_SIZE, room / (characters * digit)));
        Font font = new Font(baseFont, size);
        float[] widths = new float[width];
        int[] alignment = new int[width];
        for (int c = 0; c < width; c++) {
            widths[c] = columns.get(c).width() * digit * size + 2 * CELL_PADDING;
            alignment[c] = columns.get(c).type().isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        boolean empty = !rows.hasNext();
        // OpenPDF leaves out a table that has nothing but header rows: with no rows the titles are a plain row
        table.setHeaderRows(empty ? 0 : 1);
        table.setComplete(false);
        for (ReportColumn<R> column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.title(), font));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(CELL_PADDING);
            table.addCell(cell);
        }
        PdfPCell template = table.getDefaultCell();
        template.setPadding(CELL_PADDING);
        template.setBorderWidth(0.25f);

        ContentDigest digest = new ContentDigest();
        long count = 0;
        while (rows.hasNext()) {
            R row = rows.next();
            count++;
            for (int c = 0; c < width; c++) {
                Object value = columns.get(c).valueOf(row, count);
                String canonical = ContentDigest.canonical(value);
                digest.cell(canonical);
                template.setHorizontalAlignment(alignment[c]);
                table.addCell(new Phrase(shown(value, canonical), font));
            }
            digest.endRow();
            if (count % ROWS_PER_FLUSH == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        return new WrittenReport(count, digest.hex());
    }

    /** A cell as the page shows it: the canonical text, but date-times without the ISO "T" and seconds. */
    private static String shown(Object value, String canonical) {
        if (value instanceof LocalDateTime dateTime) {
            return LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return OFFSET_DATE_TIME.format(dateTime);
        }
        return canonical;
    }

    /** A box on the page whose text is written when it is known, after the page itself is long gone. */
    private static final class Placeholder {
        private final PdfTemplate template;
        private final BaseFont font;
        private final float size;

        /** A box for up to {@code length} hexadecimal digits: what it shows is clipped to it. */
        Placeholder(PdfWriter writer, BaseFont font, float size, int length) {
            this.font = font;
            this.size = size;
            float widest = 0;
            for (char c : "0123456789abcdef".toCharArray()) {
                widest = Math.max(widest, font.getWidthPoint(c, size));
            }
            template = writer.getDirectContent().createTemplate(widest * length + 2, size * 1.4f);
        }

        PdfPCell cell() {
            return new PdfPCell(Image.getInstance(template), false);
        }

        void fill(String text) {
            template.beginText();
            template.setFontAndSize(font, size);
            template.setTextMatrix(0, size * 0.35f);
            template.showText(text);
            template.endText();
        }
    }

    /** "Page X of Y" on the left of each page's foot, the title on the right. */
    private static final class Footer extends PdfPageEventHelper {
        private final BaseFont font;
        private final String title;
        private final String beforeCount;
        private final String fromCount;
        private PdfTemplate pageCount;

        Footer(BaseFont font, ReportHeader header) {
            this.font = font;
            this.title = header.title() + " · " + header.generatedAtText();
            String pattern = header.labels().pageOf();
            int split = pattern.indexOf("{1}");
            this.beforeCount = pattern.substring(0, split);
            this.fromCount = pattern.substring(split);
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            String widest = MessageFormat.format(fromCount, "", "999999");
            pageCount = writer.getDirectContent().createTemplate(font.getWidthPoint(widest, FOOTER_SIZE) + 2,
                    FOOTER_SIZE * 1.4f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            // the page number as plain digits: MessageFormat would group 1,234
            String before = MessageFormat.format(beforeCount, Integer.toString(writer.getPageNumber()));
            float x = document.left();
            float y = document.bottom() - 20;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, FOOTER_SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(before);
            canvas.endText();
            canvas.addTemplate(pageCount, x + font.getWidthPoint(before, FOOTER_SIZE), y - FOOTER_SIZE * 0.35f);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(title, new Font(font, FOOTER_SIZE)),
                    document.right(), y, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            String text = MessageFormat.format(fromCount, "", Integer.toString(writer.getPageNumber() - 1));
            pageCount.beginText();
            pageCount.setFontAndSize(font, FOOTER_SIZE);
            pageCount.setTextMatrix(0, FOOTER_SIZE * 0.35f);
            pageCount.showText(text);
            pageCount.endText();
        }
    }
}
