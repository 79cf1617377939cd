package org.globaloffice.platform.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a cell reads to a user, whatever Excel stored. */
final class Cells {

    private Cells() {
    }

    static CellType effectiveType(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /**
     * A cell as the text a user sees in it, without surrounding blanks: a number without a trailing ".0" (a code of
     * digits only is typed as a number), a date as year-month-day.
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

    static boolean isBlank(Cell cell) {
        return cell == null || effectiveType(cell) != CellType.ERROR && textOf(cell).isEmpty();
    }

    /** A title or a choice as compared: full-width forms as their ASCII twins, no blanks, any case. */
    static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
