package org.globaloffice.foreignteacher.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.globaloffice.audit.control.Masking;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetErrors;

/**
 * What a roster must also pass once the file reads: the rules that need more than the file. Each row's school code
 * must be one of the caller's schools (for a liaison, their own: another school's code reads as unknown, as a record
 * outside one's school reads as "not found"); each teacher the row describes must pass the entity's Bean Validation
 * constraints and the passport format of {@link ForeignExpert#recordPassport}; and no passport may already be on
 * file. Everything is reported at its row and column, at most one error per cell; a row is never half-accepted.
 */
public final class RosterCheck {

    /** A teacher ready to be saved, with the passport number typed for them; masked in {@link #toString()}. */
    public record Ready(int row, ForeignExpert expert, String passportNumber) {

        @Override
        public String toString() {
            return "Ready[row=" + row + ", passport=" + Masking.keepLast(passportNumber, 4) + "]";
        }
    }

    /** Either every row's teacher, ready to be saved, or the errors: never some of both. */
    public record Outcome(List<Ready> ready, List<SheetError> errors) {

        public Outcome {
            ready = List.copyOf(ready);
            errors = errors.stream().sorted(SheetError.IN_FILE_ORDER).toList();
        }

        public boolean passed() {
            return errors.isEmpty();
        }
    }

    private final Map<String, School> schoolsByCode;
    private final Predicate<String> passportOnFile;
    private final PassportProtection passports;
    private final Validator validator;

    /**
     * @param schoolsInScope the schools the caller may record teachers for
     * @param passportOnFile whether a passport number (normalized) is already recorded for any teacher of any school
     * @param validator      Bean Validation, interpolating messages in the language the user reads
     */
    public RosterCheck(Collection<School> schoolsInScope, Predicate<String> passportOnFile,
            PassportProtection passports, Validator validator) {
        this.schoolsByCode = schoolsInScope.stream().collect(Collectors.toMap(School::getCode, Function.identity()));
        this.passportOnFile = passportOnFile;
        this.passports = passports;
        this.validator = validator;
    }

    /**
     * Bean Validation of the given factory with its messages in the language the user reads rather than the
     * server's: the errors of an import are shown to one user, in their language (Chinese when none is given).
     */
    public static Validator validatorIn(ValidatorFactory factory, Locale language) {
        Locale reader = language == null ? Locale.SIMPLIFIED_CHINESE : language;
        MessageInterpolator server = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return server.interpolate(template, context, reader);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return server.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    public Outcome check(RosterReader.Result read) {
        if (read.rows().isEmpty()) {
            return new Outcome(List.of(), read.errors());
        }
        SheetErrors errors = SheetErrors.after(read);
        List<Ready> ready = new ArrayList<>();
        for (RosterRow row : read.rows()) {
            School school = null;
            if (row.schoolCode() != null) {
                school = schoolsByCode.get(row.schoolCode().strip().toUpperCase(Locale.ROOT));
                if (school == null) {
                    errors.refuse(row.row(), RosterColumn.SCHOOL_CODE, "roster.error.school", row.schoolCode());
                }
            }
            ForeignExpert expert = row.toExpert(school);
            for (ConstraintViolation<ForeignExpert> violation : validator.validate(expert)) {
                errors.refuse(row.row(), RosterColumn.ofProperty(violation.getPropertyPath().toString()).orElse(null),
                        "roster.error.invalid", violation.getMessage());
            }
            if (row.passportNumber() != null && !errors.reported(row.row(), RosterColumn.PASSPORT)) {
                try {
                    expert.recordPassport(row.passportNumber(), passports);
                    if (passportOnFile.test(row.passportNumber())) {
                        errors.refuse(row.row(), RosterColumn.PASSPORT, "roster.error.passportOnFile",
                                row.maskedPassport());
                    }
                } catch (RuleViolationException e) {
                    errors.refuse(row.row(), RosterColumn.PASSPORT, e.getMessageKey(),
                            Arrays.stream(e.getArguments()).map(String::valueOf).toArray(String[]::new));
                }
            }
            ready.add(new Ready(row.row(), expert, row.passportNumber()));
        }
        return errors.isEmpty() ? new Outcome(ready, List.of()) : new Outcome(List.of(), errors.inFileOrder());
    }
}
