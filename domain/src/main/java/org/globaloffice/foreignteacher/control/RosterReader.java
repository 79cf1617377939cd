package org.globaloffice.foreignteacher.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globaloffice.audit.control.Masking;

/**
 * Reads an uploaded roster (an XLSX workbook, normally filled in from {@link RosterTemplate}) into typed rows and
 * the list of everything wrong with it, each error at the row and column where Excel shows it. It never throws for
 * a bad file: a file that is not an XLSX at all, a header that lost a column, text in a date cell or a passport typed
 * twice all become errors the user can act on, and the import saves nothing while there is one.
 *
 * <p>What it accepts, and why:
 * <ul>
 * <li>the first sheet (or the template's roster sheet wherever it is), with the titles in row 1. Columns are found
 * by title, in any order, so a roster whose columns were moved still reads; a title may be the template's
 * "中文 / English" or either half, and full-width brackets or extra blanks do not matter. A column missing or
 * renamed is an error; columns the template does not have are ignored;</li>
 * <li>rows whose roster cells are all empty are skipped, wherever they are;</li>
 * <li>dates as Excel dates or as text written year-month-day (1985-03-12): how people type dates in China;</li>
 * <li>list columns by the template's label, either half of it, or the value's code (e.g. {@code ON_BOARD});</li>
 * <li>at most {@value #MAX_ROWS} rows and {@value #MAX_BYTES} bytes: larger rosters are split, which keeps one
 * import within one transaction of reasonable size.</li>
 * </ul>
 * What it does not judge is left to the places that own the rule: the entity's Bean Validation constraints
 * (nationality code, age, ranges), the passport format ({@code ForeignExpert.recordPassport}), the caller's schools
 * and the passports already on file ({@link RosterCheck}).
 */
public final class RosterReader {

    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The row Excel shows the titles in; data starts on the next one. */
    static final int HEADER_ROW = 1;

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /**
     * The choices of each list column by every way of writing them: the value's code, the template's label, and
     * either half of it.
     */
    private static final Map<Class<?>, Map<String, Enum<?>>> CHOICES = Stream.of(RosterColumn.Kind.values())
            .map(RosterColumn.Kind::choices).filter(choices -> !choices.isEmpty())
            .collect(Collectors.toMap(choices -> choices.get(0).getDeclaringClass(), RosterReader::byWriting));
    /** How a yes/no cell may also say it: an Excel TRUE/FALSE. */
    private static final Map<String, RosterColumn.YesNo> YES_NO_ALIASES = Map.of("true", RosterColumn.YesNo.YES,
            "false", RosterColumn.YesNo.NO);

    /**
     * The rows read and the errors found, in file order. When there are no errors there is at least one row.
     * {@code columnLetters} tells where each roster column is in this file, for reporting later checks.
     */
    public record Result(List<RosterRow> rows, List<RosterError> errors, Map<RosterColumn, String> columnLetters) {

        public Result {
            rows = List.copyOf(rows);
            errors = errors.stream().sorted(RosterError.IN_FILE_ORDER).toList();
            Map<RosterColumn, String> letters = new EnumMap<>(RosterColumn.class);
            letters.putAll(columnLetters);
            columnLetters = Collections.unmodifiableMap(letters);
        }

        static Result ofFile(String messageKey, String... arguments) {
            return new Result(List.of(), List.of(RosterError.ofFile(messageKey, arguments)), Map.of());
        }

        /** The column's letter in this file, e.g. "D"; null when the file has no such column. */
        public String letterOf(RosterColumn column) {
            return columnLetters.get(column);
        }
    }

