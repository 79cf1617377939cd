package org.globaloffice.foreignteacher.control;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a foreign teacher stands: candidate → screened → offered → permit in progress → on board → renewed (again
 * and again) or left. A candidate may withdraw (left) at any stage; nothing comes back from left, and no stage is
 * skipped.
 */
public enum RecruitmentStage {
    CANDIDATE, SCREENED, OFFERED, PERMIT_IN_PROGRESS, ON_BOARD, RENEWED, LEFT;

    public Set<RecruitmentStage> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(SCREENED, LEFT);
            case SCREENED -> EnumSet.of(OFFERED, LEFT);
            case OFFERED -> EnumSet.of(PERMIT_IN_PROGRESS, LEFT);
            case PERMIT_IN_PROGRESS -> EnumSet.of(ON_BOARD, LEFT);
            case ON_BOARD, RENEWED -> EnumSet.of(RENEWED, LEFT);
            case LEFT -> EnumSet.noneOf(RecruitmentStage.class);
        };
    }

    public boolean mayMoveTo(RecruitmentStage target) {
        return next().contains(target);
    }
}
