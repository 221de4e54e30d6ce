package org.homeward.oversight.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of task the modules open, with the words the queues use for them. */
final class TaskKinds {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("RHI_OFFER", "Return home interview offer");
        LABELS.put("RHI_PLAN", "Interview findings into the plan");
        LABELS.put("RHI_ACTION", "Interview follow-up action");
        LABELS.put("RHI_NEXT_STEP", "Next step after a declined interview");
        LABELS.put("STRATEGY_DISCUSSION", "Strategy discussion");
        LABELS.put("TRIGGER_PLAN", "Police trigger plan");
        LABELS.put("MEETING_ACTION", "Meeting action");
        LABELS.put("IMPACT_REVIEW", "Impact review");
        LABELS.put("MEETING_REVIEW", "Missing management meeting review");
        LABELS.put("SUBJECT_ACCESS", "Subject access response");
        LABELS.put("XB_PLACEMENT_NOTICE", "Out-of-area placement notice");
        LABELS.put("XB_RHI_RESPONSIBILITY", "Who holds the return home interview");
        LABELS.put("XB_RHI_FINDINGS", "Interview findings to the placing authority");
        LABELS.put("SIGN_OFF", "Management sign-off");
        LABELS.put("EXPLOITATION_SCREENING", "Exploitation screening");
        LABELS.put("EXPLOITATION_REVIEW", "Exploitation screening review");
        LABELS.put("EPISODE_REVIEW", "Police review of a missing episode");
        LABELS.put("PHILOMENA_REVIEW", "Philomena profile review");
        LABELS.put("CARE_PLAN_REVIEW_DECISION", "IRO care plan review decision");
        LABELS.put("STANDING_ASSESSMENT", "Risk of going missing assessment");
        LABELS.put("CASE_AUDIT_ACTION", "Case-file audit action");
        LABELS.put("CASE_AUDIT_CONCERN", "Safeguarding concern found in a case-file audit");
    }

    private TaskKinds() {
    }

    /** A kind added without words here still reads as words, never as a code. */
    static String label(String kind) {
        String label = LABELS.get(kind);
        if (label != null) {
            return label;
        }
        String words = kind.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
