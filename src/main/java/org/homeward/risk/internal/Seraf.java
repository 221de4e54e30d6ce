package org.homeward.risk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A scorer compatible with Barnardo's Sexual Exploitation Risk Assessment Framework (DOMAIN.md D.1,
 * RA-04): a vulnerability scores 1; a moderate indicator present now or in the last 6 months scores 1;
 * a significant indicator scores 5 when current (now or in the last 6 months), 1 when recent (6 to 12
 * months ago) and 6 when both; a total of 0 to 5 is category 1, 6 to 10 category 2, 11 to 15 category
 * 3 and 16 or more category 4. The items follow SERAF's sections; the partnership checks their wording
 * against its own copy of the framework.
 */
@Component
class Seraf implements ExploitationInstrument {

    private static final List<Item> ITEMS = List.of(
            new Item("EMOTIONAL_NEGLECT", Section.VULNERABILITY, "Emotional neglect"),
            new Item("PHYSICAL_ABUSE", Section.VULNERABILITY, "Physical abuse"),
            new Item("SEXUAL_ABUSE", Section.VULNERABILITY, "Sexual abuse"),
            new Item("FAMILY_BREAKDOWN", Section.VULNERABILITY, "Breakdown of family relationships"),
            new Item("FAMILY_DOMESTIC_ABUSE", Section.VULNERABILITY, "Family history of domestic abuse"),
            new Item("FAMILY_SUBSTANCE_MISUSE", Section.VULNERABILITY, "Family history of substance misuse"),
            new Item("FAMILY_MENTAL_HEALTH", Section.VULNERABILITY, "Family history of mental health difficulties"),
            new Item("LOW_SELF_ESTEEM", Section.VULNERABILITY, "Low self-esteem or self-confidence"),
            new Item("UNSUITABLE_ACCOMMODATION", Section.VULNERABILITY, "Unsuitable or inappropriate accommodation"),
            new Item("ISOLATED", Section.VULNERABILITY, "Isolated from peers or social networks"),
            new Item("NO_PROTECTIVE_ADULT", Section.VULNERABILITY,
                    "Lack of a positive relationship with a protective, nurturing adult"),
            new Item("DISABILITY", Section.VULNERABILITY, "Physical or learning disability"),
            new Item("STAYING_OUT_LATE", Section.MODERATE, "Staying out late"),
            new Item("MULTIPLE_CALLERS", Section.MODERATE, "Multiple callers (unknown adults or older young people)"),
            new Item("PHONE_CONCERN", Section.MODERATE, "Use of a mobile phone that causes concern"),
            new Item("DESPAIR", Section.MODERATE,
                    "Expressions of despair (self-harm, overdose, eating disorder, challenging behaviour, aggression)"),
            new Item("SCHOOL_ABSENCE", Section.MODERATE,
                    "Exclusion or unexplained absences from school, college, training or work"),
            new Item("DISCLOSURE_WITHDRAWN", Section.MODERATE,
                    "Disclosure of sexual or physical assault followed by withdrawal of the allegation"),
            new Item("STI", Section.MODERATE, "Sexually transmitted infections"),
            new Item("PEERS_EXPLOITED", Section.MODERATE, "Peers involved in sexual exploitation"),
            new Item("DRUG_MISUSE", Section.MODERATE, "Drug misuse"),
            new Item("ALCOHOL_MISUSE", Section.MODERATE, "Alcohol misuse"),
            new Item("INTERNET_CONCERN", Section.MODERATE, "Internet use that causes concern"),
            new Item("LIVING_INDEPENDENTLY", Section.MODERATE,
                    "Living independently and not responding to workers' attempts to keep in touch"),
            new Item("UNKNOWN_ADULTS", Section.MODERATE, "Associating with unknown adults or older young people"),
            new Item("MISSING_OVERNIGHT", Section.SIGNIFICANT, "Going missing overnight or longer"),
            new Item("OLDER_PARTNER", Section.SIGNIFICANT,
                    "An older 'boyfriend' or 'girlfriend', or a relationship with a controlling adult"),
            new Item("GIFTS_MONEY", Section.SIGNIFICANT, "Unexplained money, gifts, clothes, phones or other items"),
            new Item("VEHICLES", Section.SIGNIFICANT, "Getting into or out of vehicles driven by unknown adults"),
            new Item("ABDUCTION", Section.SIGNIFICANT, "Abduction, forced imprisonment or being harboured"),
            new Item("DISCLOSED_EXPLOITATION", Section.SIGNIFICANT,
                    "Disclosure of sexual exploitation or of an assault linked to it"),
            new Item("HOTSPOTS", Section.SIGNIFICANT, "Going to places or addresses known for sexual exploitation"),
            new Item("UNEXPLAINED_INJURIES", Section.SIGNIFICANT, "Physical injuries without a plausible explanation"),
            new Item("REPEAT_STI_PREGNANCY", Section.SIGNIFICANT,
                    "Repeat sexually transmitted infections, pregnancy or termination"),
            new Item("ONLINE_GROOMING", Section.SIGNIFICANT, "Groomed online, or sexual images of the child shared"),
            new Item("SUPPLIED_BY_ADULTS", Section.SIGNIFICANT, "Drugs or alcohol supplied by adults"),
            new Item("RECRUITING_PEERS", Section.SIGNIFICANT, "Introducing other young people to those exploiting them"));

