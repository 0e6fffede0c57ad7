-- Whose side a claimant is on towards the subject whose losses it counts, from the claimant's affiliation and the
-- subject's row of belligerent (a subject without one has no own side or adversary: everyone is a third party).
-- The one definition of the rule: estimates split by it and Claim.side answers it. Immutable and a single
-- expression, so PostgreSQL inlines it into each query.
create function claimant_side(claimant_affiliation text, own_affiliation text, adversaries text[]) returns text
    language sql immutable parallel safe as $$
    select case when claimant_affiliation = own_affiliation then 'OWN_SIDE'
                when claimant_affiliation = any (adversaries) then 'ADVERSARY'
                else 'THIRD_PARTY' end
$$;

-- The review queue: a status (unreviewed), least or most sure first; and claims of any status by confidence.
create index claim_status_confidence_idx on claim (status, confidence, id);
create index claim_confidence_idx on claim (confidence, id);
