package org.homeward.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One published version of the risk screening instrument: its factors, in order, and its rule's thresholds. */
public record Instrument(UUID id, int version, String title, LocalDate effectiveFrom, int mediumFrom, int highFrom,
                  List<Factor> factors) {

    /** A risk factor: what to consider, how much a current answer weighs, and whether it alone suggests high. */
    public record Factor(String code, String section, String label, String guidance, int weight, boolean critical) {
    }

    Optional<Factor> factor(String code) {
        return factors.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The factors under their section headings, in the instrument's order. */
    Map<String, List<Factor>> sections() {
        Map<String, List<Factor>> sections = new LinkedHashMap<>();
        factors.forEach(f -> sections.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(f));
        return sections;
    }
}
