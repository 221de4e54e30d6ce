package org.homeward.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.insight.internal.population.Disproportionality;
import org.homeward.insight.internal.population.PopulationGroup;
import org.junit.jupiter.api.Test;

/** Rates divide like by like: the population's groups are the dashboard's, worked out the same way. */
class PopulationGroupsTest {

    @Test
    void disproportionalityGroupsChildrenExactlyAsTheDashboardDoes() {
        assertThat(Disproportionality.AGE_BAND).isEqualTo(PartnershipFigures.AGE_BAND);
        assertThat(Disproportionality.ETHNIC_GROUP).isEqualTo(PartnershipFigures.ETHNIC_GROUP);
        assertThat(PartnershipFigures.Dimension.SEX.codes())
                .containsAll(PopulationGroup.Characteristic.SEX.groups().stream().map(PopulationGroup::code).toList());
        assertThat(PartnershipFigures.Dimension.AGE.codes())
                .containsAll(PopulationGroup.Characteristic.AGE.groups().stream().map(PopulationGroup::code).toList());
        assertThat(PartnershipFigures.Dimension.ETHNICITY.codes()).containsAll(
                PopulationGroup.Characteristic.ETHNICITY.groups().stream().map(PopulationGroup::code).toList());
    }
}
