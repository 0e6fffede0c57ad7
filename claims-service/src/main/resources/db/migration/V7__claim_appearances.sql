-- One statement, many appearances: a claim is what a claimant said (ClaimIdentity), an appearance is one document
-- reporting it, with its own quote and span. The claim's document_id, quote, span_start and span_end are those of
-- its first appearance (earliest statedOn, then earliest recorded), kept here by triggers whatever writes the rows.
create table claim_appearance (
    id          uuid primary key,
    claim_id    uuid not null references claim (id),
    document_id uuid not null,
    quote       text not null check (length(btrim(quote)) > 0),
    span_start  integer check (span_start >= 0),
    span_end    integer,
    confidence  real not null check (confidence >= 0 and confidence <= 1),
    extractor   text not null check (length(btrim(extractor)) > 0),
    -- SHA-256 over the document and what was read from it (ClaimIdentity.reading): reading the same article again
    -- finds its appearance, also after the claim was corrected.
    reading     text not null unique,
    recorded_at timestamptz not null,
    -- The day this document reported it: its publication date, else the day the appearance was recorded.
    stated_on   date not null,
    unique (claim_id, document_id),
    check ((span_start is null) = (span_end is null) and (span_end is null or span_end >= span_start))
);
create index claim_appearance_document_idx on claim_appearance (document_id, claim_id);
create index claim_appearance_first_idx on claim_appearance (claim_id, stated_on, recorded_at, id);

-- Every claim so far was read from one document: that is its first appearance.
insert into claim_appearance (id, claim_id, document_id, quote, span_start, span_end, confidence, extractor, reading,
                              recorded_at, stated_on)
select c.id, c.id, c.document_id, c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.fingerprint,
       c.recorded_at, coalesce(d.published_on, (c.recorded_at at time zone 'UTC')::date)
from claim c left join document d on d.id = c.document_id;

-- The claim's fingerprint is its identity from now on (V8 recomputes it without the document): no longer unique,
-- as a claim without asOf is the same statement only within days of its first appearance.
alter table claim drop constraint claim_fingerprint_key;
create index claim_fingerprint_idx on claim (fingerprint, id);

create function claim_appearance_stated_on() returns trigger language plpgsql as $$
begin
    new.stated_on := coalesce((select d.published_on from claims.document d where d.id = new.document_id),
                              (new.recorded_at at time zone 'UTC')::date);
    return new;
end $$;
create trigger claim_appearance_stated_on before insert or update of document_id, recorded_at on claim_appearance
    for each row execute function claim_appearance_stated_on();

-- The claim shows its first appearance: the one definition of "first".
create function claim_first_appearance(claim_ids uuid[]) returns void language sql as $$
    update claims.claim c set document_id = f.document_id, quote = f.quote, span_start = f.span_start, span_end = f.span_end
    from (select distinct on (a.claim_id) a.claim_id, a.document_id, a.quote, a.span_start, a.span_end
          from claims.claim_appearance a where a.claim_id = any (claim_ids)
          order by a.claim_id, a.stated_on, a.recorded_at, a.id) f
    where c.id = f.claim_id
      and (c.document_id, c.quote, c.span_start, c.span_end) is distinct from (f.document_id, f.quote, f.span_start, f.span_end)
$$;

create function claim_appearance_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform claims.claim_first_appearance(array[old.claim_id]);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform claims.claim_first_appearance(array[new.claim_id]);
    end if;
    return null;
end $$;
create trigger claim_appearance_changed after insert or update or delete on claim_appearance
    for each row execute function claim_appearance_changed();

-- A document's new publication date moves its appearances, which may change which appearance is first.
create or replace function document_published_on_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.published_on is not distinct from new.published_on then
        return new;
    end if;
    update claims.claim_appearance a set stated_on = coalesce(new.published_on, (a.recorded_at at time zone 'UTC')::date)
    where a.document_id = new.id;
    update claims.claim c set stated_on = coalesce(new.published_on, (c.recorded_at at time zone 'UTC')::date)
    where c.document_id = new.id and c.as_of is null;
    return new;
end $$;

-- Claims merged because they were the same statement (V8): the merged claim's row and appearances as they were
-- ({"claim": {...}, "appearances": [...]}), and the claim it went into. Their history stays in claim_change under
-- their own ids; the kept claim's history shows it.
create table merged_claim (
    id          uuid primary key,
    merged_into uuid not null references claim (id),
    merged_at   timestamptz not null,
    record      jsonb not null
);
create index merged_claim_into_idx on merged_claim (merged_into);
alter table claim_change drop constraint claim_change_claim_id_fkey;
alter table claim_change drop constraint claim_change_action_check;
alter table claim_change add constraint claim_change_action_check
    check (action in ('REVIEWED', 'CORRECTED', 'RETRACTED', 'CLAIMANT_MERGED', 'MERGED'));
