-- Name search needs trigram similarity and phonetic codes; both are trusted extensions (PostgreSQL 13+).
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- Vocabularies that change over time are data with effective dates, never enums that rewrite history.
create table vocabulary_term (
    vocabulary     varchar(50)  not null,
    code           varchar(30)  not null,
    label          varchar(200) not null,
    sort_order     integer      not null,
    effective_from date         not null default date '1900-01-01',
    effective_to   date,
    primary key (vocabulary, code, effective_from),
    check (effective_to is null or effective_to > effective_from)
);

-- DfE ethnicity codes (SSDA903 / CIN census).
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('ethnicity', 'WBRI', 'White British', 1),
('ethnicity', 'WIRI', 'White Irish', 2),
('ethnicity', 'WIRT', 'Traveller of Irish heritage', 3),
('ethnicity', 'WROM', 'Gypsy/Roma', 4),
('ethnicity', 'WOTH', 'Any other White background', 5),
('ethnicity', 'MWBC', 'White and Black Caribbean', 6),
('ethnicity', 'MWBA', 'White and Black African', 7),
('ethnicity', 'MWAS', 'White and Asian', 8),
('ethnicity', 'MOTH', 'Any other mixed background', 9),
('ethnicity', 'AIND', 'Indian', 10),
('ethnicity', 'APKN', 'Pakistani', 11),
('ethnicity', 'ABAN', 'Bangladeshi', 12),
('ethnicity', 'AOTH', 'Any other Asian background', 13),
('ethnicity', 'BCRB', 'Black Caribbean', 14),
('ethnicity', 'BAFR', 'Black African', 15),
('ethnicity', 'BOTH', 'Any other Black background', 16),
('ethnicity', 'CHNE', 'Chinese', 17),
('ethnicity', 'OOTH', 'Any other ethnic group', 18),
('ethnicity', 'REFU', 'Refused', 19),
('ethnicity', 'NOBT', 'Information not yet obtained', 20);

-- SSDA903 sex codes from 2024/25.
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('sex', 'M', 'Male', 1),
('sex', 'F', 'Female', 2),
('sex', 'U', 'Not known or indeterminate', 3);

-- Legal status of the child (DOMAIN.md CR-01). "Looked after" is derived from the LAC_ codes.
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('legal-status', 'NONE', 'None', 1),
('legal-status', 'CIN', 'Child in need', 2),
('legal-status', 'CP', 'Child protection plan', 3),
('legal-status', 'LAC_S20', 'Looked after: section 20 (voluntary accommodation)', 4),
('legal-status', 'LAC_ICO', 'Looked after: interim care order', 5),
('legal-status', 'LAC_CO', 'Looked after: full care order', 6),
('legal-status', 'LAC_PO', 'Looked after: placement order', 7),
('legal-status', 'LAC_REMAND', 'Looked after: remanded to local authority accommodation', 8),
('legal-status', 'CARE_LEAVER', 'Care leaver', 9);

insert into vocabulary_term (vocabulary, code, label, sort_order) values
('sen', 'NONE', 'No special educational needs', 1),
('sen', 'SEN_SUPPORT', 'SEN support', 2),
('sen', 'EHCP', 'Education, health and care plan', 3),
('sen', 'UNKNOWN', 'Not known', 4);
