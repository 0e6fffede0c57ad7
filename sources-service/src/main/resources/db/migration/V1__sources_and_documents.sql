-- Sources (claimants, outlets) and the documents they publish.
create table source (
    id          uuid primary key,
    name        text not null check (length(btrim(name)) > 0),
    kind        text not null check (kind in ('PERSON', 'GOVERNMENT', 'MILITARY', 'INTELLIGENCE', 'THINK_TANK',
                                              'INTERNATIONAL_ORGANIZATION', 'MEDIA', 'NGO', 'OTHER')),
    affiliation text,
    description text,
    created_at  timestamptz not null
);
create index source_name_idx on source (name, id);
create index source_kind_name_idx on source (kind, name, id);

-- Every name a source goes by; the normalized form (case, accents, dots folded) points at one source only.
create table source_alias (
    normalized text primary key check (length(normalized) > 0),
    alias      text not null check (length(btrim(alias)) > 0),
    source_id  uuid not null references source (id) on delete cascade
);
create index source_alias_source_idx on source_alias (source_id);

create table document (
    id                     uuid primary key,
    title                  text not null check (length(btrim(title)) > 0),
    url                    text unique,
    outlet_id              uuid references source (id),
    published_on           date,
    published_on_precision text check (published_on_precision in ('DAY', 'MONTH', 'YEAR')),
    text                   text not null check (length(text) > 0),
    content_sha256         text not null unique check (content_sha256 ~ '^[0-9a-f]{64}$'),
    automated              boolean not null,
    ingested_at            timestamptz not null,
    check ((published_on is null) = (published_on_precision is null))
);
-- Paging order of `documents`: newest first, undated last.
create index document_published_idx on document ((coalesce(published_on, date '0001-01-01')) desc, id desc);
create index document_outlet_published_idx on document (outlet_id, (coalesce(published_on, date '0001-01-01')) desc, id desc);
