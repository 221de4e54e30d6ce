package org.homeward.insight.internal.places;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.NetworkGroups;
import org.homeward.insight.internal.Suppression;
import org.springframework.stereotype.Component;

/** A group's children from the network the viewer was shown: the one kept since the last count. */
@Component
class GroupChildren implements NetworkGroups {

    private final PlacesQuestion question;
    private final KeptNetworks networks;
    private final Suppression suppression;

    GroupChildren(PlacesQuestion question, KeptNetworks networks, Suppression suppression) {
        this.question = question;
        this.networks = networks;
        this.suppression = suppression;
    }

    @Override
    public Optional<List<UUID>> children(CurrentUser user, InsightQuestion.Asked asked, int group) {
        List<ChildNetwork.Group> groups = networks.of(question.of(user, asked), suppression.threshold()).network()
                .groups();
        return group < 1 || group > groups.size() ? Optional.empty()
                : Optional.of(groups.get(group - 1).members().stream()
                        .filter(n -> n.kind() == ChildNetwork.Kind.CHILD).map(n -> UUID.fromString(n.id())).toList());
    }
}