    private static final List<Category> CATEGORIES = List.of(
            new Category(1, "Category 1: not at risk",
                    "No identified risk of sexual exploitation: universal and early help services; screen again if concerns arise."),
            new Category(2, "Category 2: mild risk",
                    "A multi-agency response through early help or the child's plan; review within 3 months."),
            new Category(3, "Category 3: moderate risk",
                    "Refer to children's social care; consider a strategy discussion and the exploitation panel."),
            new Category(4, "Category 4: significant risk",
                    "A strategy discussion under child protection procedures; refer to the exploitation panel."));

    @Override
    public String code() {
        return "SERAF";
    }

    @Override
    public String version() {
        return "SERAF-compatible 1";
    }

    @Override
    public String title() {
        return "Exploitation risk assessment, sexual and criminal (SERAF-compatible)";
    }

    @Override
    public Map<Section, String> sectionGuidance() {
        return Map.of(
                Section.VULNERABILITY, "Tick each one that applies to the child. Each scores 1.",
                Section.MODERATE, "Tick each one present now or in the last 6 months. Each scores 1.",
                Section.SIGNIFICANT, "Current means now or in the last 6 months (scores 5); recent means 6 to 12 months "
                        + "ago (scores 1); both scores 6. Give brief details and timeframes for each one present.");
    }

    @Override
    public List<Item> items() {
        return ITEMS;
    }

    @Override
    public List<Category> categories() {
        return CATEGORIES;
    }

    @Override
    public Score score(Map<String, ItemAnswer> answers) {
        Map<String, Integer> points = new LinkedHashMap<>();
        int total = 0;
        for (Item item : ITEMS) {
            int p = points(item, answers.getOrDefault(item.code(), ItemAnswer.NOT_PRESENT));
            points.put(item.code(), p);
            total += p;
        }
        return new Score(points, total, category(total <= 5 ? 1 : total <= 10 ? 2 : total <= 15 ? 3 : 4));
    }

    private static int points(Item item, ItemAnswer answer) {
        if (answer == ItemAnswer.NOT_PRESENT) {
            return 0;
        }
        if (!item.section().scoredAnswers().contains(answer)) {
            throw new IllegalArgumentException(item.code() + " cannot be answered " + answer);
        }
        return switch (answer) {
            case PRESENT -> 1;
            case CURRENT -> 5;
            case RECENT -> 1;
            case BOTH -> 6;
            case NOT_PRESENT -> 0;
        };
    }
}
