/**
 * What the partnership learns from its records: the board's dashboard, why children go missing, places and
 * people, whether interventions work, how "missing" is applied, disproportionality, the compliance dashboard and
 * the reports to the board. Insight only reads: it keeps its own read models in the database, counted from the
 * other modules' tables by its refresh, and no workflow module calls it. Analysts and board members see no
 * identities: children appear under stable pseudonyms and small counts are suppressed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight", allowedDependencies = {
        "access", "audit", "episode", "oversight", "rhi", "settings",
        "platform", "platform :: figures", "platform :: web"})
package org.homeward.insight;