    public Result read(InputStream xlsx) {
        byte[] bytes;
        try {
            bytes = xlsx.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return Result.ofFile("roster.error.unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            return Result.ofFile("roster.error.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        if (startsWith(bytes, OLE2)) {
            return Result.ofFile("roster.error.oldExcel");
        }
        if (!startsWith(bytes, ZIP)) {
            return Result.ofFile("roster.error.notXlsx");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI refuses a ZIP that is no workbook (a .docx, a renamed archive, a damaged file) in many ways
            return Result.ofFile("roster.error.notXlsx");
        }
        try (workbook) {
            return workbook.getNumberOfSheets() == 0 ? Result.ofFile("roster.error.notXlsx")
                    : read(rosterSheet(workbook));
        } catch (IOException e) {
            throw new IllegalStateException("Closing a workbook read from memory", e);
        }
    }

    private static Sheet rosterSheet(XSSFWorkbook workbook) {
        Sheet named = workbook.getSheet(RosterTemplate.rosterSheetName());
        return named != null ? named : workbook.getSheetAt(0);
    }

    private Result read(Sheet sheet) {
        Row header = sheet.getRow(HEADER_ROW - 1);
        if (header == null && sheet.getPhysicalNumberOfRows() == 0) {
            return Result.ofFile("roster.error.noRows");
        }
        List<RosterError> errors = new ArrayList<>();
        Map<RosterColumn, Integer> positions = positions(header, errors);
        if (positions.isEmpty()) {
            return new Result(List.of(), List.of(new RosterError(HEADER_ROW, null, null, "roster.error.notTemplate",
                    List.of())), Map.of());
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (!positions.containsKey(column)) {
                errors.add(new RosterError(HEADER_ROW, column, null, "roster.error.missingColumn", List.of()));
            }
        }
        Map<RosterColumn, String> letters = new EnumMap<>(RosterColumn.class);
        positions.forEach((column, index) -> letters.put(column, CellReference.convertNumToColString(index)));
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors, letters);
        }

        List<RosterRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < HEADER_ROW || positions.values().stream().allMatch(i -> isBlank(row.getCell(i)))) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return Result.ofFile("roster.error.tooManyRows", String.valueOf(MAX_ROWS));
            }
            rows.add(new RowReading(row, positions, letters, errors).read());
        }
        if (rows.isEmpty()) {
            return Result.ofFile("roster.error.noRows");
        }
        errors.addAll(passportsTwice(rows, letters.get(RosterColumn.PASSPORT)));
        return new Result(rows, errors, letters);
    }

    /** Where each roster column is, by its title in the header row; a title found twice is an error. */
    private static Map<RosterColumn, Integer> positions(Row header, List<RosterError> errors) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        if (header == null) {
            return positions;
        }
        Map<String, RosterColumn> byTitle = new LinkedHashMap<>();
        for (RosterColumn column : RosterColumn.values()) {
            byTitle.put(comparable(column.title()), column);
            RosterColumn.LANGUAGES.forEach(language -> byTitle.put(comparable(column.title(language)), column));
        }
        for (Cell cell : header) {
            RosterColumn column = byTitle.get(comparable(textOf(cell)));
            if (column == null) {
                continue;
            }
            if (positions.containsKey(column)) {
                errors.add(new RosterError(HEADER_ROW, column, CellReference.convertNumToColString(
                        cell.getColumnIndex()), "roster.error.columnTwice", List.of()));
            } else {
                positions.put(column, cell.getColumnIndex());
            }
        }
        return positions;
    }

    /** Each row of a passport typed more than once, naming the other rows: which one is right is the user's call. */
    private static List<RosterError> passportsTwice(List<RosterRow> rows, String letter) {
        Map<String, List<Integer>> rowsByPassport = rows.stream().filter(r -> r.passportNumber() != null)
                .collect(Collectors.groupingBy(RosterRow::passportNumber, LinkedHashMap::new,
                        Collectors.mapping(RosterRow::row, Collectors.toList())));
        List<RosterError> errors = new ArrayList<>();
        rowsByPassport.forEach((passport, numbers) -> {
            if (numbers.size() > 1) {
                for (Integer number : numbers) {
                    String others = numbers.stream().filter(n -> !n.equals(number)).map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    errors.add(new RosterError(number, RosterColumn.PASSPORT, letter, "roster.error.passportTwice",
                            List.of(Masking.keepLast(passport, 4), others)));
                }
            }
        });
        return errors;
    }

    /** One data row being read: each cell taken as its column's kind, or an error at that cell. */
    private static final class RowReading {

        private final Row row;
        private final int number;
        private final Map<RosterColumn, Integer> positions;
        private final Map<RosterColumn, String> letters;
        private final List<RosterError> errors;

        RowReading(Row row, Map<RosterColumn, Integer> positions, Map<RosterColumn, String> letters,
                List<RosterError> errors) {
            this.row = row;
            this.number = row.getRowNum() + 1;
            this.positions = positions;
            this.letters = letters;
            this.errors = errors;
        }

        RosterRow read() {
            String passport = text(RosterColumn.PASSPORT);
            return new RosterRow(number, text(RosterColumn.SCHOOL_CODE), text(RosterColumn.NATIVE_NAME),
                    text(RosterColumn.CHINESE_NAME), text(RosterColumn.NATIONALITY), date(RosterColumn.BIRTH_DATE),
                    passport == null ? null : PassportProtection.normalize(passport),
                    choice(RosterColumn.HIGHEST_DEGREE, Degree.class), text(RosterColumn.FIELD),
                    wholeNumber(RosterColumn.EXPERIENCE_YEARS), wholeNumber(RosterColumn.LANGUAGE_TEACHING_YEARS),
                    text(RosterColumn.NATIVE_LANGUAGE), text(RosterColumn.LANGUAGE_TAUGHT),
                    yesNo(RosterColumn.EDUCATION_OR_LANGUAGE_DEGREE), yesNo(RosterColumn.HOME_TEACHING_LICENCE),
                    wholeNumber(RosterColumn.TEFL_HOURS), wholeNumber(RosterColumn.POINTS),
                    choice(RosterColumn.INTENDED_CATEGORY, PermitCategory.class),
                    choice(RosterColumn.STAGE, RecruitmentStage.class), date(RosterColumn.ENTRY_DATE));
        }

        /** The cell's text, or null when it is empty (an error if the column is required) or was refused. */
        private String present(RosterColumn column) {
            Cell cell = row.getCell(positions.get(column));
            if (cell != null && effectiveType(cell) == CellType.ERROR) {
                refuse(column, "roster.error.excelError");
                return null;
            }
            String text = cell == null ? "" : textOf(cell);
            if (text.isEmpty()) {
                if (column.required()) {
                    refuse(column, "roster.error.required");
                }
                return null;
            }
            return text;
        }

        String text(RosterColumn column) {
            String text = present(column);
            if (text != null && column.maxLength() > 0 && text.length() > column.maxLength()) {
                refuse(column, "roster.error.tooLong", String.valueOf(column.maxLength()));
                return null;
            }
            return text;
        }

        LocalDate date(RosterColumn column) {
            Cell cell = row.getCell(positions.get(column));
            if (cell != null && effectiveType(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = present(column);
            if (text == null) {
                return null;
            }
            try {
                if (effectiveType(cell) == CellType.STRING) {
                    return LocalDate.parse(text, TYPED_DATE);
                }
            } catch (DateTimeParseException e) {
                // reported below, like a number or a truth value in a date column
            }
            refuse(column, "roster.error.date", text);
            return null;
        }

        Integer wholeNumber(RosterColumn column) {
            String text = present(column);
            if (text == null) {
                return null;
            }
            if (text.matches("-?\\d{1,9}")) {
                return Integer.valueOf(text);
            }
            refuse(column, "roster.error.wholeNumber", text);
            return null;
        }

        Boolean yesNo(RosterColumn column) {
            String text = present(column);
            if (text == null) {
                return null;
            }
            RosterColumn.YesNo answer = YES_NO_ALIASES.get(comparable(text));
            if (answer == null) {
                answer = choice(column, text, RosterColumn.YesNo.class);
            }
            return answer == null ? null : answer == RosterColumn.YesNo.YES;
        }

        <E extends Enum<E>> E choice(RosterColumn column, Class<E> type) {
            String text = present(column);
            return text == null ? null : choice(column, text, type);
        }

        private <E extends Enum<E>> E choice(RosterColumn column, String text, Class<E> type) {
            Enum<?> constant = CHOICES.get(type).get(comparable(text));
            if (constant == null) {
                refuse(column, "roster.error.choice", text);
                return null;
            }
            return type.cast(constant);
        }

        private void refuse(RosterColumn column, String messageKey, String... arguments) {
            errors.add(new RosterError(number, column, letters.get(column), messageKey, List.of(arguments)));
        }
    }

    private static CellType effectiveType(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /**
     * A cell as the text a user sees in it, without surrounding blanks: a number without a trailing ".0" (a
     * passport of digits only is typed as a number), a date as year-month-day.
     */
    static String textOf(Cell cell) {
        String text = switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        return text.replace('\u00A0', ' ').strip();
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || effectiveType(cell) != CellType.ERROR && textOf(cell).isEmpty();
    }

    private static Map<String, Enum<?>> byWriting(List<? extends Enum<?>> choices) {
        Map<String, Enum<?>> byWriting = new HashMap<>();
        for (Enum<?> choice : choices) {
            Stream.of(choice.name(), RosterColumn.choice(choice), RosterColumn.choice(Locale.SIMPLIFIED_CHINESE, choice),
                    RosterColumn.choice(Locale.ENGLISH, choice)).forEach(w -> byWriting.put(comparable(w), choice));
        }
        return Map.copyOf(byWriting);
    }

    /** A title or a choice as compared: full-width forms as their ASCII twins, no blanks, any case. */
    static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
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
