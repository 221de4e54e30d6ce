package org.homeward.insight.internal.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homeward.insight.internal.Labels;

/**
 * One group of the child population: all children, or one sex, age band or ethnic group, with the codes insight's
 * figures group episodes by ({@code PartnershipFigures}), so that a rate divides like by like. Care leavers (18
 * and over), an indeterminate sex and unrecorded ethnicity have no population group: the census counts none.
 */
public record PopulationGroup(Characteristic characteristic, String code) {

    public enum Characteristic {
        ALL("All children", null, List.of("ALL")),
        SEX("Sex", "SEX", List.of("F", "M")),
        AGE("Age band", "AGE", List.of("UNDER_10", "10_12", "13_15", "16_17")),
        ETHNICITY("Ethnic group", "ETHNICITY", List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER"));

        private final String title;
        private final String dimension;
        private final List<String> codes;

        Characteristic(String title, String dimension, List<String> codes) {
            this.title = title;
            this.dimension = dimension;
            this.codes = codes;
        }

        public String title() {
            return title;
        }

        /** The groups of this characteristic, in page order. */
        public List<PopulationGroup> groups() {
            return codes.stream().map(c -> new PopulationGroup(this, c)).toList();
        }
    }

    public static final PopulationGroup ALL = new PopulationGroup(Characteristic.ALL, "ALL");

    /** Every group, in the order forms, files and pages give them. */
    public static List<PopulationGroup> all() {
        List<PopulationGroup> all = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            all.addAll(c.groups());
        }
        return all;
    }

    /** The group stored under these codes, if it is one. */
    public static Optional<PopulationGroup> of(String characteristic, String code) {
        return all().stream().filter(g -> g.characteristic().name().equals(characteristic) && g.code().equals(code))
                .findFirst();
    }

    /** "Female", "13 to 15", "Black, Black British, Caribbean or African"; "All children" for the whole. */
    public String label() {
        return characteristic.dimension == null ? characteristic.title : Labels.of(characteristic.dimension, code);
    }

    /** The name of the form field that holds this group's number: "ALL_ALL", "AGE_13_15". */
    public String field() {
        return characteristic.name() + "_" + code;
    }

    /** Whether a file's words name this group: its code or its label, in any case. */
    boolean named(String words) {
        String w = words.strip().toLowerCase(Locale.UK);
        if (characteristic == Characteristic.ALL) {
            return w.isEmpty() || w.equals("all") || w.equals("all children");
        }
        return w.equals(code.toLowerCase(Locale.UK)) || w.equals(label().toLowerCase(Locale.UK));
    }
}
