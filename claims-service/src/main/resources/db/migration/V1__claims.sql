-- Claims: who said what figure, about whose losses, in which document. Documents and claimants live in
-- sources-service, so their ids are references without a foreign key.
create table claim (
    id                     uuid primary key,
    document_id            uuid not null,
    claimant_id            uuid not null,
    subject                text not null check (length(btrim(subject)) > 0),
    population             text not null check (population in ('MILITARY', 'CIVILIAN', 'ALL')),
    category               text not null check (category in ('KILLED', 'WOUNDED', 'MISSING', 'CAPTURED', 'CASUALTIES')),
    low                    integer check (low >= 0),
    best                   integer check (best >= 0),
    high                   integer check (high >= 0),
    qualifier              text not null check (qualifier in ('EXACT', 'APPROXIMATELY', 'AT_LEAST', 'AT_MOST', 'RANGE')),
    rate_per               text check (rate_per in ('DAY', 'WEEK', 'MONTH')),
    period_start           date,
    period_start_precision text check (period_start_precision in ('DAY', 'MONTH', 'YEAR')),
    as_of                  date,
    as_of_precision        text check (as_of_precision in ('DAY', 'MONTH', 'YEAR')),
    quote                  text not null check (length(btrim(quote)) > 0),
    span_start             integer check (span_start >= 0),
    span_end               integer,
    confidence             real not null check (confidence >= 0 and confidence <= 1),
    extractor              text not null check (length(btrim(extractor)) > 0),
    -- SHA-256 over what the claim says; recording the same claim twice is one claim.
    fingerprint            text not null unique,
    recorded_at            timestamptz not null,
    check (coalesce(low, best, high) is not null),
    check (low is null or best is null or low <= best),
    check (best is null or high is null or best <= high),
    check (low is null or high is null or low <= high),
    check ((span_start is null) = (span_end is null) and (span_end is null or span_end >= span_start)),
    check ((period_start is null) = (period_start_precision is null)),
    check ((as_of is null) = (as_of_precision is null)),
    check (period_start is null or as_of is null or period_start <= as_of)
);
create index claim_claimant_idx on claim (claimant_id, id);
create index claim_document_idx on claim (document_id, id);
create index claim_subject_category_idx on claim (subject, category, population, id);
create index claim_as_of_idx on claim (as_of, id);
