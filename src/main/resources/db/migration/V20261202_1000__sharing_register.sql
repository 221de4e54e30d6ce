-- The information sharing register (DOMAIN.md IS-01; sources/003: "All information obtained and shared ...
-- must be fully recorded ... clearly referenced to the evidence ... This must include details for any third
-- parties and full details of all the information/evidence that they have supplied/been given").

-- Lawful bases, consent and the rest are versioned vocabulary: a condition withdrawn or reworded later
-- leaves earlier shares reading as they were recorded.
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('gdpr-article-6', 'A6_1A', 'Article 6(1)(a) consent', 1),
('gdpr-article-6', 'A6_1B', 'Article 6(1)(b) contract', 2),
('gdpr-article-6', 'A6_1C', 'Article 6(1)(c) legal obligation', 3),
('gdpr-article-6', 'A6_1D', 'Article 6(1)(d) vital interests', 4),
('gdpr-article-6', 'A6_1E', 'Article 6(1)(e) public task', 5),
('gdpr-article-6', 'A6_1F', 'Article 6(1)(f) legitimate interests (not for a public authority''s own tasks)', 6),
('gdpr-article-9', 'A9_2A', 'Article 9(2)(a) explicit consent', 1),
('gdpr-article-9', 'A9_2B', 'Article 9(2)(b) employment, social security and social protection law', 2),
('gdpr-article-9', 'A9_2C', 'Article 9(2)(c) vital interests', 3),
('gdpr-article-9', 'A9_2F', 'Article 9(2)(f) legal claims or judicial acts', 4),
('gdpr-article-9', 'A9_2G', 'Article 9(2)(g) substantial public interest', 5),
('gdpr-article-9', 'A9_2H', 'Article 9(2)(h) health or social care', 6),
-- DPA 2018 s.10: Article 9(2)(b) and (h) need a Part 1 condition of Schedule 1, 9(2)(g) a Part 2 condition.
('dpa-schedule-1', 'SCH1_P1_1', 'Schedule 1 paragraph 1: employment, social security and social protection', 1),
('dpa-schedule-1', 'SCH1_P1_2', 'Schedule 1 paragraph 2: health or social care purposes', 2),
('dpa-schedule-1', 'SCH1_P2_6', 'Schedule 1 paragraph 6: statutory and government purposes', 3),
('dpa-schedule-1', 'SCH1_P2_10', 'Schedule 1 paragraph 10: preventing or detecting unlawful acts', 4),
('dpa-schedule-1', 'SCH1_P2_17', 'Schedule 1 paragraph 17: counselling', 5),
('dpa-schedule-1', 'SCH1_P2_18', 'Schedule 1 paragraph 18: safeguarding of children and of individuals at risk', 6),
('share-consent', 'NOT_SOUGHT', 'Not sought', 1),
('share-consent', 'SOUGHT', 'Sought, no answer yet', 2),
('share-consent', 'GIVEN', 'Given', 3),
('share-consent', 'REFUSED', 'Refused', 4),
('share-consent', 'OVERRIDDEN', 'Refused or not given, and overridden', 5),
('share-method', 'IN_HOMEWARD', 'In Homeward', 1),
('share-method', 'PHONE', 'Phone', 2),
('share-method', 'EMAIL', 'Email', 3),
('share-method', 'SECURE_EMAIL', 'Secure email', 4),
('share-method', 'MEETING', 'Meeting', 5),
('share-method', 'LETTER', 'Letter', 6),
('share-method', 'OTHER', 'Other', 7),
('share-document', 'POLICE_PACK', 'Police information pack', 1),
('share-document', 'RHI_SUMMARY', 'Return home interview summary', 2),
('share-document', 'SAFE_AND_WELL_OUTCOME', 'Safe and well check outcome', 3),
('share-document', 'CROSS_BORDER_NOTICE', 'Cross-border placement notification', 4),
('share-document', 'OTHER', 'Other document', 5);

create table information_share (
    id                 uuid primary key,
    child_id           uuid         not null references child (id),
    direction          varchar(10)  not null check (direction in ('SHARED', 'RECEIVED')),
    summary            text         not null check (btrim(summary) <> ''),
    document_kind      varchar(30),
    document_id        uuid,
    from_agency_id     uuid references agency (id),
    from_agency        varchar(300) not null check (btrim(from_agency) <> ''),
    from_person        varchar(200),
    to_agency_id       uuid references agency (id),
    to_agency          varchar(300) not null check (btrim(to_agency) <> ''),
    to_person          varchar(200),
    shared_at          timestamptz  not null,
    method             varchar(30)  not null,
    method_detail      varchar(300),
    purpose            text         not null check (btrim(purpose) <> ''),
    article_6          varchar(30)  not null,
    special_category   boolean      not null,
    article_9          varchar(30),
    schedule_1         varchar(30),
    consent            varchar(30)  not null,
    consent_detail     text,
    evidence           text         not null check (btrim(evidence) <> ''),
    third_party        text,
    provenance         text,
    automatic          boolean      not null,
    source_module      varchar(30),
    source_id          uuid,
    source_part        varchar(30),
    recorded_by        uuid references user_account (id),
    recorded_at        timestamptz  not null,
    -- Special-category data needs an Article 9 condition, and only then.
    check (special_category = (article_9 is not null)),
    -- DPA 2018 s.10(2)-(3): 9(2)(b) and (h) need a Part 1 condition, 9(2)(g) a Part 2 one; the others none.
    check (case when article_9 = 'A9_2G' then coalesce(schedule_1, '') like 'SCH1\_P2\_%'
                when article_9 in ('A9_2B', 'A9_2H') then coalesce(schedule_1, '') like 'SCH1\_P1\_%'
                else schedule_1 is null end),
    -- Consent as the lawful basis means consent was given.
    check (article_6 <> 'A6_1A' or consent = 'GIVEN'),
    check (article_9 is distinct from 'A9_2A' or consent = 'GIVEN'),
    -- Not seeking consent, or overriding a refusal, is a decision that must say why.
    check (consent not in ('NOT_SOUGHT', 'OVERRIDDEN') or btrim(coalesce(consent_detail, '')) <> ''),
    -- Third-party information, and anything received, is recorded with where it came from.
    check (third_party is null or btrim(coalesce(provenance, '')) <> ''),
    check (direction <> 'RECEIVED' or btrim(coalesce(provenance, '')) <> ''),
    check (document_id is null or document_kind is not null),
    -- A share Homeward makes itself names the act it came from, so that it is recorded once.
    check (automatic = (source_module is not null)),
    check ((source_module is null) = (source_id is null) and (source_module is null) = (source_part is null)),
    -- Nothing is shared in the future (a few minutes' allowance for clocks that differ).
    check (shared_at <= recorded_at + interval '5 minutes')
);
create index information_share_child on information_share (child_id, shared_at desc);
create unique index information_share_source on information_share (source_module, source_id, source_part)
    where source_module is not null;

-- Codes must be terms of their vocabulary (a foreign key cannot reach vocabulary_term's dated rows).
create function information_share_codes_known() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from vocabulary_term where vocabulary = 'gdpr-article-6' and code = new.article_6)
       or (new.article_9 is not null and not exists (
               select 1 from vocabulary_term where vocabulary = 'gdpr-article-9' and code = new.article_9))
       or (new.schedule_1 is not null and not exists (
               select 1 from vocabulary_term where vocabulary = 'dpa-schedule-1' and code = new.schedule_1))
       or not exists (select 1 from vocabulary_term where vocabulary = 'share-consent' and code = new.consent)
       or not exists (select 1 from vocabulary_term where vocabulary = 'share-method' and code = new.method)
       or (new.document_kind is not null and not exists (
               select 1 from vocabulary_term where vocabulary = 'share-document' and code = new.document_kind)) then
        raise exception 'An information share names a code that is not in its vocabulary';
    end if;
    return new;
end;
$$;
create trigger information_share_codes before insert on information_share
    for each row execute function information_share_codes_known();

-- The register is a record of what was shared: a share once recorded is never changed or removed, but
-- for the disposal of the child's whole record once approved (the records module sets homeward.disposal).
create function information_share_unchanged() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('homeward.disposal', true) = 'approved' then
        return old;
    end if;
    raise exception 'A recorded information share cannot be changed or removed';
end;
$$;
create trigger information_share_no_change before update or delete on information_share
    for each row execute function information_share_unchanged();
