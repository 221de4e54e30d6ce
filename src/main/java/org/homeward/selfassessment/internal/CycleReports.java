package org.homeward.selfassessment.internal;

import org.springframework.stereotype.Component;

/** A cycle's report as it stands: each area's answers, evidence, survey and actions, beside the last cycle's grades. */
@Component
class CycleReports {

    private final Questionnaires questionnaires;
    private final CycleAnswers cycleAnswers;
    private final CycleEvidence cycleEvidence;
    private final ActionPlan actionPlan;
    private final Surveys surveys;

    CycleReports(Questionnaires questionnaires, CycleAnswers cycleAnswers, CycleEvidence cycleEvidence,
                 ActionPlan actionPlan, Surveys surveys) {
        this.questionnaires = questionnaires;
        this.cycleAnswers = cycleAnswers;
        this.cycleEvidence = cycleEvidence;
        this.actionPlan = actionPlan;
        this.surveys = surveys;
    }

    Report of(Cycles.Cycle cycle) {
        Questionnaire q = questionnaires.of(cycle.questionnaireId());
        return Report.of(cycle, q, cycleAnswers.answers(cycle.id()), cycleEvidence.evidence(cycle.id()),
                actionPlan.actions(cycle.id()), cycle.previousId() == null ? null : cycleAnswers.answers(cycle.previousId()),
                surveys.surveyCounts(cycle.id()));
    }
}
