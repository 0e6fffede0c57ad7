-- Every claimant's figures over time: per claimant and interval (:every is day, week, month or year), the latest
-- claim in it. The points are picked from claim_series_idx alone; the table is read only for the claims returned.
with points as (
    select distinct on (p.claimant_id, p.bucket) p.claimant_id, p.id, p.stated_on
    from (
        select c.claimant_id, c.id, c.stated_on, date_trunc(:every, c.stated_on) as bucket
        from claims.claim c
        where c.subject_key = lower(:subject) and c.category = :category and c.population = :population and c.basis = :basis
          and (cast(:includeScoped as boolean) or not c.scoped)
          and (cast(:includeRejected as boolean) or c.status not in ('REJECTED', 'RETRACTED'))
          and c.stated_on between cast(:from as date) and cast(:to as date)) p
    order by p.claimant_id, p.bucket, p.stated_on desc, p.id desc
    limit :limit
)
select points.claimant_id as requested, c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low,
       c.best, c.high, c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision,
       c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version
from points
join claims.claim c on c.id = points.id
order by points.claimant_id, points.stated_on, points.id
