package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes offers, attempts and interviews. */
@Component
class OfferRecords {

    private static final String SELECT = """
            select o.id, o.episode_id, o.child_id, o.returned_at, o.due_at, o.provider_agency_id, pr.name as provider_name,
                   o.out_of_area, o.placing_authority_id, pa.name as placing_authority, o.host_authority_id,
                   ha.name as host_authority, o.responsible, o.not_offered_reason, o.not_offered_by,
                   nu.display_name as not_offered_by_name, o.not_offered_at, o.signed_off_by,
                   su.display_name as signed_off_by_name, o.signed_off_at, o.outcome, o.outcome_reason, o.outcome_at,
                   o.parent_carer_information, m.first_attempt_at, m.held_at, m.offered_at, o.covered_by,
                   o.next_step, xu.display_name as next_step_by_name, o.next_step_at, o.version
              from rhi_offer o
              join rhi_offer_met m on m.offer_id = o.id
              left join user_account xu on xu.id = o.next_step_by
              left join agency pr on pr.id = o.provider_agency_id
              left join agency pa on pa.id = o.placing_authority_id
              left join agency ha on ha.id = o.host_authority_id
              left join user_account nu on nu.id = o.not_offered_by
              left join user_account su on su.id = o.signed_off_by
            """;

    public record Attempt(UUID id, Instant attemptedAt, String method, String result, String recordedBy) {
    }

    public record Listed(Offer offer, String childName) {
    }

    public record Factor(String vocabulary, String code, String detail) {
    }

    /** The child's shared associate and location records an interview found the child was with or at. */
    public record Links(List<UUID> associates, List<UUID> locations) {

        static final Links NONE = new Links(List.of(), List.of());
    }

    public record Interview(Instant heldAt, String interviewerName, String interviewerRole, String interviewerAgency,
                     boolean independent, boolean childChoseKnownWorker, String whereWent, String whoWith,
                     String travel, String howReturned, String harm, boolean exploitation, String exploitationDetail,
                     String health, String education, String feelingSafe, boolean stayingSafeGiven,
                     boolean helplineGiven, String childWords, String childWordsNotObtained, boolean consentToShare,
                     String shareWith, String supportDecision, String referralTo) {

        private static final java.util.Map<String, java.util.function.Function<Interview, Object>> FIELDS =
                new java.util.LinkedHashMap<>();

        static {
            FIELDS.put("When held", Interview::heldAt);
            FIELDS.put("Interviewer", i -> List.of(i.interviewerName(), i.interviewerRole(), i.interviewerAgency()));
            FIELDS.put("Child chose a known worker", Interview::childChoseKnownWorker);
            FIELDS.put("Where the child went", i -> java.util.Arrays.asList(i.whereWent(), i.whoWith()));
            FIELDS.put("Travel and return", i -> java.util.Arrays.asList(i.travel(), i.howReturned()));
            FIELDS.put("Harm", Interview::harm);
            FIELDS.put("Signs of exploitation", i -> java.util.Arrays.asList(i.exploitation(), i.exploitationDetail()));
            FIELDS.put("Health, education, feeling safe",
                    i -> java.util.Arrays.asList(i.health(), i.education(), i.feelingSafe()));
            FIELDS.put("Helplines given", Interview::helplineGiven);
            FIELDS.put("Child's words", i -> java.util.Arrays.asList(i.childWords(), i.childWordsNotObtained()));
            FIELDS.put("Consent to share", i -> java.util.Arrays.asList(i.consentToShare(), i.shareWith()));
            FIELDS.put("Support decision", i -> java.util.Arrays.asList(i.supportDecision(), i.referralTo()));
        }

        /** The names of the answers that differ, for the audit trail. */
        static List<String> changes(Interview before, Interview after) {
            return FIELDS.entrySet().stream()
                    .filter(e -> !java.util.Objects.equals(e.getValue().apply(before), e.getValue().apply(after)))
                    .map(java.util.Map.Entry::getKey).toList();
        }
    }

    private static final DataClassRowMapper<Offer> OFFER = new DataClassRowMapper<>(Offer.class);

    private final JdbcClient jdbc;

    OfferRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the offer for an episode, once: a second return recorded for the same episode moves its times. */
    boolean open(UUID id, UUID episodeId, UUID childId, Instant returnedAt, UUID provider, boolean outOfArea,
                 UUID placing, UUID host, Instant now) {
        int inserted = jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, out_of_area,
                                       placing_authority_id, host_authority_id, created_at)
                values (:id, :episode, :child, :returned, :due, :provider, :outOfArea, :placing, :host, :now)
                on conflict (episode_id) do nothing""")
                .param("id", id).param("episode", episodeId).param("child", childId)
                .param("returned", ts(returnedAt)).param("due", ts(Offer.dueAfter(returnedAt)))
                .param("provider", provider).param("outOfArea", outOfArea).param("placing", placing)
                .param("host", host).param("now", ts(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("""
                    update rhi_offer set returned_at = :returned, due_at = :due, version = version + 1
                     where episode_id = :episode and returned_at <> :returned""")
                    .param("returned", ts(returnedAt)).param("due", ts(Offer.dueAfter(returnedAt)))
                    .param("episode", episodeId).update();
        }
        return inserted == 1;
    }

    Optional<Offer> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Offer.class).optional();
    }

    Optional<Offer> forEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where o.episode_id = :e").param("e", episodeId).query(Offer.class).optional();
    }

    List<Offer> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where o.child_id = :c").param("c", childId).query(Offer.class).list();
    }

    /** Which offers a list holds: those still in time, or those whose 72 hours have passed. */
    enum Due {
        DUE(" and o.due_at >= :now"), OVERDUE(" and o.due_at < :now");

        final String sql;

        Due(String sql) {
            this.sql = sql;
        }
    }

    /** How many offers are still in time and how many overdue. */
    record Counts(long due, long overdue) {
    }

    /**
     * One page of the offers still to be done, by due time: {@code provider}'s, or (provider null)
     * those of the children the person is involved with, with the decisions not to offer that still
     * await a manager's sign-off.
     */
    Keyset.Page<Listed> open(UUID provider, InvolvedWith involved, Due due, Instant now, boolean latestFirst,
                             Keyset keyset) {
        String sql = "select x.*, c.given_names || ' ' || c.family_name as child_name from (" + SELECT
                + openWhere(provider, involved) + due.sql + keyset.condition("o.due_at", "o.id", latestFirst)
                + ") x join child c on c.id = x.child_id" + keyset.orderBy("x.due_at", "x.id", latestFirst)
                + keyset.limit();
        var spec = keyset.bind(openParams(jdbc.sql(sql), provider, involved)).param("now", ts(now));
        return keyset.page(spec.query((rs, n) -> new Listed(OFFER.mapRow(rs, n), rs.getString("child_name"))).list(),
                l -> l.offer().dueAt(), l -> l.offer().id());
    }

    Counts openCounts(UUID provider, InvolvedWith involved, Instant now) {
        String sql = "select count(*) filter (where o.due_at >= :now) as due, count(*) filter (where o.due_at < :now) as overdue"
                + " from rhi_offer o" + openWhere(provider, involved);
        return openParams(jdbc.sql(sql), provider, involved).param("now", ts(now)).query(Counts.class).single();
    }

    private static String openWhere(UUID provider, InvolvedWith involved) {
        // interview_held_at (kept from rhi_interview) rather than m.held_at: the partial indexes of open offers serve it.
        return " where o.interview_held_at is null and (o.outcome is null or o.outcome = 'ACCEPTED')"
                + (provider == null ? " and (o.not_offered_reason is null or o.signed_off_by is null) and "
                + involved.namedSql("o.child_id") : " and o.not_offered_reason is null and o.provider_agency_id = :provider");
    }

    private static JdbcClient.StatementSpec openParams(JdbcClient.StatementSpec spec, UUID provider,
                                                       InvolvedWith involved) {
        return provider != null ? spec.param("provider", provider) : spec.params(involved.namedParams());
    }

    List<Attempt> attempts(UUID offerId) {
        return jdbc.sql("""
                select a.id, a.attempted_at, a.method, a.result, u.display_name as recorded_by
                  from rhi_attempt a join user_account u on u.id = a.recorded_by
                 where a.offer_id = :o order by a.attempted_at""")
                .param("o", offerId).query(Attempt.class).list();
    }

    void addAttempt(UUID offerId, Instant at, String method, String result, UUID by, Instant now) {
        jdbc.sql("""
                insert into rhi_attempt (id, offer_id, attempted_at, method, result, recorded_by, recorded_at)
                values (:id, :o, :at, :method, :result, :by, :now)""")
                .param("id", UUID.randomUUID()).param("o", offerId).param("at", ts(at)).param("method", method)
                .param("result", result).param("by", by).param("now", ts(now)).update();
    }

    void setOutcome(UUID offerId, String outcome, String reason, String parentCarerInformation, UUID by, Instant now) {
        jdbc.sql("""
                update rhi_offer set outcome = :outcome, outcome_reason = :reason, outcome_at = :now, outcome_by = :by,
                       parent_carer_information = :info, version = version + 1
                 where id = :id""")
                .param("outcome", outcome).param("reason", reason).param("now", ts(now)).param("by", by)
                .param("info", parentCarerInformation).param("id", offerId).update();
    }

    /** Adds what parents or carers said after the child declined, kept apart from the child's account; false if given already. */
    boolean addParentCarerInformation(UUID offerId, String information) {
        return jdbc.sql("""
                update rhi_offer set parent_carer_information = :info, version = version + 1
                 where id = :id and outcome = 'DECLINED' and parent_carer_information is null""")
                .param("info", information).param("id", offerId).update() == 1;
    }

    /** The social worker's decision on what happens next after a declined interview; false if made already. */
    boolean decideNextStep(UUID offerId, String decision, UUID by, Instant now) {
        return jdbc.sql("""
                update rhi_offer set next_step = :decision, next_step_by = :by, next_step_at = :now, version = version + 1
                 where id = :id and outcome = 'DECLINED' and next_step is null""")
                .param("decision", decision).param("by", by).param("now", ts(now)).param("id", offerId).update() == 1;
    }

    void notOffered(UUID offerId, String reason, UUID by, Instant now) {
        jdbc.sql("""
                update rhi_offer set not_offered_reason = :reason, not_offered_by = :by, not_offered_at = :now,
                       signed_off_by = null, signed_off_at = null, version = version + 1
                 where id = :id""")
                .param("reason", reason).param("by", by).param("now", ts(now)).param("id", offerId).update();
    }

    void signOff(UUID offerId, UUID by, Instant now) {
        jdbc.sql("update rhi_offer set signed_off_by = :by, signed_off_at = :now, version = version + 1 where id = :id")
                .param("by", by).param("now", ts(now)).param("id", offerId).update();
    }

    void setProvider(UUID offerId, UUID provider, String responsible) {
        jdbc.sql("update rhi_offer set provider_agency_id = :p, responsible = :r, version = version + 1 where id = :id")
                .param("p", provider).param("r", responsible).param("id", offerId).update();
    }

    Optional<Interview> interview(UUID offerId) {
        return jdbc.sql("""
                select held_at, interviewer_name, interviewer_role, interviewer_agency, independent,
                       child_chose_known_worker, where_went, who_with, travel, how_returned, harm, exploitation,
                       exploitation_detail, health, education, feeling_safe, staying_safe_given, helpline_given,
                       child_words, child_words_not_obtained, consent_to_share, share_with, support_decision,
                       referral_to
                  from rhi_interview where offer_id = :o""")
                .param("o", offerId).query(Interview.class).optional();
    }

    List<Factor> factors(UUID offerId) {
        return jdbc.sql("select vocabulary, code, detail from rhi_factor where offer_id = :o order by vocabulary desc, code")
                .param("o", offerId).query(Factor.class).list();
    }

    /**
     * Saves the interview for its offer and for the other offers it covers (same child, checked by
     * the database too); every one of them is accepted and held.
     */
    void flagSignificantHarm(UUID offerId) {
        jdbc.sql("update rhi_interview set significant_harm = true where offer_id = :o").param("o", offerId).update();
    }

    void saveInterview(UUID offerId, UUID childId, Interview i, List<Factor> factors, List<UUID> covers, UUID by,
                       Instant now) {
        answers(jdbc.sql(INSERT_INTERVIEW), offerId, i).param("by", by).param("now", ts(now)).update();
        insertFactors(offerId, factors);
        jdbc.sql("""
                update rhi_offer set outcome = coalesce(outcome, 'ACCEPTED'),
                       outcome_reason = coalesce(outcome_reason, 'Interview held'),
                       outcome_at = coalesce(outcome_at, :now), outcome_by = coalesce(outcome_by, :by),
                       covered_by = case when id = :o then null else :o end, version = version + 1
                 where id = :o or (id = any(:covers) and child_id = :child and covered_by is null
                                   and not exists (select 1 from rhi_interview x where x.offer_id = rhi_offer.id))""")
                .param("o", offerId).param("now", ts(now)).param("by", by)
                .param("covers", covers.toArray(UUID[]::new)).param("child", childId).update();
    }

    private static final String INSERT_INTERVIEW = """
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, child_chose_known_worker, where_went, who_with, travel, how_returned, harm,
                       exploitation, exploitation_detail, health, education, feeling_safe, staying_safe_given,
                       helpline_given, child_words, child_words_not_obtained, consent_to_share, share_with,
                       support_decision, referral_to, recorded_by, recorded_at)
                values (:o, :heldAt, :name, :role, :agency, :independent, :chose, :whereWent, :whoWith, :travel,
                        :howReturned, :harm, :exploitation, :exploitationDetail, :health, :education, :feelingSafe,
                        :stayingSafe, :helpline, :words, :notObtained, :consent, :shareWith, :support, :referralTo,
                        :by, :now)""";

    private static final String UPDATE_INTERVIEW = """
                update rhi_interview set held_at = :heldAt, interviewer_name = :name, interviewer_role = :role,
                       interviewer_agency = :agency, independent = :independent, child_chose_known_worker = :chose,
                       where_went = :whereWent, who_with = :whoWith, travel = :travel, how_returned = :howReturned,
                       harm = :harm, exploitation = :exploitation, exploitation_detail = :exploitationDetail,
                       health = :health, education = :education, feeling_safe = :feelingSafe,
                       helpline_given = :helpline, child_words = :words, child_words_not_obtained = :notObtained,
                       consent_to_share = :consent, share_with = :shareWith, support_decision = :support,
                       referral_to = :referralTo
                 where offer_id = :o""";

    /** Binds the interview's answers by the names both statements use. */
    private static JdbcClient.StatementSpec answers(JdbcClient.StatementSpec spec, UUID offerId, Interview i) {
        return spec.param("o", offerId).param("heldAt", ts(i.heldAt())).param("name", i.interviewerName())
                .param("role", i.interviewerRole()).param("agency", i.interviewerAgency())
                .param("independent", i.independent()).param("chose", i.childChoseKnownWorker())
                .param("whereWent", i.whereWent()).param("whoWith", i.whoWith()).param("travel", i.travel())
                .param("howReturned", i.howReturned()).param("harm", i.harm()).param("exploitation", i.exploitation())
                .param("exploitationDetail", i.exploitationDetail()).param("health", i.health())
                .param("education", i.education()).param("feelingSafe", i.feelingSafe())
                .param("stayingSafe", i.stayingSafeGiven()).param("helpline", i.helplineGiven())
                .param("words", i.childWords()).param("notObtained", i.childWordsNotObtained())
                .param("consent", i.consentToShare()).param("shareWith", i.shareWith())
                .param("support", i.supportDecision()).param("referralTo", i.referralTo());
    }

    void changeInterview(UUID offerId, Interview i, List<Factor> factors) {
        answers(jdbc.sql(UPDATE_INTERVIEW), offerId, i).update();
        jdbc.sql("delete from rhi_factor where offer_id = :o").param("o", offerId).update();
        insertFactors(offerId, factors);
        jdbc.sql("update rhi_offer set version = version + 1 where id = :o or covered_by = :o").param("o", offerId).update();
    }

    Links links(UUID offerId) {
        return new Links(
                jdbc.sql("select associate_id from rhi_interview_associate where offer_id = :o order by associate_id")
                        .param("o", offerId).query(UUID.class).list(),
                jdbc.sql("select location_id from rhi_interview_location where offer_id = :o order by location_id")
                        .param("o", offerId).query(UUID.class).list());
    }

    void saveLinks(UUID offerId, Links links) {
        jdbc.sql("delete from rhi_interview_associate where offer_id = :o").param("o", offerId).update();
        jdbc.sql("delete from rhi_interview_location where offer_id = :o").param("o", offerId).update();
        for (UUID a : links.associates()) {
            jdbc.sql("insert into rhi_interview_associate (offer_id, associate_id) values (:o, :a)")
                    .param("o", offerId).param("a", a).update();
        }
        for (UUID l : links.locations()) {
            jdbc.sql("insert into rhi_interview_location (offer_id, location_id) values (:o, :l)")
                    .param("o", offerId).param("l", l).update();
        }
    }

    private void insertFactors(UUID offerId, List<Factor> factors) {
        for (Factor f : factors) {
            jdbc.sql("insert into rhi_factor (offer_id, vocabulary, code, detail) values (:o, :v, :c, :d)")
                    .param("o", offerId).param("v", f.vocabulary()).param("c", f.code()).param("d", f.detail())
                    .update();
        }
    }

    /** The child's other offers still open and with the same provider: those one interview may also cover. */
    List<Offer> coverable(Offer offer) {
        return jdbc.sql(SELECT + """
                 where o.child_id = :c and o.id <> :id and m.held_at is null and o.not_offered_reason is null
                   and (o.outcome is null or o.outcome = 'ACCEPTED')
                   and o.provider_agency_id is not distinct from :p
                 order by o.returned_at""")
                .param("c", offer.childId()).param("id", offer.id()).param("p", offer.providerAgencyId())
                .query(Offer.class).list();
    }

    /** Every offer (episode) the interview recorded on this offer covers, itself first. */
    List<Offer> coveredBy(UUID interviewOfferId) {
        return jdbc.sql(SELECT + " where o.id = :o or o.covered_by = :o order by o.covered_by nulls first, o.returned_at")
                .param("o", interviewOfferId).query(Offer.class).list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

}
