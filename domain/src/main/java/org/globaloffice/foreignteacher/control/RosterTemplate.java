package org.globaloffice.foreignteacher.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template users download, fill in and upload again ({@link RosterReader} reads it back). It is bilingual
 * because the people who fill it in are the office's and the schools' staff, and often the teachers themselves:
 * every header reads "中文 / English", with a comment saying what to enter.
 *
 * <p>The first sheet is the roster: one column per {@link RosterColumn}, text columns formatted as text (so that a
 * passport or a school code of digits keeps its leading zeros) and date columns as dates. List columns (degree,
 * permit category, stage, yes/no, and the schools the downloader may import into) offer their choices from a hidden
 * sheet; their check only warns, since the reader also takes either half of a label. The second sheet explains the
 * rules, in both languages.
 */
public final class RosterTemplate {

    static final String LISTS_SHEET = "lists";
    private static final int WIDTH_UNIT = 256;

    private RosterTemplate() {
    }

    /** The roster sheet's name, which the reader looks for first: "名单 Roster". */
    public static String rosterSheetName() {
        return both("sheet.roster", " ");
    }

    /**
     * The template as XLSX bytes. {@code schoolCodes} are the codes of the schools the downloader may import into:
     * a liaison's own school, every school for the office.
     */
    public static byte[] workbook(List<String> schoolCodes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet roster = workbook.createSheet(rosterSheetName());
            Sheet instructions = workbook.createSheet(both("sheet.instructions", " "));
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            writeRoster(workbook, roster, lists, schoolCodes);
            writeInstructions(workbook, instructions);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a workbook to memory", e);
        }
    }

    private static void writeRoster(XSSFWorkbook workbook, Sheet roster, Sheet lists, List<String> schoolCodes) {
        CellStyle header = headerStyle(workbook);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));

        Row titles = roster.createRow(RosterReader.HEADER_ROW - 1);
        titles.setHeightInPoints(48);
        Drawing<?> drawing = roster.createDrawingPatriarch();
        DataValidationHelper validations = roster.getDataValidationHelper();
        int listColumn = 0;
        for (RosterColumn column : RosterColumn.values()) {
            int index = column.ordinal();
            var cell = titles.createCell(index);
            cell.setCellValue(column.title());
            cell.setCellStyle(header);
            cell.setCellComment(comment(workbook, drawing, index, column));
            roster.setColumnWidth(index, (column.kind() == RosterColumn.Kind.TEXT ? 26 : 20) * WIDTH_UNIT);
            roster.setDefaultColumnStyle(index, switch (column.kind()) {
                case DATE -> date;
                case WHOLE_NUMBER -> whole;
                default -> text;
            });
            List<String> choices = column == RosterColumn.SCHOOL_CODE ? schoolCodes
                    : column.kind().choices().stream().map(RosterColumn::choice).toList();
            if (!choices.isEmpty()) {
                String range = list(lists, listColumn++, choices);
                DataValidation validation = validations.createValidation(
                        validations.createFormulaListConstraint(range),
                        new CellRangeAddressList(RosterReader.HEADER_ROW, RosterReader.HEADER_ROW
                                + RosterReader.MAX_ROWS - 1, index, index));
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(true);
                roster.addValidationData(validation);
            }
        }
        roster.createFreezePane(0, RosterReader.HEADER_ROW);
    }

    /** Writes the choices down one column of the hidden lists sheet; answers the range that holds them. */
    private static String list(Sheet lists, int column, List<String> choices) {
        for (int i = 0; i < choices.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(column).setCellValue(choices.get(i));
        }
        String letter = CellReference.convertNumToColString(column);
        return LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + choices.size();
    }

    private static Comment comment(XSSFWorkbook workbook, Drawing<?> drawing, int index, RosterColumn column) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(index);
        anchor.setCol2(index + 3);
        anchor.setRow1(1);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(hint(column)));
        return comment;
    }

    private static String hint(RosterColumn column) {
        String required = column.required() ? both("instructions.required", " / ") + "\n" : "";
        return required + RosterColumn.text(Locale.SIMPLIFIED_CHINESE, "hint." + column.name()) + "\n"
                + RosterColumn.text(Locale.ENGLISH, "hint." + column.name());
    }

    private static void writeInstructions(XSSFWorkbook workbook, Sheet sheet) {
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle header = headerStyle(workbook);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(RosterColumn.text(Locale.SIMPLIFIED_CHINESE, "instructions.title"));
        title.createCell(1).setCellValue(RosterColumn.text(Locale.ENGLISH, "instructions.title"));
        title.getCell(0).setCellStyle(header);
        title.getCell(1).setCellStyle(header);
        r++;
        for (String rule : List.of("rows", "headers", "limit", "allOrNothing", "dates", "choices")) {
            Row row = sheet.createRow(r++);
            for (Locale language : RosterColumn.LANGUAGES) {
                var cell = row.createCell(language == Locale.ENGLISH ? 1 : 0);
                cell.setCellValue("limit".equals(rule) ? RosterColumn.text(language, "instructions.limit",
                        String.valueOf(RosterReader.MAX_ROWS), String.valueOf(RosterReader.MAX_BYTES / (1024 * 1024)))
                        : RosterColumn.text(language, "instructions." + rule));
                cell.setCellStyle(wrapped);
            }
        }
        r++;
        Row columnsHeader = sheet.createRow(r++);
        String[] headings = {both("instructions.column", " / "), both("instructions.required", " / "),
                RosterColumn.text(Locale.SIMPLIFIED_CHINESE, "instructions.explanation"),
                RosterColumn.text(Locale.ENGLISH, "instructions.explanation")};
        for (int i = 0; i < headings.length; i++) {
            columnsHeader.createCell(i).setCellValue(headings[i]);
            columnsHeader.getCell(i).setCellStyle(header);
        }
        for (RosterColumn column : RosterColumn.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.title());
            row.createCell(1).setCellValue(column.required() ? RosterColumn.choice(RosterColumn.YesNo.YES) : "");
            row.createCell(2).setCellValue(RosterColumn.text(Locale.SIMPLIFIED_CHINESE, "hint." + column.name()));
            row.createCell(3).setCellValue(RosterColumn.text(Locale.ENGLISH, "hint." + column.name()));
            for (int i = 0; i < 4; i++) {
                row.getCell(i).setCellStyle(wrapped);
            }
        }
        sheet.setColumnWidth(0, 60 * WIDTH_UNIT);
        sheet.setColumnWidth(1, 60 * WIDTH_UNIT);
        sheet.setColumnWidth(2, 50 * WIDTH_UNIT);
        sheet.setColumnWidth(3, 60 * WIDTH_UNIT);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** A text of the roster bundles in Chinese, then English. */
    private static String both(String key, String separator) {
        return RosterColumn.text(Locale.SIMPLIFIED_CHINESE, key) + separator + RosterColumn.text(Locale.ENGLISH, key);
    }
}
