package org.globaloffice.faculty.control;

import java.util.List;

/**
 * Who may be appointed a young tutor for students' international development (seed 001): a teacher still on the
 * staff who has overseas experience — at least the policy's days abroad (three months by default), from trips and
 * degrees abroad together ({@link OverseasExperience}). A teacher who may not be appointed is told why, with the
 * figures, so that the page can say it rather than merely leave the name out.
 */
public record TutorEligibility(boolean eligible, String reasonKey, List<Object> reasonArgs) {

    public static final TutorEligibility ELIGIBLE = new TutorEligibility(true, null, List.of());

    public static TutorEligibility of(boolean active, OverseasExperience experience, int thresholdDays) {
        if (!active) {
            return new TutorEligibility(false, "tutor.ineligible.inactive", List.of());
        }
        if (!experience.hasAtLeast(thresholdDays)) {
            return new TutorEligibility(false, "tutor.ineligible.overseas",
                    List.of(experience.totalDays(), thresholdDays));
        }
        return ELIGIBLE;
    }
}
