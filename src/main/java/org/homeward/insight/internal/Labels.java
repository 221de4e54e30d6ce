package org.homeward.insight.internal;

import java.util.Map;

/** The words insight's pages use for the codes its read model groups by. */
public final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("COHORT.AT_HOME", "At home"),
            Map.entry("COHORT.IN_AREA", "Looked after, placed in area"),
            Map.entry("COHORT.OUT_OF_AREA", "Looked after, placed out of area"),
            Map.entry("COHORT.PLACED_IN", "Placed in the area by another council"),
            Map.entry("AGE.UNDER_10", "Under 10"), Map.entry("AGE.10_12", "10 to 12"), Map.entry("AGE.13_15", "13 to 15"),
            Map.entry("AGE.16_17", "16 and 17"), Map.entry("AGE.18_OVER", "18 and over (care leavers)"),
            Map.entry("SEX.F", "Female"), Map.entry("SEX.M", "Male"), Map.entry("SEX.X", "Indeterminate or not recorded"),
            Map.entry("ETHNICITY.WHITE", "White"), Map.entry("ETHNICITY.MIXED", "Mixed or multiple"),
            Map.entry("ETHNICITY.ASIAN", "Asian or Asian British"),
            Map.entry("ETHNICITY.BLACK", "Black, Black British, Caribbean or African"),
            Map.entry("ETHNICITY.OTHER", "Other ethnic group"),
            Map.entry("ETHNICITY.NOT_KNOWN", "Refused or not obtained"),
            Map.entry("ETHNICITY.NOT_RECORDED", "Not recorded"),
            Map.entry("DISABILITY.DISABLED", "Disability recorded"), Map.entry("DISABILITY.NOT_DISABLED", "None recorded"),
            Map.entry("LEGAL_STATUS.LOOKED_AFTER", "Looked after"), Map.entry("LEGAL_STATUS.CP", "Child protection plan"),
            Map.entry("LEGAL_STATUS.CIN", "Child in need"), Map.entry("LEGAL_STATUS.CARE_LEAVER", "Care leaver"),
            Map.entry("LEGAL_STATUS.NONE", "None of these"),
            Map.entry("RISK.HIGH", "High"), Map.entry("RISK.MEDIUM", "Medium"), Map.entry("RISK.LOW", "Low"),
            Map.entry("RISK.VERY_LOW", "Very low"), Map.entry("RISK.NO_APPARENT_RISK", "No apparent risk"),
            Map.entry("RISK.NOT_GRADED", "Not graded by police"),
            Map.entry("DURATION.UNDER_6H", "Under 6 hours"), Map.entry("DURATION.6_24H", "6 to 24 hours"),
            Map.entry("DURATION.1_2D", "1 to 2 days"), Map.entry("DURATION.2_7D", "2 to 7 days"),
            Map.entry("DURATION.OVER_7D", "Over 7 days"), Map.entry("DURATION.STILL_MISSING", "Not yet returned"),
            Map.entry("FOUND.RETURNED", "Returned of their own accord"), Map.entry("FOUND.FOUND_POLICE", "Found by police"),
            Map.entry("FOUND.FOUND_CARER", "Found or collected by carer or family"),
            Map.entry("FOUND.FOUND_OTHER", "Found by someone else"),
            Map.entry("FOUND.CONTACTED", "Made contact; whereabouts confirmed"),
            Map.entry("FOUND.NOT_RECORDED", "Returned, how not recorded"), Map.entry("FOUND.NOT_RETURNED", "Not yet returned"),
            Map.entry("PLACEMENT.CHILDRENS_HOME", "Children's home"),
            Map.entry("PLACEMENT.FOSTER_LA", "Foster care (council carers)"),
            Map.entry("PLACEMENT.FOSTER_AGENCY", "Foster care (independent agency)"),
            Map.entry("PLACEMENT.KINSHIP", "Family and friends (kinship) care"),
            Map.entry("PLACEMENT.SUPPORTED", "Supported accommodation (16 and 17)"),
            Map.entry("PLACEMENT.RESIDENTIAL_SCHOOL", "Residential school"),
            Map.entry("PLACEMENT.SECURE", "Secure children's home"), Map.entry("PLACEMENT.PARENTS", "Placed with parents"),
            Map.entry("PLACEMENT.OTHER", "Other placement"), Map.entry("PLACEMENT.NO_PLACEMENT", "No placement (at home)"),
            Map.entry("CATEGORY.MISSING_FROM_HOME", "Missing from home"),
            Map.entry("CATEGORY.MISSING_FROM_CARE", "Missing from care"),
            Map.entry("CATEGORY.AWAY_FROM_PLACEMENT", "Away from placement without authorisation"),
            Map.entry("CLASSIFICATION.MISSING", "Missing"), Map.entry("CLASSIFICATION.ABSENT", "Absent"),
            Map.entry("CLASSIFICATION.NOT_GRADED", "Not graded by police"),
            Map.entry("INDEPENDENCE.INDEPENDENT", "Independent of the child’s care"),
            Map.entry("INDEPENDENCE.NOT_INDEPENDENT", "Someone the child knows, at their choice"),
            Map.entry("INDEPENDENCE.NO_INTERVIEW", "No interview held"),
            Map.entry("WEEKDAY.1", "Monday"), Map.entry("WEEKDAY.2", "Tuesday"), Map.entry("WEEKDAY.3", "Wednesday"),
            Map.entry("WEEKDAY.4", "Thursday"), Map.entry("WEEKDAY.5", "Friday"), Map.entry("WEEKDAY.6", "Saturday"),
            Map.entry("WEEKDAY.7", "Sunday"));

    private Labels() {
    }

    /** "Looked after, placed out of area"; hours as "18:00 to 18:59". */
    public static String of(String dimension, String value) {
        if ("HOUR".equals(dimension)) {
            return value + ":00 to " + value + ":59";
        }
        return WORDS.getOrDefault(dimension + "." + value, value);
    }
}
