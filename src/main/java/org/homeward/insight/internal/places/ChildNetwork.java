package org.homeward.insight.internal.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.insight.internal.Pseudonyms;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The network of the period's children (SR-03): a child is joined to each associate and place they are linked
 * to, and to each child who went missing with them (episodes that overlapped in time, last seen at the same
 * place). Associates and places linked to one child only join no one and are left out, so a connected group is
 * children held together by the people and places they share. Centrality (betweenness: how many of the
 * shortest paths between the group's other members pass through a person or place) finds who and where
 * connects the group; it is worked out for the largest groups only, so that the page stays quick on a
 * partnership's worst year.
 */
@Component
class ChildNetwork {

    enum Kind { CHILD, ASSOCIATE, PLACE }

    /** A child, associate or place; {@code id} the child's or associate's identifier or the place key. */
    record Node(Kind kind, String id, String label, boolean concern) {
    }

    /** One link of a group: {@code how} is "associate", "place" or "went missing together". */
    record Link(Node from, Node to, String how) {
    }

    record Group(int number, List<Node> members, long children, long associates, long places, List<Link> links,
                 Map<Node, Double> centrality) {
    }

    /** An associate or place with the number of children it is linked to and its centrality in its group. */
    record Central(Node node, int group, long children, double betweenness) {
    }

    /** {@code bounded}: more links than are read, or more groups than centrality is worked out for. */
    record Network(List<Group> groups, List<Central> associates, List<Central> places, boolean bounded) {
    }

    /** A group is shown from three members: two children and what they share, or three children. */
    static final int SMALLEST_GROUP = 3;
    /**
     * Links read at most; beyond this the network is drawn from what was read and says so. At national scale
     * 100,000 links took seconds to read and group.
     */
    static final int MOST_LINKS = 20_000;
    /**
     * Members of the groups whose centrality is worked out, largest groups first. Betweenness grows with members
     * times links: 3,000 members of a council's year took some 10 s, 500 about 0.2 s.
     */
    static final int MOST_CENTRALITY_MEMBERS = 500;
    static final int CENTRAL_LISTED = 10;

    private final JdbcClient jdbc;
    private final Pseudonyms children;
    private final AssociatePseudonyms associates;
    private final UsedPlaces places;
    private final LinkedAssociates linked;

    ChildNetwork(JdbcClient jdbc, Pseudonyms children, AssociatePseudonyms associates, UsedPlaces places,
                 LinkedAssociates linked) {
        this.jdbc = jdbc;
        this.children = children;
        this.associates = associates;
        this.places = places;
        this.linked = linked;
    }

    Network of(PlacesQuestion.Asked asked) {
        List<Row> rows = asked.shown().authorities().isEmpty() ? partnershipLinks(asked) : links(asked);
        boolean bounded = rows.size() > MOST_LINKS;
        Graph<Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Map<String, Node> nodes = new HashMap<>();
        Map<DefaultEdge, String> how = new HashMap<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), MOST_LINKS))) {
            Node child = nodes.computeIfAbsent("C" + r.childId(), k -> new Node(Kind.CHILD, r.childId().toString(),
                    children.of(r.childId()), false));
            Node other = switch (r.kind()) {
                case "CHILD" -> nodes.computeIfAbsent("C" + r.other(), k -> new Node(Kind.CHILD, r.other(),
                        children.of(UUID.fromString(r.other())), false));
                case "ASSOCIATE" -> nodes.computeIfAbsent("A" + r.other(), k -> new Node(Kind.ASSOCIATE, r.other(),
                        r.label() != null ? r.label() : associates.of(UUID.fromString(r.other())), r.concern()));
                default -> nodes.computeIfAbsent("P" + r.other(), k -> new Node(Kind.PLACE, r.other(), r.label(),
                        false));
            };
            graph.addVertex(child);
            graph.addVertex(other);
            DefaultEdge edge = graph.addEdge(child, other);
            if (edge != null) {
                how.put(edge, switch (r.kind()) {
                    case "CHILD" -> "went missing together";
                    case "ASSOCIATE" -> "associate";
                    default -> "place";
                });
            }
        }
        List<Set<Node>> sets = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets().stream()
                .filter(s -> s.size() >= SMALLEST_GROUP).toList());
        sets.sort(Comparator.<Set<Node>>comparingInt(Set::size).reversed()
                .thenComparing(Comparator.comparingLong((Set<Node> s) -> count(s, Kind.CHILD)).reversed())
                .thenComparing(s -> s.stream().map(Node::id).min(String::compareTo).orElse("")));
        List<Group> groups = new ArrayList<>();
        List<Central> central = new ArrayList<>();
        int measured = 0;
        for (int i = 0; i < sets.size(); i++) {
            Set<Node> members = sets.get(i);
            Graph<Node, DefaultEdge> sub = new AsSubgraph<>(graph, members);
            Map<Node, Double> scores = Map.of();
            if (measured + members.size() <= MOST_CENTRALITY_MEMBERS) {
                measured += members.size();
                // The share of the pairs of other members whose shortest paths pass through each: JGraphT's own
                // normalisation divides an undirected graph's count by the ordered pairs, half the share.
                double pairs = (members.size() - 1) * (members.size() - 2) / 2.0;
                scores = new HashMap<>();
                for (Map.Entry<Node, Double> s : new BetweennessCentrality<>(sub, false).getScores().entrySet()) {
                    scores.put(s.getKey(), pairs == 0 ? 0 : s.getValue() / pairs);
                }
                for (Node n : members) {
                    if (n.kind() != Kind.CHILD) {
                        central.add(new Central(n, i + 1, graph.degreeOf(n), scores.get(n)));
                    }
                }
            } else {
                bounded = true;
            }
            List<Node> ordered = members.stream().sorted(Comparator.comparing(Node::kind)
                    .thenComparing(Node::label, Comparator.nullsLast(String::compareTo))).toList();
            List<Link> links = sub.edgeSet().stream()
                    .map(e -> link(sub.getEdgeSource(e), sub.getEdgeTarget(e), how.get(e)))
                    .sorted(Comparator.comparing((Link l) -> l.from().label()).thenComparing(l -> l.to().kind())
                            .thenComparing(l -> l.to().label()))
                    .toList();
            groups.add(new Group(i + 1, ordered, count(members, Kind.CHILD), count(members, Kind.ASSOCIATE),
                    count(members, Kind.PLACE), links, scores));
        }
        Comparator<Central> mostCentral = Comparator.comparingDouble(Central::betweenness).reversed()
                .thenComparing(Comparator.comparingLong(Central::children).reversed())
                .thenComparing(c -> c.node().label());
        return new Network(groups,
                central.stream().filter(c -> c.node().kind() == Kind.ASSOCIATE).sorted(mostCentral)
                        .limit(CENTRAL_LISTED).toList(),
                central.stream().filter(c -> c.node().kind() == Kind.PLACE).sorted(mostCentral)
                        .limit(CENTRAL_LISTED).toList(),
                bounded);
    }

    /**
     * The links of a council's or police force's children, first by child, at most one more than are read. The
     * children who went missing together are paired in memory (see {@link #together}), not by joining the period's
     * episodes at one place to each other.
     */
    List<Row> links(PlacesQuestion.Asked asked) {
        List<UUID[]> pairs = together(jdbc.sql(PlaceUses.with(asked) + """
                select child_id, last_seen_key, (extract(epoch from started_at) * 1000000)::bigint as started,
                       case when ended_at < 'infinity' then (extract(epoch from ended_at) * 1000000)::bigint end as ended
                  from ep""")
                .params(asked.params())
                .query((rs, n) -> new Began(rs.getObject("child_id", UUID.class), rs.getString("last_seen_key"),
                        rs.getLong("started"), rs.getObject("ended") == null ? Long.MAX_VALUE : rs.getLong("ended")))
                .list());
        return jdbc.sql(PlaceUses.with(asked) + """
                , kids as (select distinct child_id from ep)
                , links as (select ca.associate_id, ca.child_id from child_associate ca join kids using (child_id))
                , shared_associates as (select associate_id from links group by associate_id having count(*) >= 2)
                , child_places as (select distinct child_id, place from uses)
                , shared_places as (
                    select u.place, coalesce(max(l.description), mode() within group (order by u.words)) as name
                      from uses u left join location l on l.id = u.location_id
                     where u.place in (select place from child_places group by place having count(*) >= 2)
                     group by u.place)
                select * from (
                    select 'PLACE' as kind, cp.child_id, cp.place as other, sp.name as label, false as concern
                      from child_places cp join shared_places sp on sp.place = cp.place
                    union all
                    select 'ASSOCIATE', l.child_id, a.id::text, case when :names then a.name end,
                           :names and a.person_of_concern
                      from links l join shared_associates s using (associate_id) join associate a on a.id = l.associate_id
                    union all
                    select 'CHILD', p.a, p.b::text, null, false from unnest(:first, :second) p(a, b)
                ) l
                 order by child_id, kind, other
                 limit :most""")
                .params(asked.params()).param("names", asked.namesAssociates()).param("most", MOST_LINKS + 1)
                .param("first", new SqlArrayValue("uuid", pairs.stream().map(p -> p[0]).toArray()))
                .param("second", new SqlArrayValue("uuid", pairs.stream().map(p -> p[1]).toArray()))
                .query(Row.class).list();
    }

    /** An episode's child, where they were last seen (the place key) and when, in microseconds; open: the largest. */
    private record Began(UUID child, String key, long started, long ended) {
    }

    /**
     * Each pair of different children with episodes that began at the same place and overlapped in time, the
     * first child before the second in the database's order of identifiers. At each place the episodes are taken in
     * the order they began, and each is compared only with those that began before it ended.
     */
    static List<UUID[]> together(List<Began> episodes) {
        Map<String, List<Began>> byPlace = new HashMap<>();
        for (Began e : episodes) {
            byPlace.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        Set<List<UUID>> pairs = new java.util.LinkedHashSet<>();
        for (List<Began> at : byPlace.values()) {
            at.sort(Comparator.comparingLong(Began::started));
            for (int i = 0; i < at.size(); i++) {
                Began a = at.get(i);
                for (int j = i + 1; j < at.size() && at.get(j).started() < a.ended(); j++) {
                    Began b = at.get(j);
                    if (a.started() < b.ended() && !a.child().equals(b.child())) {
                        pairs.add(DATABASE_ORDER.compare(a.child(), b.child()) < 0 ? List.of(a.child(), b.child())
                                : List.of(b.child(), a.child()));
                    }
                }
            }
        }
        return pairs.stream().map(p -> new UUID[] {p.get(0), p.get(1)}).toList();
    }

    /** PostgreSQL orders identifiers by their bytes, unsigned; Java's own order compares signed halves. */
    private static final Comparator<UUID> DATABASE_ORDER = (x, y) -> {
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    };

    /**
     * The whole partnership's links in the same order, read a batch of children at a time until one more than are
     * read: places and associates are shared as the places and people pages count them (from the summaries while
     * they are ready), and the children who went missing together with each batch's are found by the index of
     * where and when episodes began, so that the work is bounded by the links read, not by the period's episodes.
     */
    List<Row> partnershipLinks(PlacesQuestion.Asked asked) {
        List<UsedPlaces.Place> shared = places.used(asked, UsedPlaces.Order.CHILDREN, Integer.MAX_VALUE, 0).places();
        List<UUID> sharedAssociates = linked.linked(asked, Integer.MAX_VALUE, 0).associates().stream()
                .map(LinkedAssociates.LinkedAssociate::id).toList();
        SqlArrayValue placeKeys = new SqlArrayValue("text", shared.stream().map(UsedPlaces.Place::key).toArray());
        SqlArrayValue placeNames = new SqlArrayValue("text", shared.stream().map(UsedPlaces.Place::name).toArray());
        SqlArrayValue associateIds = new SqlArrayValue("uuid", sharedAssociates.toArray());
        List<Row> rows = new ArrayList<>();
        UUID after = null;
        // Small at first: where children share busy places, a hundred children already have thousands of links.
        int batch = 100;
        while (rows.size() <= MOST_LINKS) {
            List<UUID> kids = jdbc.sql("""
                    select distinct f.child_id from insight_episode f
                     where f.start_day between :from and :to %s
                     order by f.child_id limit :batch""".formatted(after == null ? "" : "and f.child_id > :after"))
                    .params(asked.params()).param("after", after).param("batch", batch)
                    .query(UUID.class).list();
            if (kids.isEmpty()) {
                break;
            }
            int before = rows.size();
            rows.addAll(jdbc.sql("""
                    with ep as materialized (
                        select f.episode_id, f.child_id, f.started_at, coalesce(f.ended_at, 'infinity'::timestamptz) as ended_at,
                               f.last_seen_key, f.found_key
                          from insight_episode f
                         where f.child_id = any(:kids) and f.start_day between :from and :to
                    ),
                    shared_places as (select * from unnest(:places, :labels) p(place, name)),
                    child_places as (
                        select distinct e.child_id, coalesce(l.id::text, 'said:' || k.said_key) as place
                          from ep e
                         cross join lateral (select e.last_seen_key as said_key
                                             union all select e.found_key where e.found_key is not null) k
                          left join location l on l.match_key = k.said_key
                        union
                        select k.child_id, k.location_id::text from location_link k
                         where k.episode_id is null and k.child_id = any(:kids)
                    )
                    select * from (
                        select 'PLACE' as kind, cp.child_id, cp.place as other, sp.name as label, false as concern
                          from child_places cp join shared_places sp on sp.place = cp.place
                        union all
                        select 'ASSOCIATE', ca.child_id, a.id::text, case when :names then a.name end,
                               :names and a.person_of_concern
                          from child_associate ca join associate a on a.id = ca.associate_id
                         where ca.child_id = any(:kids) and ca.associate_id = any(:associates)
                        union all
                        select distinct 'CHILD', a.child_id, b.child_id::text, null, false
                          from ep a
                         cross join lateral (
                            -- Kept apart (offset 0) so that each of the batch's episodes is looked up by the index of
                            -- where and when episodes began, not hashed against every episode of the period.
                            select b.child_id from insight_episode b
                             where b.last_seen_key = a.last_seen_key
                               and tstzrange(b.started_at, b.ended_at, '[]') && tstzrange(a.started_at, a.ended_at, '[]')
                               and b.child_id > a.child_id and b.start_day between :from and :to
                               and a.started_at < coalesce(b.ended_at, 'infinity') and b.started_at < a.ended_at
                            offset 0) b
                    ) l
                     order by child_id, kind, other""")
                    .params(asked.params()).param("kids", new SqlArrayValue("uuid", kids.toArray()))
                    .param("places", placeKeys).param("labels", placeNames).param("associates", associateIds)
                    .param("names", asked.namesAssociates())
                    .query(Row.class).list());
            after = kids.get(kids.size() - 1);
            // As many children next as should give the links still wanted, judging by this batch.
            long per = Math.max(1, (rows.size() - before) / kids.size());
            batch = (int) Math.min(20_000, Math.max(100, (MOST_LINKS + 1 - rows.size()) / per + 1));
        }
        return rows.size() > MOST_LINKS + 1 ? rows.subList(0, MOST_LINKS + 1) : rows;
    }

    /** A link read from the child's side: the child first, then what they are linked to. */
    private static Link link(Node a, Node b, String how) {
        if (a.kind() != Kind.CHILD || b.kind() == Kind.CHILD && a.label().compareTo(b.label()) > 0) {
            return new Link(b, a, how);
        }
        return new Link(a, b, how);
    }

    private static long count(Set<Node> members, Kind kind) {
        return members.stream().filter(n -> n.kind() == kind).count();
    }

    record Row(String kind, UUID childId, String other, String label, boolean concern) {
    }
}
