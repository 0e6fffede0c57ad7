-- What a figure is limited to: a region, town or unit (scope) and a part of the population (subgroup: children,
-- women, hostages, ...). Either makes it a scoped figure, which national estimates leave out unless asked.
alter table claim add column scope text check (scope is null or length(btrim(scope)) > 0);
alter table claim add column subgroup text check (subgroup is null or length(btrim(subgroup)) > 0);
alter table claim add column scoped boolean generated always as (scope is not null or subgroup is not null) stored;

-- Estimates and timelines filter on scoped from the index alone.
drop index claim_series_idx;
create index claim_series_idx on claim (subject_key, category, population, basis, claimant_id, stated_on desc, id desc)
    include (low, best, high, figure, scoped);
