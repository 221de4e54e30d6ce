package org.homeward.insight.internal.places;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.homeward.insight.internal.KeptReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The networks worked out since the episodes were last counted ({@link KeptReads}, ADR 0038), with their drawings:
 * an analyst paging through a network's groups, or a manager following a group to its episodes, reads the network
 * the page showed.
 */
@Component
class KeptNetworks {

    /** What a network is worked out for: the drawing also depends on the suppression threshold. */
    record Key(LocalDate from, LocalDate to, List<UUID> authorities, boolean names, int threshold) {
    }

    /** A network as at a count ({@link Instant#EPOCH} before the first), with the groups drawn and the drawing. */
    record Kept(Instant counted, ChildNetwork.Network network, String diagram, List<ChildNetwork.Group> drawn) {
    }

    /** A network with its drawing. */
    private record Drawn(ChildNetwork.Network network, String diagram, List<ChildNetwork.Group> drawn) {
    }

    private final ChildNetwork networks;
    private final NetworkDiagram diagrams;
    private final KeptReads.Kept<Key, Drawn> kept;

    KeptNetworks(ChildNetwork networks, NetworkDiagram diagrams, KeptReads reads,
                 @Value("${homeward.insight.network.kept:8}") int most) {
        this.networks = networks;
        this.diagrams = diagrams;
        this.kept = reads.kept("network", most);
    }

    /** The network for the question as at the last count, or the one before while it is worked out again. */
    Kept of(PlacesQuestion.Asked asked, int threshold) {
        List<UUID> authorities = asked.shown().authorities().map(Collection::stream)
                .map(s -> s.sorted().toList()).orElse(List.of());
        Key key = new Key(asked.from(), asked.to(), authorities, asked.namesAssociates(), threshold);
        KeptReads.Held<Drawn> held = kept.of(key, () -> {
            ChildNetwork.Network network = networks.of(asked);
            List<ChildNetwork.Group> drawn = network.groups().stream()
                    .filter(g -> g.children() >= threshold)
                    .filter(g -> g.members().size() <= NetworkDiagram.MOST_MEMBERS_DRAWN)
                    .limit(NetworkDiagram.GROUPS_DRAWN).toList();
            return new Drawn(network, diagrams.draw("network", drawn), drawn);
        });
        return new Kept(held.counted(), held.value().network(), held.value().diagram(), held.value().drawn());
    }
}
