package org.globaloffice.cooperation.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The four one-thirds rule of a Sino-foreign cooperative program (教育部关于当前中外合作办学若干问题的意见,
 * 教外综〔2006〕5号, part 3; shared/domain.md), computed from one program's curriculum in one academic year. Four
 * shares must each be at least one third:
 * <ol>
 * <li>courses introduced from the foreign partner (引进的外方课程), of all courses;</li>
 * <li>introduced core courses (专业核心课程), of core courses;</li>
 * <li>core courses borne (担负) by the partner's teachers, of core courses;</li>
 * <li>core teaching hours taught by the partner's teachers, of core teaching hours.</li>
 * </ol>
 * The program complies when all four are met. "At least" includes one third itself: the text says 三分之一以上, and
 * in Chinese legal drafting 以上 includes the number named (民法典 art. 1259 says so for civil law). Every share is
 * compared exactly, as a {@link Ratio}: 4 of 12 passes, 3333 of 10000 does not.
 *
 * <h2>What the last two shares are measured against</h2>
 * The text of 5号 measures the partner's core courses and core hours against <em>all</em> courses and <em>all</em>
 * teaching hours of the program (全部课程和全部教学时数); shared/domain.md and the issue measure them against the core
 * courses and the core teaching hours. Both readings are here, as {@link Basis}: {@link #of(Collection)} follows
 * domain.md ({@link Basis#CORE_COURSES}); {@link Basis#ALL_COURSES} follows the letter of the text, is the stricter
 * (same numerators, larger denominators) and is what a literal-minded evaluator would apply.
 *
 * <h2>A core course borne by partner-side teachers</h2>
 * A core course counts for share 3 when its partner-side teachers teach at least
 * {@link #PARTNER_SHARE_OF_A_BORNE_COURSE half} of its hours. 担负 means carrying the course, not appearing in it:
 * counting a course for any partner hour would let one guest lecture turn a Chinese-taught course into the
 * partner's, while share 4 already credits every partner hour, so share 3 must ask more than that. Asking for all
 * hours would refuse the usual arrangement of a partner lecturer with a Chinese-side tutor. Half is the least at
 * which the partner carries the course at least as much as everyone else together. Hours of a course that no
 * teacher is assigned to yet are not the partner's.
 *
 * <h2>Nothing to count</h2>
 * A share whose denominator is zero (0/0) is {@link Status#NOT_APPLICABLE}, and a program with such a share is
 * <em>not</em> compliant. A program with courses but no core course has shares 2–4 not applicable (under
 * {@link Basis#ALL_COURSES}, share 2 only; shares 3 and 4 are then 0 of something, short): the rule presumes core
 * courses, a program's approved teaching plan names them, and the partner's part in them is what three of the four
 * shares are about. A curriculum without them is either incomplete or has named none, which would escape those shares;
 * in neither case can the office show the program complies, so the check does not say it does. No fix is offered for
 * such a share: the only arithmetic one, declaring a single partner-taught introduced course core, would be advice to
 * game the rule; the page should say instead that the core courses are missing. A program with no course at all has all
 * four shares not applicable and is not compliant, for the same reason.
 *
 * <h2>The smallest fixes</h2>
 * For each short share, the smallest change of each kind that brings that share to one third on its own, the other
 * shares left aside (a new introduced core course also enlarges the denominator of share 3, so the page should
 * check again after any change). Changing existing courses or hours leaves the denominator as it is; adding new
 * ones enlarges it, so adding never needs fewer: 3 of 12 courses introduced needs 1 existing course replaced by the
 * partner's, or 2 new introduced courses. A conversion is not offered when it would need more courses or hours than
 * there are to convert. Dropping courses is never advised: it always needs at least as many as converting.
 */
public final class FourThirdsCheck {

    /** Each of the four shares must reach this, itself included. */
    public static final Ratio REQUIRED_SHARE = Ratio.of(1, 3);

    /** The part of a core course's hours its partner-side teachers must teach for the course to be theirs. */
    public static final Ratio PARTNER_SHARE_OF_A_BORNE_COURSE = Ratio.of(1, 2);

    /**
     * Whose teacher someone is. Partner-side means a teacher of the foreign partner institution, or one recruited in
     * its name and accepted by both institutions (5号); a foreign national employed by the Chinese university is
     * Chinese-side.
     */
    public enum Side {
        CHINESE, PARTNER
    }

    /** Hours of a course taught by one teacher. */
    public record Teaching(Side side, long hours) {

        public Teaching {
            Objects.requireNonNull(side, "side");
            if (hours <= 0) {
                throw new IllegalArgumentException("teaching hours must be positive: " + hours);
            }
        }
    }

    /**
     * A course of the program's curriculum in the academic year, with what each of its teachers teaches. The
     * teachers together teach at most the course's hours; hours no one is assigned to are allowed.
     */
    public record Course(String code, boolean core, boolean introduced, long hours, List<Teaching> teaching) {

        public Course {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("a course needs its code");
            }
            if (hours <= 0) {
                throw new IllegalArgumentException(code + ": teaching hours must be positive: " + hours);
            }
            teaching = List.copyOf(teaching);
            long taught = sum(teaching, Teaching::hours);
            if (taught > hours) {
                throw new IllegalArgumentException(code + ": its teachers teach " + taught + " hours of " + hours);
            }
        }

        public long partnerHours() {
            return sum(teaching.stream().filter(t -> t.side() == Side.PARTNER).toList(), Teaching::hours);
        }

        public boolean borneByPartner() {
            return Ratio.of(partnerHours(), hours).isAtLeast(PARTNER_SHARE_OF_A_BORNE_COURSE);
        }

        /** How many more of its hours partner-side teachers must teach for the course to be theirs. */
        long hoursToBeBorneByPartner() {
            return Ratio.of(partnerHours(), hours).toReachByConverting(PARTNER_SHARE_OF_A_BORNE_COURSE);
        }
    }

    /** What shares 3 and 4 are measured against; see the class comment. */
    public enum Basis {
        /** Core courses and core teaching hours (shared/domain.md, the issue). */
        CORE_COURSES("fourThirds.basis.coreCourses"),
        /** All courses and all teaching hours of the program (the letter of 5号). */
        ALL_COURSES("fourThirds.basis.allCourses");

        private final String messageKey;

        Basis(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public enum Criterion {
        INTRODUCED_COURSES("fourThirds.introducedCourses"),
        INTRODUCED_CORE_COURSES("fourThirds.introducedCoreCourses"),
        CORE_COURSES_BORNE_BY_PARTNER("fourThirds.coreCoursesBorneByPartner"),
        CORE_HOURS_TAUGHT_BY_PARTNER("fourThirds.coreHoursTaughtByPartner");

        private final String messageKey;

        Criterion(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public enum Status {
        MET("fourThirds.status.met"),
        SHORT("fourThirds.status.short"),
        /** Nothing to count (0/0): not compliant, see the class comment. */
        NOT_APPLICABLE("fourThirds.status.notApplicable");

        private final String messageKey;

        Status(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** What the amount of a {@link Fix} counts. */
    public enum Unit {
        COURSES, HOURS
    }

    /** A kind of change that raises a share; its message takes the amount as {0} and the courses as {1}. */
    public enum Change {
        /** Replace existing courses by courses introduced from the partner. */
        INTRODUCE_EXISTING_COURSES(Unit.COURSES, "fourThirds.fix.introduceExistingCourses"),
        /** Add new courses introduced from the partner. */
        ADD_INTRODUCED_COURSES(Unit.COURSES, "fourThirds.fix.addIntroducedCourses"),
        /** Replace existing core courses by core courses introduced from the partner. */
        INTRODUCE_EXISTING_CORE_COURSES(Unit.COURSES, "fourThirds.fix.introduceExistingCoreCourses"),
        /** Add new core courses introduced from the partner. */
        ADD_INTRODUCED_CORE_COURSES(Unit.COURSES, "fourThirds.fix.addIntroducedCoreCourses"),
        /**
         * Give partner-side teachers enough hours of the named core courses (the ones needing fewest) for them to
         * bear those courses; the amount is the hours in all.
         */
        HAND_CORE_COURSES_TO_PARTNER(Unit.HOURS, "fourThirds.fix.handCoreCoursesToPartner"),
        /** Add new core courses borne by partner-side teachers. */
        ADD_CORE_COURSES_BORNE_BY_PARTNER(Unit.COURSES, "fourThirds.fix.addCoreCoursesBorneByPartner"),
        /** Give partner-side teachers core hours now taught by Chinese-side teachers or by no one yet. */
        MOVE_CORE_HOURS_TO_PARTNER(Unit.HOURS, "fourThirds.fix.moveCoreHoursToPartner"),
        /** Add new core teaching hours taught by partner-side teachers. */
        ADD_CORE_HOURS_TAUGHT_BY_PARTNER(Unit.HOURS, "fourThirds.fix.addCoreHoursTaughtByPartner");

        private final Unit unit;
        private final String messageKey;

        Change(Unit unit, String messageKey) {
            this.unit = unit;
            this.messageKey = messageKey;
        }

        public Unit unit() {
            return unit;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * One way to bring a short share to one third: the change, its amount in the change's {@link Unit}, and the
     * courses it concerns when it matters which (empty when any would do).
     */
    public record Fix(Change change, long amount, List<String> courses) {

        public Fix {
            Objects.requireNonNull(change, "change");
            if (amount <= 0) {
                throw new IllegalArgumentException("a fix changes something: " + amount);
            }
            courses = List.copyOf(courses);
        }
    }

    /** One of the four shares, with the alternative fixes when it is short (smallest kind first). */
    public record Share(Criterion criterion, Ratio ratio, List<Fix> fixes) {

        public Share {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(ratio, "ratio");
            fixes = List.copyOf(fixes);
        }

        public Status status() {
            if (!ratio.isDefined()) {
                return Status.NOT_APPLICABLE;
            }
            return ratio.isAtLeast(REQUIRED_SHARE) ? Status.MET : Status.SHORT;
        }

        public boolean met() {
            return status() == Status.MET;
        }
    }

    /** The four shares, in the order of {@link Criterion}. */
    public record Result(Basis basis, List<Share> shares) {

        public Result {
            Objects.requireNonNull(basis, "basis");
            shares = List.copyOf(shares);
        }

        public boolean isCompliant() {
            return shares.stream().allMatch(Share::met);
        }

        public Share share(Criterion criterion) {
            return shares.stream().filter(s -> s.criterion() == criterion).findFirst().orElseThrow();
        }
    }

    private FourThirdsCheck() {
    }

    /** The check as shared/domain.md reads the rule: shares 3 and 4 of core courses and core hours. */
    public static Result of(Collection<Course> courses) {
        return of(courses, Basis.CORE_COURSES);
    }

    /** The check of one program's courses in one academic year; a course code may appear only once. */
    public static Result of(Collection<Course> courses, Basis basis) {
        List<Course> all = List.copyOf(courses);
        Set<String> codes = new HashSet<>();
        for (Course course : all) {
            if (!codes.add(course.code())) {
                throw new IllegalArgumentException("course " + course.code() + " is listed twice");
            }
        }
        List<Course> core = all.stream().filter(Course::core).toList();
        List<Course> notBorne = core.stream().filter(c -> !c.borneByPartner()).toList();
        long introduced = all.stream().filter(Course::introduced).count();
        long introducedCore = core.stream().filter(Course::introduced).count();
        long coreHours = sum(core, Course::hours);
        long partnerCoreHours = sum(core, Course::partnerHours);
        long courseBase = basis == Basis.CORE_COURSES ? core.size() : all.size();
        long hourBase = basis == Basis.CORE_COURSES ? coreHours : sum(all, Course::hours);

        return new Result(basis, List.of(
                share(Criterion.INTRODUCED_COURSES, Ratio.of(introduced, all.size()), r -> fixes(
                        converting(Change.INTRODUCE_EXISTING_COURSES, r, all.size() - introduced),
                        adding(Change.ADD_INTRODUCED_COURSES, r))),
                share(Criterion.INTRODUCED_CORE_COURSES, Ratio.of(introducedCore, core.size()), r -> fixes(
                        converting(Change.INTRODUCE_EXISTING_CORE_COURSES, r, core.size() - introducedCore),
                        adding(Change.ADD_INTRODUCED_CORE_COURSES, r))),
                share(Criterion.CORE_COURSES_BORNE_BY_PARTNER, Ratio.of(core.size() - notBorne.size(), courseBase),
                        r -> fixes(handingOver(r, notBorne), adding(Change.ADD_CORE_COURSES_BORNE_BY_PARTNER, r))),
                share(Criterion.CORE_HOURS_TAUGHT_BY_PARTNER, Ratio.of(partnerCoreHours, hourBase), r -> fixes(
                        converting(Change.MOVE_CORE_HOURS_TO_PARTNER, r, coreHours - partnerCoreHours),
                        adding(Change.ADD_CORE_HOURS_TAUGHT_BY_PARTNER, r)))));
    }

    private static Share share(Criterion criterion, Ratio ratio, Function<Ratio, List<Fix>> fixes) {
        boolean isShort = ratio.isDefined() && !ratio.isAtLeast(REQUIRED_SHARE);
        return new Share(criterion, ratio, isShort ? fixes.apply(ratio) : List.of());
    }

    @SafeVarargs
    private static List<Fix> fixes(Optional<Fix>... fixes) {
        return Stream.of(fixes).flatMap(Optional::stream).toList();
    }

    /** Empty when there are fewer existing courses or hours to change than needed. */
    private static Optional<Fix> converting(Change change, Ratio ratio, long available) {
        long needed = ratio.toReachByConverting(REQUIRED_SHARE);
        return needed <= available ? Optional.of(new Fix(change, needed, List.of())) : Optional.empty();
    }

    private static Optional<Fix> adding(Change change, Ratio ratio) {
        return Optional.of(new Fix(change, ratio.toReachByAdding(REQUIRED_SHARE), List.of()));
    }

    /** The core courses nearest to being the partner's, fewest hours first, then by code. */
    private static Optional<Fix> handingOver(Ratio ratio, List<Course> notBorne) {
        long needed = ratio.toReachByConverting(REQUIRED_SHARE);
        if (needed > notBorne.size()) {
            return Optional.empty();
        }
        List<Course> nearest = notBorne.stream()
                .sorted(Comparator.comparingLong(Course::hoursToBeBorneByPartner).thenComparing(Course::code))
                .limit(needed).toList();
        return Optional.of(new Fix(Change.HAND_CORE_COURSES_TO_PARTNER,
                sum(nearest, Course::hoursToBeBorneByPartner), nearest.stream().map(Course::code).toList()));
    }

    /** Sums exactly, refusing rather than wrapping round past the range of a long. */
    private static <T> long sum(Collection<T> items, ToLongFunction<T> hours) {
        long total = 0;
        for (T item : items) {
            total = Math.addExact(total, hours.applyAsLong(item));
        }
        return total;
    }
}
