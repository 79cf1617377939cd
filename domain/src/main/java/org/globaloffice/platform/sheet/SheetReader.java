package org.globaloffice.platform.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded workbook of one {@link SheetLayout} (normally filled in from its {@link SheetTemplate}) into the
 * feature's rows and the list of everything wrong with it, each error at the row and column where Excel shows it. It
 * never throws for a bad file: a file that is not an XLSX at all, a header that lost a column or text in a date cell
 * all become errors the user can act on, and an import saves nothing while there is one.
 *
 * <p>What it accepts, and why:
 * <ul>
 * <li>the template's sheet wherever it is, else the first sheet, with the titles in row 1. Columns are found by
 * title, in any order, so a file whose columns were moved still reads; a title may be the template's
 * "中文 / English" or either half, and full-width brackets or extra blanks do not matter. A column missing or
 * renamed is an error; columns the template does not have are ignored;</li>
 * <li>rows whose cells of the layout's columns are all empty are skipped, wherever they are;</li>
 * <li>at most {@link SheetLayout#maxRows()} rows and {@link SheetLayout#maxBytes()} bytes.</li>
 * </ul>
 * How each cell is taken is {@link SheetRow}'s; what a row means, the feature's row reader's. The errors' keys are the
 * layout's prefix followed by the problem: {@code unreadable}, {@code tooLarge}, {@code oldExcel}, {@code notXlsx},
 * {@code noRows}, {@code tooManyRows}, {@code notTemplate}, {@code missingColumn}, {@code columnTwice}, and for cells
 * {@code required}, {@code excelError}, {@code tooLong}, {@code date}, {@code wholeNumber}, {@code choice}.
 */
public final class SheetReader<C extends Enum<C> & SheetColumn> {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final SheetLayout<C> layout;
    /** The choices of each list column by every way of writing them: the code, the label, either half of it. */
    private final Map<C, Map<String, Enum<?>>> choices = new HashMap<>();

    public SheetReader(SheetLayout<C> layout) {
        this.layout = layout;
        for (C column : layout.columns()) {
            if (!column.choices().isEmpty()) {
                choices.put(column, byWriting(column.texts(), column.choices()));
            }
        }
    }

    SheetLayout<C> layout() {
        return layout;
    }

    /** The choice of the column written as {@code text}, or null when it offers no such choice. */
    Enum<?> choice(C column, String text) {
        return choices.getOrDefault(column, Map.of()).get(Cells.comparable(text));
    }

    /**
     * Reads the workbook's rows, each through {@code rowReader}, which takes the row's cells and reports its own
     * problems at them.
     */
    public <R> SheetResult<C, R> read(InputStream xlsx, Function<SheetRow<C>, R> rowReader) {
        byte[] bytes;
        try {
            bytes = xlsx.readNBytes((int) layout.maxBytes() + 1);
        } catch (IOException e) {
            return ofFile("unreadable");
        }
        if (bytes.length > layout.maxBytes()) {
            return ofFile("tooLarge", String.valueOf(layout.maxMegabytes()));
        }
        if (startsWith(bytes, OLE2)) {
            return ofFile("oldExcel");
        }
        if (!startsWith(bytes, ZIP)) {
            return ofFile("notXlsx");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI refuses a ZIP that is no workbook (a .docx, a renamed archive, a damaged file) in many ways
            return ofFile("notXlsx");
        }
        try (workbook) {
            return workbook.getNumberOfSheets() == 0 ? ofFile("notXlsx") : read(dataSheet(workbook), rowReader);
        } catch (IOException e) {
            throw new IllegalStateException("Closing a workbook read from memory", e);
        }
    }

    private <R> SheetResult<C, R> ofFile(String problem, String... arguments) {
        return new SheetResult<C, R>(List.of(), List.of(SheetError.ofFile(layout.message(problem), arguments)),
                Map.of());
    }

    private Sheet dataSheet(XSSFWorkbook workbook) {
        Sheet named = workbook.getSheet(layout.sheetName());
        return named != null ? named : workbook.getSheetAt(0);
    }

    private <R> SheetResult<C, R> read(Sheet sheet, Function<SheetRow<C>, R> rowReader) {
        Row header = sheet.getRow(SheetLayout.HEADER_ROW - 1);
        if (header == null && sheet.getPhysicalNumberOfRows() == 0) {
            return ofFile("noRows");
        }
        List<SheetError> headerErrors = new ArrayList<>();
        Map<C, Integer> positions = positions(header, headerErrors);
        if (positions.isEmpty()) {
            return new SheetResult<C, R>(List.of(), List.of(new SheetError(SheetLayout.HEADER_ROW, null, null,
                    layout.message("notTemplate"), List.of())), Map.of());
        }
        for (C column : layout.columns()) {
            if (!positions.containsKey(column)) {
                headerErrors.add(new SheetError(SheetLayout.HEADER_ROW, column, null, layout.message("missingColumn"),
                        List.of()));
            }
        }
        Map<C, String> letters = new HashMap<>();
        positions.forEach((column, index) -> letters.put(column, CellReference.convertNumToColString(index)));
        if (!headerErrors.isEmpty()) {
            return new SheetResult<>(List.of(), headerErrors, letters);
        }

        SheetErrors errors = new SheetErrors(letters);
        List<R> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < SheetLayout.HEADER_ROW
                    || positions.values().stream().allMatch(i -> Cells.isBlank(row.getCell(i)))) {
                continue;
            }
            if (rows.size() == layout.maxRows()) {
                return ofFile("tooManyRows", String.valueOf(layout.maxRows()));
            }
            rows.add(rowReader.apply(new SheetRow<>(this, row, positions, errors)));
        }
        if (rows.isEmpty()) {
            return ofFile("noRows");
        }
        return new SheetResult<>(rows, errors.inFileOrder(), letters);
    }

    /** Where each column is, by its title in the header row; a title found twice is an error at the second. */
    private Map<C, Integer> positions(Row header, List<SheetError> errors) {
        Map<C, Integer> positions = new HashMap<>();
        if (header == null) {
            return positions;
        }
        Map<String, C> byTitle = new LinkedHashMap<>();
        for (C column : layout.columns()) {
            byTitle.put(Cells.comparable(column.title()), column);
            SheetTexts.LANGUAGES.forEach(language -> byTitle.put(Cells.comparable(column.title(language)), column));
        }
        for (Cell cell : header) {
            C column = byTitle.get(Cells.comparable(Cells.textOf(cell)));
            if (column == null) {
                continue;
            }
            if (positions.containsKey(column)) {
                errors.add(new SheetError(SheetLayout.HEADER_ROW, column, CellReference.convertNumToColString(
                        cell.getColumnIndex()), layout.message("columnTwice"), List.of()));
            } else {
                positions.put(column, cell.getColumnIndex());
            }
        }
        return positions;
    }

    private static Map<String, Enum<?>> byWriting(SheetTexts texts, List<? extends Enum<?>> choices) {
        Map<String, Enum<?>> byWriting = new HashMap<>();
        for (Enum<?> choice : choices) {
            Stream.of(choice.name(), texts.choice(choice), texts.choice(Locale.SIMPLIFIED_CHINESE, choice),
                    texts.choice(Locale.ENGLISH, choice)).forEach(w -> byWriting.put(Cells.comparable(w), choice));
        }
        return Map.copyOf(byWriting);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
