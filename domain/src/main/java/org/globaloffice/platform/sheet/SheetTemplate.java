package org.globaloffice.platform.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The template of a {@link SheetLayout} that users download, fill in and upload again ({@link SheetReader} reads it
 * back). It is bilingual because the people who fill it in are the office's and the schools' staff, and often foreign
 * teachers: every header reads "中文 / English", with a comment saying what to enter.
 *
 * <p>The first sheet holds the rows: one column per layout column, text columns formatted as text (so that a code of
 * digits keeps its leading zeros) and date columns as dates. List columns offer their choices from a hidden sheet,
 * as do the columns given a list of their own ({@link #offering}, e.g. the schools the downloader may import into);
 * their check only warns, since the reader also takes either half of a label. The second sheet explains the rules
 * ({@link #rule}) and each column, in both languages.
 */
public final class SheetTemplate<C extends Enum<C> & SheetColumn> {

    /** The hidden sheet the choice lists are on. */
    public static final String LISTS_SHEET = "lists";
    private static final int WIDTH_UNIT = 256;

    private record Rule(String key, String[] arguments) {
    }

    private final SheetLayout<C> layout;
    private final SheetTexts texts;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<C, List<String>> offered = new HashMap<>();

    public SheetTemplate(SheetLayout<C> layout) {
        this.layout = layout;
        this.texts = layout.texts();
    }

    /**
     * Adds a line to the instructions: the bundle's {@code instructions.<key>}, a MessageFormat pattern when given
     * arguments (pass numbers as text, so that 2000 does not become "2,000").
     */
    public SheetTemplate<C> rule(String key, String... arguments) {
        rules.add(new Rule(key, arguments));
        return this;
    }

    /** Has the column's cells offer these values (instead of its choices); an empty list offers none. */
    public SheetTemplate<C> offering(C column, List<String> values) {
        offered.put(column, List.copyOf(values));
        return this;
    }

    /** The template as XLSX bytes. */
    public byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(layout.sheetName());
            Sheet instructions = workbook.createSheet(layout.instructionsSheetName());
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            writeData(workbook, data, lists);
            writeInstructions(workbook, instructions);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a workbook to memory", e);
        }
    }

    private void writeData(XSSFWorkbook workbook, Sheet data, Sheet lists) {
        CellStyle header = headerStyle(workbook);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));

        Row titles = data.createRow(SheetLayout.HEADER_ROW - 1);
        titles.setHeightInPoints(48);
        Drawing<?> drawing = data.createDrawingPatriarch();
        DataValidationHelper validations = data.getDataValidationHelper();
        int listColumn = 0;
        for (C column : layout.columns()) {
            int index = column.ordinal();
            var cell = titles.createCell(index);
            cell.setCellValue(column.title());
            cell.setCellStyle(header);
            cell.setCellComment(comment(workbook, drawing, index, column));
            boolean freeText = column.format() == SheetColumn.Format.TEXT && column.choices().isEmpty();
            data.setColumnWidth(index, (freeText ? 26 : 20) * WIDTH_UNIT);
            data.setDefaultColumnStyle(index, switch (column.format()) {
                case DATE -> date;
                case WHOLE_NUMBER -> whole;
                case TEXT -> text;
            });
            List<String> choices = offered.containsKey(column) ? offered.get(column)
                    : column.choices().stream().map(texts::choice).toList();
            if (!choices.isEmpty()) {
                String range = list(lists, listColumn++, choices);
                DataValidation validation = validations.createValidation(
                        validations.createFormulaListConstraint(range),
                        new CellRangeAddressList(SheetLayout.HEADER_ROW, SheetLayout.HEADER_ROW
                                + layout.maxRows() - 1, index, index));
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(true);
                data.addValidationData(validation);
            }
        }
        data.createFreezePane(0, SheetLayout.HEADER_ROW);
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

    private Comment comment(XSSFWorkbook workbook, Drawing<?> drawing, int index, C column) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(index);
        anchor.setCol2(index + 3);
        anchor.setRow1(1);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(hint(column)));
        return comment;
    }

    private String hint(C column) {
        String required = column.required() ? texts.both("instructions.required", " / ") + "\n" : "";
        return required + column.hint(Locale.SIMPLIFIED_CHINESE) + "\n" + column.hint(Locale.ENGLISH);
    }

    private void writeInstructions(XSSFWorkbook workbook, Sheet sheet) {
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle header = headerStyle(workbook);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(texts.text(Locale.SIMPLIFIED_CHINESE, "instructions.title"));
        title.createCell(1).setCellValue(texts.text(Locale.ENGLISH, "instructions.title"));
        title.getCell(0).setCellStyle(header);
        title.getCell(1).setCellStyle(header);
        r++;
        for (Rule rule : rules) {
            Row row = sheet.createRow(r++);
            for (Locale language : SheetTexts.LANGUAGES) {
                var cell = row.createCell(language == Locale.ENGLISH ? 1 : 0);
                cell.setCellValue(texts.text(language, "instructions." + rule.key(), (Object[]) rule.arguments()));
                cell.setCellStyle(wrapped);
            }
        }
        r++;
        Row columnsHeader = sheet.createRow(r++);
        String[] headings = {texts.both("instructions.column", " / "), texts.both("instructions.required", " / "),
                texts.text(Locale.SIMPLIFIED_CHINESE, "instructions.explanation"),
                texts.text(Locale.ENGLISH, "instructions.explanation")};
        for (int i = 0; i < headings.length; i++) {
            columnsHeader.createCell(i).setCellValue(headings[i]);
            columnsHeader.getCell(i).setCellStyle(header);
        }
        for (C column : layout.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.title());
            row.createCell(1).setCellValue(column.required() ? texts.choice(YesNo.YES) : "");
            row.createCell(2).setCellValue(column.hint(Locale.SIMPLIFIED_CHINESE));
            row.createCell(3).setCellValue(column.hint(Locale.ENGLISH));
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
}
