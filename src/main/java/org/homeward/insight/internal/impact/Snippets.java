package org.homeward.insight.internal.impact;

/**
 * Where the child lived, seen from the councils shown ({@code :councils}), exactly as the partnership's dashboard
 * groups it ({@code PartnershipFigures.COHORT}, which its package keeps to itself): at home; looked after by one of
 * them in its own area or out of it; or placed in the area by a council not shown.
 */
final class Snippets {

    static final String COHORT = """
            case when not placed then 'AT_HOME'
                 when coalesce(placing_authority_id, authority_id) = any(:councils)
                     then case when host_authority_id = any(:councils) then 'IN_AREA' else 'OUT_OF_AREA' end
                 else 'PLACED_IN' end""";

    /** The cohorts in the order pages list them. */
    static final java.util.List<String> COHORTS = java.util.List.of("AT_HOME", "IN_AREA", "OUT_OF_AREA", "PLACED_IN");

    private Snippets() {
    }
}
