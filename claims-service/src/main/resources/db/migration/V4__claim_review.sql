-- Review and corrections: every claim has a status (extracted claims start UNREVIEWED) and a version that each change
-- increments (optimistic locking: a change made on an older version is refused). Nothing is deleted: a rejected or
-- retracted claim keeps its row, and estimates, timelines and revisions leave it out unless asked.
alter table claim add column status text not null default 'UNREVIEWED'
    check (status in ('UNREVIEWED', 'CONFIRMED', 'CORRECTED', 'REJECTED', 'RETRACTED'));
alter table claim add column version integer not null default 0 check (version >= 0);
create index claim_status_idx on claim (status, id);

-- Who changed a claim, when, why, and each field's value before and after (JSON: {"field": [before, after]}).
create table claim_change (
    id          uuid primary key,
    claim_id    uuid not null references claim (id),
    version     integer not null,
    action      text not null check (action in ('REVIEWED', 'CORRECTED', 'RETRACTED')),
    actor       text not null check (length(btrim(actor)) > 0),
    reason      text,
    changed_at  timestamptz not null,
    changes     jsonb not null,
    unique (claim_id, version)
);

-- Estimates and timelines filter on status from the index alone.
drop index claim_series_idx;
create index claim_series_idx on claim (subject_key, category, population, basis, claimant_id, stated_on desc, id desc)
    include (low, best, high, figure, scoped, status);
