package org.homeward.insight.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one figure on an insight page counts, so that the list behind it holds exactly its episodes: a measure,
 * up to three dimensions each at one value, and perhaps what the episode's return interview recorded or where
 * the child was last seen or found, an associate the child is linked to, a group of the network, or the agency
 * that provided the return interview ({@code ""} for none recorded).
 */
public record Behind(Measure measure, Map<PartnershipFigures.Dimension, String> values, Optional<Interview> interview,
                     Optional<Place> place, Optional<UUID> associate, Optional<Group> group, Optional<String> provider) {

    /** The most dimensions one figure is cut by (risk level by age and sex). */
    static final int MOST_DIMENSIONS = 3;

    public Behind {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * What the return interview after the episode recorded: one coded term of a vocabulary, or every interview
     * held ({@link #HELD}), one with a push or pull factor coded ({@link #CODED}) or exploitation identified
     * ({@link #EXPLOITATION}).
     */
    public record Interview(String vocabulary, String code) {
        public static final String HELD = "all";
        public static final String CODED = "coded";
        public static final String EXPLOITATION = "exploitation";
        static final List<String> VOCABULARIES = List.of("rhi-push-factor", "rhi-pull-factor", "rhi-harm");

        /** The SQL an {@code insight_episode} row meets; {@code :factorVocabulary} and {@code :factorCode} bound. */
        String condition() {
            String held = """
                    exists (select 1 from rhi_offer o join rhi_interview i on i.offer_id = o.id
                             where o.episode_id = insight_episode.episode_id\s""";
            return switch (vocabulary) {
                case HELD -> held + ")";
                case CODED -> held + """
                         and exists (select 1 from rhi_factor f where f.offer_id = o.id
                                        and f.vocabulary in ('rhi-push-factor', 'rhi-pull-factor')))""";
                case EXPLOITATION -> held + " and i.exploitation)";
                default -> held + """
                         and exists (select 1 from rhi_factor f where f.offer_id = o.id
                                        and f.vocabulary = :factorVocabulary and f.code = :factorCode))""";
            };
        }

        boolean coded() {
            return VOCABULARIES.contains(vocabulary);
        }
    }

    /**
     * One connected group of the period's network ({@link NetworkGroups}), by the number its page gives it, and its
     * children once known.
     */
    public record Group(int number, List<UUID> children) {

        /** The SQL an {@code insight_episode} row of one of the group's children ({@code :groupChildren}) meets. */
        static final String CONDITION = "child_id = any(:groupChildren)";
    }

    /** The same figure, for the children of the group found. */
    Behind withGroup(Group found) {
        return new Behind(measure, values, interview, place, associate, Optional.of(found), provider);
    }

    /** The SQL an {@code insight_episode} row of a child linked to the associate ({@code :associate}) meets. */
    static final String LINKED = "child_id in (select ca.child_id from child_associate ca where ca.associate_id = :associate)";

    /**
     * Where the child was last seen or found, as the places page groups the words typed on episodes: a recorded
     * location, or words with no location, named by the MD5 of their match key so that no address is in a URL.
     */
    public record Place(UUID location, String wordsKey) {

        private static final Pattern LOCATION = Pattern.compile("location:([0-9a-f-]{36})");
        private static final Pattern WORDS = Pattern.compile("said:([0-9a-f]{32})");

        /** The place a link names; empty for anything else. */
        static Optional<Place> parse(String named) {
            Matcher location = LOCATION.matcher(named);
            if (location.matches()) {
                try {
                    return Optional.of(new Place(UUID.fromString(location.group(1)), null));
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
            Matcher words = WORDS.matcher(named);
            return words.matches() ? Optional.of(new Place(null, words.group(1))) : Optional.empty();
        }

        /** The name a link gives a place: its location, or the hash of the words' match key. */
        public static String name(UUID location, String matchKey) {
            if (location != null) {
                return "location:" + location;
            }
            try {
                return "said:" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                        .digest(matchKey.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The SQL an {@code insight_episode} row meets; {@code :placeLocation} and {@code :placeWords} bound. */
        String condition() {
            String key = location != null ? "(select l.match_key from location l where l.id = :placeLocation)"
                    : null;
            String seen = "location_match_key(left(btrim(e.last_seen_place), 200), null)";
            String found = "location_match_key(left(btrim(e.located_where), 200), null)";
            String matches = location != null ? "%s = " + key : "md5(%s) = :placeWords";
            return """
                    exists (select 1 from episode e where e.id = insight_episode.episode_id
                               and (%s or (btrim(coalesce(e.located_where, '')) <> '' and %s)))"""
                    .formatted(matches.formatted(seen), matches.formatted(found));
        }
    }

    /** The heading of the list behind the figure, in the page's words; every episode goes unsaid when cut. */
    String heading(String interviewLabel, String placeLabel, String providerLabel) {
        List<String> parts = new ArrayList<>();
        provider.ifPresent(p -> parts.add("Interview provider: " + providerLabel));
        associate.ifPresent(a -> parts.add("Children linked to one associate"));
        group.ifPresent(g -> parts.add("Children of group " + g.number() + " of the network"));
        place.ifPresent(p -> parts.add("Last seen or found at: " + placeLabel));
        interview.ifPresent(i -> parts.add("Return interview: " + interviewLabel));
        values.forEach((d, v) -> parts.add(d.title() + ": " + Labels.of(d.name(), v)));
        if (measure != Measure.EPISODES || parts.isEmpty()) {
            parts.add(0, measure.title());
        }
        return String.join("; ", parts);
    }
}
