package org.homeward.insight.internal.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a population's numbers must satisfy whichever way they are entered. */
final class PopulationChecks {

    private PopulationChecks() {
    }

    /** The characteristics whose groups add up to more than all children: a typing slip, not a population. */
    static List<PopulationGroup.Characteristic> overTotal(Map<PopulationGroup, Integer> children) {
        List<PopulationGroup.Characteristic> over = new ArrayList<>();
        Integer all = children.get(PopulationGroup.ALL);
        if (all == null) {
            return over;
        }
        for (PopulationGroup.Characteristic c : PopulationGroup.Characteristic.values()) {
            long sum = c.groups().stream().map(children::get).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
            if (c != PopulationGroup.Characteristic.ALL && sum > all) {
                over.add(c);
            }
        }
        return over;
    }
}
