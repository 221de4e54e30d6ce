package org.homeward.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes synthetic children, placements and episodes straight into PostgreSQL, set-based, with the
 * shapes seen in real data: looked-after children three times as likely to go missing, a minority
 * of children accounting for most episodes (a heavy-tailed count per child), episodes starting
 * mostly in the evening, durations log-normal around eight hours with a long tail past 24 hours,
 * most episodes graded low or medium, and a few places used again and again.
 */
@Component
public class SyntheticPartnership {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPartnership.class);

    private static final String GIVEN = "{Jaden,Jayden,Oliver,Amelia,Olivia,Isla,Ava,Mia,Noah,Leo,Oscar,Harry,George,"
            + "Charlie,Jack,Freddie,Arthur,Muhammad,Mohammed,Ali,Yusuf,Ibrahim,Kacper,Jakub,Tyler,Kai,Reece,Liam,Callum,"
            + "Ellie,Chloe,Leah,Grace,Ruby,Lily,Sophie,Evie,Poppy,Maryam,Aisha,Zara,Fatima,Amira,Shannon,Courtney,Jade,"
            + "Keisha,Tia,Precious,Blessing,Deshawn,Malachi,Tomasz,Nikola,Siobhan,Ciara,Aoife,Connor,Declan,Rhys,Dylan}";
    private static final String FAMILY = "{Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson,Thomas,Johnson,"
            + "Roberts,Robinson,Thompson,Wright,Walker,White,Edwards,Hughes,Green,Hall,Lewis,Harris,Clarke,Patel,Jackson,"
            + "Wood,Turner,Martin,Cooper,Hill,Ward,Morris,Moore,Clark,Lee,King,Baker,Harrison,Morgan,Allen,James,Scott,"
            + "Phillips,Watson,Davis,Parker,Price,Bennett,Young,Griffiths,Mitchell,Kelly,Cook,Carter,Richardson,Bailey,"
            + "Collins,Bell,Shaw,Murphy,Miller,Cox,Richards,Khan,Marshall,Anderson,Simpson,Ellis,Adams,Singh,Begum,Ali,"
            + "Hussain,Rahman,Ahmed,Nowak,Kowalski,Okafor,Mensah,Murray,Campbell,Doherty,Byrne,Walsh}";
    private static final String ETHNICITY = "{WBRI,WBRI,WBRI,WBRI,WBRI,WBRI,WBRI,WIRI,WOTH,WROM,MWBC,MWBA,MWAS,MOTH,"
            + "AIND,APKN,ABAN,AOTH,BCRB,BAFR,BOTH,CHNE,OOTH,NOBT}";
    /** Places named again and again in real returns: town centres, stations, parks, shopping centres. */
    private static final String PLACES = "{Town centre,Bus station,Railway station,Shopping centre,Park,McDonald's,"
            + "Friend's house,Boyfriend's flat,Girlfriend's house,Family home,Skate park,Retail park,Leisure centre,"
            + "Seafront,Fast food restaurant,Multi-storey car park,Canal towpath,Cinema,Beach,Student halls}";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SyntheticPartnership(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public record Result(long children, long placements, long episodes, Duration took) {
    }

    /** @param authorities local authorities to spread the children across (created when fewer exist) */
    public Result generate(int children, int authorities) {
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> ensureAgencies(authorities));
        String batch = "SYN" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
        tx.executeWithoutResult(s -> insertChildren(children, authorities, batch));
        log.info("Synthetic children written");
        tx.executeWithoutResult(s -> insertPlacements(batch));
        log.info("Synthetic placements written");
        tx.executeWithoutResult(s -> insertEpisodes(batch));
        log.info("Synthetic episodes written");
        tx.executeWithoutResult(s -> insertHistory(batch));
        tx.executeWithoutResult(s -> insertReturnInterviews(batch));
        log.info("Synthetic return interviews written");
        jdbc.sql("analyze").update();
        long placements = count("select count(*) from placement p join child c on c.id = p.child_id where c.council_case_id like :b", batch);
        long episodes = count("select count(*) from episode e join child c on c.id = e.child_id where c.council_case_id like :b", batch);
        return new Result(children, placements, episodes, Duration.ofNanos(System.nanoTime() - start));
    }

    private long count(String sql, String batch) {
        return jdbc.sql(sql).param("b", batch + "%").query(Long.class).single();
    }

    private void ensureAgencies(int authorities) {
        jdbc.sql("""
                insert into agency (id, name, kind, ons_code, dfe_code)
                select gen_random_uuid(), 'Synthetic Council ' || lpad(i::text, 3, '0'), 'LOCAL_AUTHORITY',
                       'E0' || lpad((6000000 + i)::text, 7, '0'), lpad((200 + i)::text, 3, '0')
                  from generate_series(1, greatest(0, :n - (select count(*) from agency where kind = 'LOCAL_AUTHORITY'))) i
                on conflict do nothing""").param("n", authorities).update();
        jdbc.sql("""
                insert into agency (id, name, kind)
                select gen_random_uuid(), 'Synthetic Police ' || lpad(i::text, 2, '0'), 'POLICE_FORCE'
                  from generate_series(1, greatest(0, (:n + 3) / 4 - (select count(*) from agency where kind = 'POLICE_FORCE'))) i
                on conflict do nothing""").param("n", authorities).update();
        // Each authority in one force's area, about four to a force, as in England.
        jdbc.sql("""
                with la as (select id, row_number() over (order by name) - 1 as n from agency
                             where kind = 'LOCAL_AUTHORITY' and police_force_id is null),
                     f as (select id, row_number() over (order by name) - 1 as n, count(*) over () as forces
                             from agency where kind = 'POLICE_FORCE')
                update agency a set police_force_id = f.id from la, f
                 where a.id = la.id and f.n = la.n % f.forces""").update();
    }

    private void insertChildren(int n, int authorities, String batch) {
        jdbc.sql("""
                with la as (select array_agg(id order by dfe_code) a from
                              (select id, dfe_code from agency where kind = 'LOCAL_AUTHORITY' order by dfe_code limit :authorities) x),
                     pick as (select i, random() r, random() s, random() d from generate_series(1, :n) i)
                insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, legal_status,
                                   responsible_authority_id, council_case_id, created_at, updated_at, version)
                select gen_random_uuid(),
                       (cast(:given as text[]))[1 + floor(random() * cardinality(cast(:given as text[])))::int],
                       (cast(:family as text[]))[1 + floor(random() * cardinality(cast(:family as text[])))::int],
                       current_date - (2920 + floor(d * 3650))::int,
                       case when s < 0.5 then 'M' else 'F' end,
                       (cast(:ethnicity as text[]))[1 + floor(random() * cardinality(cast(:ethnicity as text[])))::int],
                       case when r < 0.12 then 'LAC_CO' when r < 0.20 then 'LAC_S20' when r < 0.24 then 'LAC_ICO'
                            when r < 0.26 then 'LAC_PO' when r < 0.50 then 'CIN' when r < 0.60 then 'CP'
                            when r < 0.64 then 'CARE_LEAVER' else 'NONE' end,
                       la.a[1 + floor(random() * array_length(la.a, 1))::int],
                       :batch || i, now(), now(), 0
                  from pick, la""")
                .param("n", n).param("authorities", authorities).param("given", GIVEN).param("family", FAMILY)
                .param("ethnicity", ETHNICITY).param("batch", batch)
                .update();
        jdbc.sql("""
                insert into child_name_token (child_id, token, metaphone, family_name, given_names)
                select distinct c.id, t, coalesce(dmetaphone(t), ''), c.family_name, c.given_names
                  from child c, regexp_split_to_table(lower(c.given_names || ' ' || c.family_name), '[^a-z0-9]+') t
                 where c.council_case_id like :b and t <> ''
                on conflict do nothing""").param("b", batch + "%").update();
    }

    /** One current placement per looked-after child; one in five is placed out of its authority's area. */
    private void insertPlacements(String batch) {
        jdbc.sql("""
                with la as (select array_agg(id) a from agency where kind = 'LOCAL_AUTHORITY'),
                     force as (select array_agg(id) f from agency where kind = 'POLICE_FORCE')
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id,
                                       host_authority_id, host_police_force_id, start_date, created_at, version)
                select gen_random_uuid(), c.id,
                       case when r < 0.55 then 'FOSTER_LA' when r < 0.75 then 'FOSTER_AGENCY'
                            when r < 0.90 then 'CHILDRENS_HOME' when r < 0.97 then 'SUPPORTED' else 'KINSHIP' end,
                       'Provider ' || (1 + floor(random() * 500))::int,
                       c.responsible_authority_id,
                       case when o < 0.2 then la.a[1 + floor(random() * array_length(la.a, 1))::int]
                            else c.responsible_authority_id end,
                       force.f[1 + floor(random() * array_length(force.f, 1))::int],
                       current_date - (1100 + floor(random() * 400))::int, now(), 0
                  from child c cross join la cross join force
                  cross join lateral (select random() + 0 * length(c.given_names) r, random() + 0 * length(c.family_name) o) x
                 where c.council_case_id like :b and c.legal_status like 'LAC\\_%'""")
                .param("b", batch + "%").update();
    }

    /**
     * Each child's episodes fall in consecutive slots over three years so that they never overlap,
     * as the database requires. Each child's slots are shifted at random so that, as in life, some
     * children are missing now.
     */
    private void insertEpisodes(String batch) {
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, placement_id, last_seen_at, last_seen_place,
                                     reported_to_police_at, police_force_id, located_at, located_where, return_method,
                                     closed_at, closure_note, created_at, updated_at, version)
                select gen_random_uuid(), c.id,
                       case when p.id is null then 'MISSING_FROM_HOME' when e.u < 0.2 then 'AWAY_FROM_PLACEMENT'
                            else 'MISSING_FROM_CARE' end,
                       case when p.id is null then 'HOME' when e.u < 0.1 then 'SCHOOL' else 'PLACEMENT' end,
                       p.id, e.seen,
                       (cast(:places as text[]))[1 + floor(power(e.v, 2) * cardinality(cast(:places as text[])))::int],
                       case when e.w < 0.9 then e.seen + (10 + e.w * 150) * interval '1 minute' end,
                       p.host_police_force_id,
                       case when e.seen + e.minutes * interval '1 minute' < now() then e.seen + e.minutes * interval '1 minute' end,
                       case when e.seen + e.minutes * interval '1 minute' < now() then 'Home' end,
                       case when e.seen + e.minutes * interval '1 minute' < now() then
                            (array['RETURNED','RETURNED','RETURNED','FOUND_POLICE','FOUND_CARER','CONTACTED'])[1 + floor(e.u * 6)::int] end,
                       case when e.seen + e.minutes * interval '1 minute' + interval '1 day' < now()
                            then e.seen + e.minutes * interval '1 minute' + interval '1 day' end,
                       case when e.seen + e.minutes * interval '1 minute' + interval '1 day' < now() then 'Home and safe' end,
                       e.seen, e.seen, 0
                  from child c
                  left join placement p on p.child_id = c.id
                  cross join lateral (select floor(power(random(), 3) * 14.5
                                              * case when c.legal_status like 'LAC\\_%' then 3 else 1 end)::int
                                             + 0 * length(c.given_names) as k,
                                             random() * 0.6 + 0 * length(c.family_name) as shift) kk
                  cross join lateral generate_series(1, kk.k) j
                  cross join lateral (
                      select s.seen, s.u, s.v, s.w,
                             least(exp(ln(480) + 1.3 * sqrt(-2 * ln(1 - random() + 0 * j)) * cos(2 * pi() * random())),
                                   extract(epoch from interval '1095 days') / 60 / kk.k * 0.5) as minutes
                        from (select date_trunc('day', now() - interval '1095 days'
                                        + ((j - 1) + kk.shift + random() * 0.4) * (interval '1095 days' / kk.k))
                                     + case when h < 0.6 then 17 + floor(random() * 7) when h < 0.85 then 12 + floor(random() * 5)
                                            else floor(random() * 12) end * interval '1 hour'
                                     + floor(random() * 60) * interval '1 minute' as seen,
                                     random() u, random() v, random() w
                                from (select random() + 0 * j as h) hh) s) e
                 where c.council_case_id like :b and e.seen < now()""")
                .param("places", PLACES).param("b", batch + "%").update();
    }

    private void insertHistory(String batch) {
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at, graded_by_name)
                select gen_random_uuid(), e.id, 'MISSING',
                       case when r < 0.05 then 'NO_APPARENT_RISK' when r < 0.15 then 'VERY_LOW' when r < 0.50 then 'LOW'
                            when r < 0.90 then 'MEDIUM' else 'HIGH' end,
                       'Synthetic grading', e.last_seen_at + interval '1 hour', 'Synthetic officer'
                  from episode e join child c on c.id = e.child_id
                  cross join lateral (select random() + 0 * extract(epoch from e.last_seen_at) r) x
                 where c.council_case_id like :b""").param("b", batch + "%").update();
        jdbc.sql("""
                insert into episode_change (episode_id, changed_at, changed_by_name, kind, summary)
                select e.id, t.at, 'Synthetic', t.kind, t.summary
                  from episode e join child c on c.id = e.child_id
                  cross join lateral (values (e.last_seen_at + interval '30 minutes', 'REPORTED', 'Reported missing'),
                                             (e.located_at, 'LOCATED', 'Found or returned'),
                                             (e.closed_at, 'CLOSED', 'Episode closed')) t(at, kind, summary)
                 where c.council_case_id like :b and t.at is not null""").param("b", batch + "%").update();
    }

    /**
     * An offer for every return, as Homeward opens them, with the outcomes inspections report: about
     * half held (many after 72 hours), some declined, some not possible or the child missing again,
     * and the rest still open. Interviews need a recording worker, so none are written without one.
     */
    private void insertReturnInterviews(String batch) {
        jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, out_of_area,
                                       placing_authority_id, host_authority_id, outcome, outcome_reason, outcome_at,
                                       created_at)
                select gen_random_uuid(), e.id, e.child_id, e.located_at, e.located_at + interval '72 hours',
                       (select id from agency where kind = 'RHI_PROVIDER' order by name limit 1),
                       coalesce(p.placing_authority_id <> p.host_authority_id, false),
                       p.placing_authority_id, p.host_authority_id,
                       case when x.r < 0.55 then 'ACCEPTED' when x.r < 0.70 then 'DECLINED'
                            when x.r < 0.75 then 'NOT_POSSIBLE' when x.r < 0.80 then 'MISSING_AGAIN' end,
                       case when x.r < 0.55 then 'Interview held' when x.r < 0.70 then 'Did not want to talk'
                            when x.r < 0.75 then 'Could not be reached' when x.r < 0.80 then 'Missing again' end,
                       case when x.r < 0.80 then e.located_at + interval '1 day' end,
                       e.located_at
                  from episode e join child c on c.id = e.child_id
                  left join placement p on p.id = e.placement_id
                  cross join lateral (select random() + 0 * extract(epoch from e.located_at) r) x
                 where c.council_case_id like :b and e.located_at is not null""").param("b", batch + "%").update();
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                       consent_to_share, support_decision, recorded_by, recorded_at)
                select o.id, least(o.returned_at + (4 + random() * 110) * interval '1 hour', now()), 'Synthetic worker',
                       'INDEPENDENT', 'Synthetic provider', true, 'No harm disclosed', false, true, true,
                       'Synthetic account', false, 'NONE', w.id, least(o.returned_at + interval '5 days', now())
                  from rhi_offer o join child c on c.id = o.child_id
                  cross join (select u.id from user_account u join user_role r on r.user_id = u.id
                               where r.role = 'RHI_WORKER' order by u.username limit 1) w
                 where c.council_case_id like :b and o.outcome = 'ACCEPTED'
                   and o.returned_at + interval '4 hours' < now()""").param("b", batch + "%").update();
    }
}
