-- The copies of sources-service's claimants and documents follow its edits (its change feed, read from the last
-- position applied). Each copy carries the version sources-service gave it, so a copy taken before an edit can
-- never overwrite the edited one, whichever transaction commits last.
alter table claimant add column version integer not null default 0 check (version >= 0);
alter table document add column version integer not null default 0 check (version >= 0);
-- A claimant merged into another in sources-service: its claims moved to the kept one.
alter table claimant add column merged_into uuid;

-- The last change-feed position applied here; one row, locked by whoever applies the next events.
create table source_feed_position (
    singleton boolean primary key default true check (singleton),
    position  bigint not null check (position >= 0)
);
insert into source_feed_position (singleton, position) values (true, 0);

-- A claim moved to the kept claimant by a merge has its own history entry.
alter table claim_change drop constraint claim_change_action_check;
alter table claim_change add constraint claim_change_action_check
    check (action in ('REVIEWED', 'CORRECTED', 'RETRACTED', 'CLAIMANT_MERGED'));

-- A claim recorded for a claimant that has been merged meanwhile (its copy was read before the merge) belongs to
-- the kept claimant: whatever writes the row, it lands there.
create function claim_claimant_merged() returns trigger language plpgsql as $$
declare
    kept uuid;
begin
    select c.merged_into into kept from claims.claimant c where c.id = new.claimant_id;
    if kept is not null then
        new.claimant_id := kept;
    end if;
    return new;
end $$;
create trigger claim_claimant_merged before insert or update of claimant_id on claim
    for each row execute function claim_claimant_merged();
