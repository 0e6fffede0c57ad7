-- Editing sources and documents. Every edit increments the record's version (a change made on an older version is
-- refused: optimistic locking for the client, with the row locked while the edit is checked and written).
alter table source add column version integer not null default 0 check (version >= 0);
alter table document add column version integer not null default 0 check (version >= 0);

-- A merged source stays as a record pointing at the source it was merged into; its aliases moved there. Lookups of
-- its id answer the kept source. A source merged into one that is merged later points at the last one kept, so a
-- lookup follows one step at most.
alter table source add column merged_into uuid references source (id) check (merged_into <> id);
create index source_merged_into_idx on source (merged_into) where merged_into is not null;

-- Who changed a source or a document, when, why, and each field's value before and after
-- (JSON: {"field": [before, after]}). Nothing is deleted.
create table history (
    id          uuid primary key,
    record_type text not null check (record_type in ('SOURCE', 'DOCUMENT')),
    record_id   uuid not null,
    version     integer not null,
    action      text not null check (action in ('UPDATED', 'MERGED', 'MERGED_INTO')),
    actor       text not null check (length(btrim(actor)) > 0),
    reason      text,
    changed_at  timestamptz not null,
    changes     jsonb not null,
    unique (record_type, record_id, version)
);

-- The outbox: every edit that claims-service's copies must follow, written in the edit's transaction, in commit
-- order (writers take one advisory lock before they take a position), so a reader that has seen position n has
-- seen every change before it. claims-service reads it from its last position (`changeFeed`).
create table change_feed (
    position   bigint generated always as identity primary key,
    kind       text not null check (kind in ('SOURCE_UPDATED', 'SOURCE_MERGED', 'DOCUMENT_UPDATED')),
    record_id  uuid not null,
    payload    jsonb not null,
    changed_at timestamptz not null
);
