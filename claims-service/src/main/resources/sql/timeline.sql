-- The given claimants' figures over time: per claimant and interval (:every is day, week, month or year), the latest
-- claim in it. A claimant id with no row in claims.claimant is unknown here and gets no row at all; a known claimant
-- without figures gets one row of nulls. The points are picked from claim_series_idx alone; the table is read only for
-- the claims returned.
with points as (
    select distinct on (k.id, p.bucket) k.id as requested, p.id, p.stated_on
    from claims.claimant k
    left join lateral (
        select c.id, c.stated_on, date_trunc(:every, c.stated_on) as bucket
        from claims.claim c
        where c.subject_key = lower(:subject) and c.category = :category and c.population = :population and c.basis = :basis
          and (cast(:includeScoped as boolean) or not c.scoped)
          and (cast(:includeRejected as boolean) or c.status not in ('REJECTED', 'RETRACTED'))
          and c.claimant_id = k.id and c.stated_on between cast(:from as date) and cast(:to as date)) p on true
    where k.id = any (cast(:claimantIds as uuid[]))
    order by k.id, p.bucket, p.stated_on desc, p.id desc
    limit :limit
)
select points.requested, c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low, c.best, c.high,
       c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision, c.quote,
       c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version
from points
left join claims.claim c on c.id = points.id
order by points.requested, points.stated_on, points.id
