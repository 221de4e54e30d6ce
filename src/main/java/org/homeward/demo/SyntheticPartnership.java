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
 * most episodes graded low or medium (one in ten "absent", at no apparent or very low risk), and a few places
 * used again and again. Insight's analyses get what they read: push, pull and harm findings coded at held
 * interviews, plans with interventions reviewed for repeat children, associates and places shared by several
 * children, and each council's child population.
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

    /** The interventions plans name most often. */
    private static final String INTERVENTIONS = "{Weekly key-work sessions,Trusted adult mentoring,"
            + "Referral to the exploitation service,Safety plan agreed with carers,Detached youth work,"
            + "Family support worker,Referral to CAMHS,Return to education plan,Return home interview follow-up}";

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
        step("children", () -> insertChildren(children, authorities, batch));
        step("placements", () -> insertPlacements(batch));
        step("episodes", () -> insertEpisodes(batch));
        step("gradings and changes", () -> insertHistory(batch));
        step("return interviews", () -> insertReturnInterviews(batch));
        step("interview findings", () -> insertFindings(batch));
        step("interventions and reviews", () -> insertInterventions(batch));
        step("associates and places", () -> insertAssociatesAndPlaces(batch));
        step("child populations", this::insertPopulations);
        long placements = count("select count(*) from placement p join child c on c.id = p.child_id where c.council_case_id like :b", batch);
        long episodes = count("select count(*) from episode e join child c on c.id = e.child_id where c.council_case_id like :b", batch);
        return new Result(children, placements, episodes, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Each step reads what the last wrote, so statistics are gathered between them: on empty ones the planner loops. */
    private void step(String what, Runnable write) {
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            // A bulk step's joins and sorts of millions of rows, in memory rather than spilled.
            jdbc.sql("set local work_mem = '256MB'").update();
            write.run();
        });
        jdbc.sql("analyze").update();
        log.info("Synthetic {} written in {} s", what, Duration.ofNanos(System.nanoTime() - start).toSeconds());
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
                select gen_random_uuid(), e.id, case when r < 0.15 and a < 0.67 then 'ABSENT' else 'MISSING' end,
                       case when r < 0.05 then 'NO_APPARENT_RISK' when r < 0.15 then 'VERY_LOW' when r < 0.50 then 'LOW'
                            when r < 0.90 then 'MEDIUM' else 'HIGH' end,
                       'Synthetic grading', e.last_seen_at + interval '1 hour', 'Synthetic officer'
                  from episode e join child c on c.id = e.child_id
                  cross join lateral (select random() + 0 * extract(epoch from e.last_seen_at) r, random() a) x
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

    /**
     * What held interviews found, in the proportions return-interview services report: problems at home behind
     * about two in five (more for children at home), the placement behind about a quarter of those from care,
     * friends, family or peers pulling about a third, grooming or exploitation about one in twelve, and harm in
     * about one in five (the rest coded "no harm disclosed").
     */
    private void insertFindings(String batch) {
        jdbc.sql("""
                insert into rhi_factor (offer_id, vocabulary, code)
                select i.offer_id, f.vocabulary, f.code
                  from rhi_interview i
                  join rhi_offer o on o.id = i.offer_id
                  join child c on c.id = o.child_id
                  join episode e on e.id = o.episode_id
                  cross join lateral (select random() + 0 * extract(epoch from i.held_at) a, random() b, random() g,
                                             random() d, random() h, random() k, random() m) x
                  cross join lateral (values
                      ('rhi-push-factor', case when x.a < case when e.placement_id is null then 0.55 else 0.3 end
                                               then 'HOME_PROBLEMS' end),
                      ('rhi-push-factor', case when e.placement_id is not null and x.b < 0.35 then 'PLACEMENT'
                                               when e.placement_id is null and x.b < 0.10 then 'SCHOOL' end),
                      ('rhi-push-factor', case when x.m < 0.12 then 'MENTAL_HEALTH' when x.m < 0.17 then 'BULLYING' end),
                      ('rhi-pull-factor', case when x.g < 0.35 then (array['FRIENDS_FAMILY', 'PEER_PRESSURE',
                                               'FRIENDS_FAMILY', 'PARTNER'])[1 + floor(x.k * 4)::int] end),
                      ('rhi-pull-factor', case when x.d < 0.08 then 'GROOMING' when x.d < 0.20 then 'DRUGS_ALCOHOL' end),
                      ('rhi-harm', case when x.h < 0.20 then (array['PHYSICAL', 'SEXUAL', 'GIVEN_DRUGS', 'THREATS',
                                        'CRIME', 'UNSAFE_NIGHT', 'NO_FOOD_MONEY', 'ONLINE'])[1 + floor(x.k * 8)::int]
                                        else 'NO_HARM' end)) f(vocabulary, code)
                 where c.council_case_id like :b and f.code is not null
                on conflict do nothing""").param("b", batch + "%").update();
        // One pass over the interviews: a grooming finding is exploitation identified, a harm code is harm told.
        jdbc.sql("""
                update rhi_interview i
                   set exploitation = i.exploitation or f.grooming,
                       exploitation_detail = case when f.grooming
                           then 'Synthetic: older contacts offering lifts, gifts and places to stay'
                           else i.exploitation_detail end,
                       harm = case when f.harmed then 'Synthetic account of harm while missing' else i.harm end
                  from (select x.offer_id, bool_or(x.code = 'GROOMING') as grooming,
                               bool_or(x.vocabulary = 'rhi-harm' and x.code <> 'NO_HARM') as harmed
                          from rhi_factor x join rhi_offer o on o.id = x.offer_id join child c on c.id = o.child_id
                         where c.council_case_id like :b group by x.offer_id) f
                 where i.offer_id = f.offer_id and (f.grooming or f.harmed)""")
                .param("b", batch + "%").update();
    }

    /**
     * A plan for about two in three children with four or more episodes: one intervention begun the day after
     * their third episode, reviewed every six weeks (up to four times, none in the future) with the episodes and
     * hours missing in equal periods before it began and since, as the review form counts them.
     */
    private void insertInterventions(String batch) {
        jdbc.sql("""
                with worker as (select u.id from user_account u join user_role r on r.user_id = u.id
                                 where r.role = 'SOCIAL_WORKER' order by u.username limit 1),
                     third as (select e.child_id, (e.last_seen_at at time zone 'Europe/London')::date + 1 as started_on
                                 from (select e.child_id, e.last_seen_at,
                                              row_number() over (partition by e.child_id order by e.last_seen_at) n,
                                              count(*) over (partition by e.child_id) k
                                         from episode e join child c on c.id = e.child_id
                                        where c.council_case_id like :b) e
                                where e.n = 3 and e.k >= 4)
                insert into intervention (id, child_id, description, responsible_id, started_on, review_weeks,
                                          recorded_by, recorded_at)
                select gen_random_uuid(), t.child_id,
                       (cast(:kinds as text[]))[1 + floor(random() * cardinality(cast(:kinds as text[])))::int],
                       w.id, t.started_on, 6, w.id, t.started_on::timestamp at time zone 'Europe/London'
                  from third t cross join worker w
                 where random() + 0 * extract(epoch from t.started_on::timestamp) < 0.67""")
                .param("b", batch + "%").param("kinds", INTERVENTIONS).update();
        jdbc.sql("""
                insert into intervention_review (id, intervention_id, reviewed_on, improved, evidence, episodes_before,
                       hours_before, episodes_after, hours_after, recorded_by, recorded_at, child_views)
                select gen_random_uuid(), i.id, r.on,
                       case when s.after < s.before then 'YES' when s.after = s.before then 'PARTLY' else 'NO' end,
                       'Synthetic review of episodes since the plan began', s.before, s.hours_before, s.after,
                       s.hours_after, i.recorded_by, r.on + time '10:00', 'Synthetic: says the sessions help a bit'
                  from intervention i join child c on c.id = i.child_id
                  cross join lateral generate_series(1, 4) n
                  cross join lateral (select i.started_on + n * i.review_weeks * 7 as on) r
                  cross join lateral (
                      select count(*) filter (where e.last_seen_at < i.started_on) as before,
                             count(*) filter (where e.last_seen_at >= i.started_on) as after,
                             coalesce(round(sum(extract(epoch from coalesce(e.located_at, now()) - e.last_seen_at) / 3600)
                                 filter (where e.last_seen_at < i.started_on)::numeric, 1), 0) as hours_before,
                             coalesce(round(sum(extract(epoch from coalesce(e.located_at, now()) - e.last_seen_at) / 3600)
                                 filter (where e.last_seen_at >= i.started_on)::numeric, 1), 0) as hours_after
                        from episode e
                       where e.child_id = i.child_id
                         and e.last_seen_at >= (i.started_on - (r.on - i.started_on))::timestamp at time zone 'Europe/London'
                         and e.last_seen_at < r.on::timestamp at time zone 'Europe/London') s
                 where c.council_case_id like :b and r.on < current_date""").param("b", batch + "%").update();
    }

    /**
     * Adults and places several children share, as networks are found in life: one associate for about every
     * forty children, most linked to one to three children and a few to many, one in ten a person of concern; the
     * places children are last seen at, named per council, each linked to the episodes that began there (one in
     * five) and an interview's associate for a third of held interviews whose child has one.
     */
    private void insertAssociatesAndPlaces(String batch) {
        jdbc.sql("""
                with made as (
                    insert into associate (id, name, person_of_concern, concern_reason, created_at, updated_at, version)
                    select gen_random_uuid(),
                           (cast(:given as text[]))[1 + floor(random() * cardinality(cast(:given as text[])))::int] || ' '
                               || (cast(:family as text[]))[1 + floor(random() * cardinality(cast(:family as text[])))::int]
                               || ' (' || :batch || i || ')',
                           c < 0.1, case when c < 0.1 then 'Synthetic: seen with several children reported missing' end,
                           now(), now(), 0
                      from (select i, random() c from generate_series(1, greatest(1, :n / 40)) i) g
                    returning id),
                     numbered as (select id, row_number() over (order by id) as n, count(*) over () as total from made),
                     linking as (
                    select c.id as child_id,
                           1 + floor(power(random() + 0 * j, 2) * (select count(*) from made))::int as pick
                      from child c
                      cross join lateral generate_series(1, 1 + floor(random() * 3 + 0 * length(c.given_names))::int) j
                     where c.council_case_id like :b and random() + 0 * j < 0.3)
                insert into child_associate (child_id, associate_id, relationship, linked_at)
                select l.child_id, a.id,
                       (array['Friend', 'Older friend', 'Boyfriend', 'Girlfriend', 'Cousin', 'Known adult'])[1 + floor(random() * 6)::int],
                       now()
                  from linking l join numbered a on a.n = l.pick
                on conflict do nothing""")
                .param("given", GIVEN).param("family", FAMILY).param("batch", batch)
                .param("n", count("select count(*) from child where council_case_id like :b", batch))
                .param("b", batch + "%").update();
        jdbc.sql("""
                insert into location (id, description, town, created_at, updated_at, version)
                select gen_random_uuid(), p || ', ' || a.name, a.name, now(), now(), 0
                  from agency a cross join unnest(cast(:places as text[])) p
                 where a.kind = 'LOCAL_AUTHORITY'
                   and a.id in (select distinct responsible_authority_id from child where council_case_id like :b)
                on conflict do nothing""").param("places", PLACES).param("b", batch + "%").update();
        jdbc.sql("""
                insert into location_link (id, location_id, child_id, episode_id, kind, linked_at)
                select gen_random_uuid(), l.id, e.child_id, e.id, 'last_seen', e.last_seen_at
                  from episode e join child c on c.id = e.child_id
                  join agency a on a.id = c.responsible_authority_id
                  join location l on l.match_key = location_match_key(e.last_seen_place || ', ' || a.name, null)
                 where c.council_case_id like :b and random() + 0 * extract(epoch from e.last_seen_at) < 0.2
                on conflict do nothing""").param("b", batch + "%").update();
        jdbc.sql("""
                insert into rhi_interview_associate (offer_id, associate_id)
                select distinct on (i.offer_id) i.offer_id, ca.associate_id
                  from rhi_interview i join rhi_offer o on o.id = i.offer_id
                  join child c on c.id = o.child_id
                  join child_associate ca on ca.child_id = o.child_id
                 where c.council_case_id like :b and random() + 0 * extract(epoch from i.held_at) < 0.33
                 order by i.offer_id, ca.associate_id
                on conflict do nothing""").param("b", batch + "%").update();
    }

    /**
     * Each council's child population for this year and the two before, where none is entered: children under
     * 18 (about 80,000 a council, as in England) by sex, age band and ethnic group in England's proportions, so
     * that the disproportionality of the synthetic children, drawn more often from minority groups, shows.
     */
    private void insertPopulations() {
        jdbc.sql("""
                insert into insight_population (id, year, authority_id, entered_at, entered_by_name)
                select gen_random_uuid(), y, a.id, now(), 'Synthetic partnership'
                  from agency a cross join generate_series(extract(year from current_date)::int - 2,
                                                           extract(year from current_date)::int) y
                 where a.kind = 'LOCAL_AUTHORITY'
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into insight_population_group (population_id, characteristic, group_code, children)
                select p.id, g.characteristic, g.code, round(t.total * g.share)::int
                  from insight_population p
                  cross join lateral (select (40000 + 80000 * random() + 0 * p.year)::int as total) t
                  cross join lateral (values ('ALL', 'ALL', 1.0), ('SEX', 'F', 0.488), ('SEX', 'M', 0.512),
                                             ('AGE', 'UNDER_10', 0.55), ('AGE', '10_12', 0.17), ('AGE', '13_15', 0.17),
                                             ('AGE', '16_17', 0.11), ('ETHNICITY', 'WHITE', 0.73),
                                             ('ETHNICITY', 'MIXED', 0.06), ('ETHNICITY', 'ASIAN', 0.12),
                                             ('ETHNICITY', 'BLACK', 0.06), ('ETHNICITY', 'OTHER', 0.03))
                                             g(characteristic, code, share)
                 where p.entered_by_name = 'Synthetic partnership'
                   and not exists (select 1 from insight_population_group x where x.population_id = p.id)""").update();
    }
}
