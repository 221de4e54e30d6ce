package org.homeward.selfassessment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who takes part in a cycle, the people a facilitator may add, and who wants a copy of the answers. */
@Component
class Participants {

    record Participant(UUID userId, String name, UUID agencyId, String agencyName, boolean wantsCopy, String email) {
    }

    private final JdbcClient jdbc;
    private final CycleHistory history;

    Participants(JdbcClient jdbc, CycleHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Participant> of(UUID cycle) {
        return jdbc.sql("""
                select p.user_id, u.display_name as name, p.agency_id, a.name as agency_name, p.wants_copy, u.email
                  from selfassessment_participant p join user_account u on u.id = p.user_id join agency a on a.id = p.agency_id
                 where p.cycle_id = :c order by a.name, u.display_name""").param("c", cycle).query(Participant.class).list();
    }

    record Person(UUID id, String displayName, UUID agencyId, boolean hasEmail) {
    }

    /** Someone the facilitator may add: an enabled Homeward user of the chosen agency. */
    record Candidate(UUID id, String displayName, String email) {
    }

    /**
     * Up to {@code limit} people of an agency not yet taking part, by name, those whose name contains {@code name}
     * when given.
     */
    List<Candidate> candidates(UUID cycle, UUID agency, String name, int limit) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email from user_account u
                 where u.agency_id = :a and u.enabled
                   and (cast(:name as text) is null or strpos(lower(u.display_name), lower(cast(:name as text))) > 0)
                   and not exists (select 1 from selfassessment_participant p where p.cycle_id = :c and p.user_id = u.id)
                 order by lower(u.display_name), u.id limit :limit""")
                .param("a", agency).param("c", cycle).param("name", name).param("limit", limit)
                .query(Candidate.class).list();
    }

    /** The people with these ids who are enabled users of the agency. */
    List<Person> people(UUID agency, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, display_name, agency_id, email is not null as has_email from user_account
                 where agency_id = :a and enabled and id in (:ids) order by lower(display_name), id""")
                .param("a", agency).param("ids", ids).query(Person.class).list();
    }

    /** A participant asks for, or declines, a copy of the answers by email. */
    void wantsCopy(UUID cycle, UUID user, String name, boolean wantsCopy) {
        int changed = jdbc.sql("""
                update selfassessment_participant set wants_copy = :w
                 where cycle_id = :c and user_id = :u and wants_copy <> :w""")
                .param("w", wantsCopy).param("c", cycle).param("u", user).update();
        if (changed > 0) {
            history.change(cycle, "Copy of the answers by email: " + name, wantsCopy ? "No" : "Yes", wantsCopy ? "Yes" : "No", name);
        }
    }

    /** Adds the person, or changes whether they want a copy of the answers. */
    void add(UUID cycle, Person person, boolean wantsCopy, String byName) {
        jdbc.sql("""
                insert into selfassessment_participant (cycle_id, user_id, agency_id, wants_copy) values (:c, :u, :a, :w)
                on conflict (cycle_id, user_id) do update set wants_copy = excluded.wants_copy""")
                .param("c", cycle).param("u", person.id()).param("a", person.agencyId()).param("w", wantsCopy).update();
        history.change(cycle, "Participant", null, person.displayName() + (wantsCopy ? ", wants a copy of the answers" : ""), byName);
    }
}
