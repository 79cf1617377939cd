package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecruitmentStageTest {

    @Test
    void onlyOneStepForwardAtATime() {
        assertThat(RecruitmentStage.CANDIDATE.mayMoveTo(RecruitmentStage.SCREENED)).isTrue();
        assertThat(RecruitmentStage.CANDIDATE.mayMoveTo(RecruitmentStage.OFFERED)).isFalse();
        assertThat(RecruitmentStage.OFFERED.mayMoveTo(RecruitmentStage.ON_BOARD)).as("no permit, no start").isFalse();
        assertThat(RecruitmentStage.PERMIT_IN_PROGRESS.mayMoveTo(RecruitmentStage.ON_BOARD)).isTrue();
        assertThat(RecruitmentStage.SCREENED.mayMoveTo(RecruitmentStage.CANDIDATE)).as("no step back").isFalse();
    }

    @Test
    void renewalsFollowOnBoardAndEachOther() {
        assertThat(RecruitmentStage.ON_BOARD.mayMoveTo(RecruitmentStage.RENEWED)).isTrue();
        assertThat(RecruitmentStage.RENEWED.mayMoveTo(RecruitmentStage.RENEWED)).isTrue();
        assertThat(RecruitmentStage.OFFERED.mayMoveTo(RecruitmentStage.RENEWED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RecruitmentStage.class, names = "LEFT", mode = EnumSource.Mode.EXCLUDE)
    void anyoneMayLeave(RecruitmentStage stage) {
        assertThat(stage.mayMoveTo(RecruitmentStage.LEFT)).isTrue();
    }

    @Test
    void nothingComesBackFromLeft() {
        assertThat(RecruitmentStage.LEFT.next()).isEmpty();
    }
}
