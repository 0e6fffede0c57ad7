-- Dashboard queries (estimates, timelines, revisions, search, export) run as one SQL statement each in this schema.
-- They need a little of what sources-service owns, so claims-service keeps a copy of the claimants and documents its
-- claims point at, written in the same transaction as the claims (and refreshed whenever they are written again).
create table claimant (
    id          uuid primary key,
    name        text not null check (length(btrim(name)) > 0),
    kind        text not null,
    affiliation text
);

create table document (
    id           uuid primary key,
    title        text not null,
    url          text,
    outlet_id    uuid,
    published_on date
);
create index document_outlet_idx on document (outlet_id, id);

-- Which side a subject's losses belong to, and that side's adversaries: claimants affiliated with the side are
-- OWN_SIDE, with an adversary ADVERSARY, all others THIRD_PARTY.
create table belligerent (
    subject_key text primary key check (subject_key = lower(btrim(subject_key))),
    affiliation text not null,
    adversaries text[] not null
);
insert into belligerent (subject_key, affiliation, adversaries) values
    ('ukraine', 'UA', '{RU}'),
    ('russia', 'RU', '{UA}'),
    ('israel', 'IL', '{PS}'),
    ('gaza', 'PS', '{IL}'),
    ('palestine', 'PS', '{IL}');

-- The subject as filters compare it; whether the figure is a cumulative TOTAL or a rate (DAY, WEEK, MONTH), which
-- estimates and timelines never mix; the figure that orders claims ("over 46,000" orders at 46,000); the quote as
-- full-text search reads it.
alter table claim add column subject_key text generated always as (lower(subject)) stored;
alter table claim add column basis text generated always as (coalesce(rate_per, 'TOTAL')) stored;
alter table claim add column figure integer generated always as (coalesce(best, low, high)) stored;
alter table claim add column quote_search tsvector generated always as (to_tsvector('english', quote)) stored;

-- The date a claim counts from: its asOf, else its document's publication date, else the day it was recorded
-- in UTC (it was said by then). Kept by triggers so every write path, bulk loads included, agrees.
alter table claim add column stated_on date;
update claim set stated_on = coalesce(as_of, (recorded_at at time zone 'UTC')::date);
alter table claim alter column stated_on set not null;

create function claim_stated_on() returns trigger language plpgsql as $$
begin
    new.stated_on := coalesce(new.as_of, (select d.published_on from claims.document d where d.id = new.document_id),
                              (new.recorded_at at time zone 'UTC')::date);
    return new;
end $$;
create trigger claim_stated_on before insert or update of as_of, document_id, recorded_at on claim
    for each row execute function claim_stated_on();

create function document_published_on_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.published_on is not distinct from new.published_on then
        return new;
    end if;
    update claims.claim c set stated_on = coalesce(new.published_on, (c.recorded_at at time zone 'UTC')::date)
    where c.document_id = new.id and c.as_of is null;
    return new;
end $$;
create trigger document_published_on_changed after insert or update of published_on on document
    for each row execute function document_published_on_changed();

-- One index per filter and order. The subject, category and population lead because every dashboard query fixes
-- them; estimates and timelines then walk one claimant's claims by date.
drop index claim_subject_category_idx;
drop index claim_as_of_idx;
-- The figures ride along in the index: estimates and timelines pick each claimant's claims from the index alone
-- and read the table only for the few claims they return.
create index claim_series_idx on claim (subject_key, category, population, basis, claimant_id, stated_on desc, id desc)
    include (low, best, high, figure);
create index claim_filter_stated_idx on claim (subject_key, category, population, stated_on, id);
create index claim_filter_figure_idx on claim (subject_key, category, population, figure, id);
create index claim_filter_id_idx on claim (subject_key, category, population, id);
create index claim_stated_idx on claim (stated_on, id);
create index claim_figure_idx on claim (figure, id);
create index claim_claimant_stated_idx on claim (claimant_id, stated_on, id);
create index claim_quote_search_idx on claim using gin (quote_search);
