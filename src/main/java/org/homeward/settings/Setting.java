package org.homeward.settings;

/**
 * The thresholds and timescales a partnership sets for itself. Each starts at its deployment default
 * (the configuration property named here, then the fallback) until an administrator changes it.
 * Statutory timescales (the 72 hours for a return home interview) are not here: no partnership may change them.
 */
public enum Setting {

    RHI_OFFER_AFTER_AWAY("Return home interviews", "Offer an interview after an away episode",
            "Children away from placement without authorisation, whose whereabouts were known. DfE guidance asks for "
                    + "an interview after every missing episode; offering one after away episodes too is the partnership's choice",
            Type.YES_NO, null, 0, 0, "homeward.rhi.offer-after-away", "true"),
    RHI_DECLINED_NEXT_STEP("Return home interviews", "Decide what happens next after a declined interview within",
            "The allocated worker's task after the child declines", Type.WHOLE_NUMBER, "working days", 1, 20,
            "homeward.rhi.declined-next-step-working-days", "2"),
    STRATEGY_DISCUSSION("Meetings and plans", "Hold a strategy discussion within",
            "From the time significant harm is suspected", Type.WHOLE_NUMBER, "working days", 1, 10,
            "homeward.strategy-discussion-working-days", "3"),
    TRIGGER_PLAN("Meetings and plans", "Put a police trigger plan on file and share it within",
            "From the meeting or discussion that decides one is needed", Type.WHOLE_NUMBER, "days", 1, 28,
            "homeward.meetings.trigger-plan-days", "7"),
    MEETING_REPEAT_EPISODES("Meetings and plans", "A missing management meeting is needed after this many episodes",
            "Counted within the period below", Type.WHOLE_NUMBER, "episodes", 2, 20,
            "homeward.meetings.repeat-episodes", "3"),
    MEETING_REPEAT_DAYS("Meetings and plans", "Period for counting repeat episodes", null, Type.WHOLE_NUMBER, "days",
            30, 730, "homeward.meetings.repeat-days", "182"),
    MEETING_LONG_EPISODE("Meetings and plans", "A missing management meeting is needed for one episode lasting",
            null, Type.WHOLE_NUMBER, "hours", 1, 168, "homeward.meetings.long-episode-hours", "24"),
    HIGH_RISK_AGE("Risk", "Prompt high risk for children of this age or younger",
            "The council's screening suggests high risk and asks for a rationale", Type.WHOLE_NUMBER, "years", 0, 17,
            "homeward.risk.high-risk-age", "12"),
    LATE_REPORT("Episodes", "Flag an episode reported to police later than",
            "After the child was last seen", Type.WHOLE_NUMBER, "hours", 1, 168, "homeward.episodes.late-report-hours", "24"),
    CARE_LEAVER_UPPER_AGE("Episodes", "Care leavers can have episodes recorded up to the age of",
            "Children under 18 always can. A care leaver is a young person whose legal status is care leaver; "
                    + "set 18 to record no care leavers' episodes", Type.WHOLE_NUMBER, "years", 18, 25,
            "homeward.episodes.care-leaver-upper-age", "21"),
    INSIGHT_REPEAT_EPISODES("Reports", "A child counts as repeat missing after this many episodes",
            "Counted within the period below, in the partnership's reports", Type.WHOLE_NUMBER, "episodes", 2, 20,
            "homeward.insight.repeat-episodes", "2"),
    INSIGHT_REPEAT_MONTHS("Reports", "Period for counting repeat missing", "Reports use the new period after their "
            + "next nightly count", Type.WHOLE_NUMBER, "months", 1, 36, "homeward.insight.repeat-months", "12"),
    INSIGHT_SUPPRESS_BELOW("Reports", "Show counts smaller than this as \"fewer than\" in analysts' reports",
            "Small numbers can identify a child. Counts of nought are shown", Type.WHOLE_NUMBER, "children or episodes",
            2, 20, "homeward.insight.suppress-below", "5"),
    LOOKED_AFTER_TERM("Words", "What the partnership calls a child the council looks after",
            "Used on Homeward's pages. Statutory returns keep the statutory term, looked after",
            Type.CHOICE, null, 0, 0, "homeward.terms.looked-after", "LOOKED_AFTER");

    public enum Type { YES_NO, WHOLE_NUMBER, CHOICE }

    /** The words of each choice of {@link #LOOKED_AFTER_TERM}, as a page shows them. */
    static final java.util.Map<String, String> TERMS = java.util.Map.of(
            "LOOKED_AFTER", "Looked-after child", "IN_CARE", "Child in care", "CARED_FOR", "Cared-for child");

    /** The codes a choice setting takes, in the order a page offers them. */
    public java.util.List<String> choices() {
        return this == LOOKED_AFTER_TERM ? java.util.List.of("LOOKED_AFTER", "IN_CARE", "CARED_FOR") : java.util.List.of();
    }

    final String group;
    final String label;
    final String hint;
    final Type type;
    final String unit;
    final int min;
    final int max;
    final String property;
    final String fallback;

    Setting(String group, String label, String hint, Type type, String unit, int min, int max, String property,
            String fallback) {
        this.group = group;
        this.label = label;
        this.hint = hint;
        this.type = type;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.property = property;
        this.fallback = fallback;
    }

    public String group() { return group; }
    public String label() { return label; }
    public String hint() { return hint; }
    public Type type() { return type; }
    public String unit() { return unit; }
    public int min() { return min; }
    public int max() { return max; }

    /** The URL slug of the setting's page. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** "3 working days", "Yes". */
    public String describe(String value) {
        if (type == Type.YES_NO) {
            return "true".equals(value) ? "Yes" : "No";
        }
        if (type == Type.CHOICE) {
            return TERMS.getOrDefault(value, value);
        }
        return value + (unit == null ? "" : " " + unit);
    }
}
