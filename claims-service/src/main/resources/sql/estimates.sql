-- Each claimant's latest claim as of a date, and the spread across claimants, overall and per side.
-- One probe of claim_series_idx per claimant, answered from the index alone; the table is read only for the claims
-- returned.
with latest as (
    select c.id, c.low, c.best, c.high, c.figure,
           claims.claimant_side(k.affiliation, b.affiliation, b.adversaries) as side
    from claims.claimant k
    cross join lateral (
        select c.id, c.subject_key, c.low, c.best, c.high, c.figure
        from claims.claim c
        where c.subject_key = lower(:subject) and c.category = :category and c.population = :population and c.basis = :basis
          and (cast(:includeScoped as boolean) or not c.scoped)
          and (cast(:includeRejected as boolean) or c.status not in ('REJECTED', 'RETRACTED'))
          and c.claimant_id = k.id and c.stated_on <= cast(:asOf as date)
        order by c.stated_on desc, c.id desc
        limit 1) c
    left join claims.belligerent b on b.subject_key = c.subject_key
), spreads as (
    select coalesce(side, 'ALL') as side, count(*) as claimants, min(low) as "minLow",
           percentile_cont(0.5) within group (order by best) as "medianBest", max(high) as "maxHigh"
    from latest
    group by grouping sets ((side), ())
), top as (
    select id, figure from latest order by figure desc, id limit :limit
)
select (select cast(json_agg(spreads) as text) from spreads) as spreads, c.id, c.document_id, c.claimant_id, c.subject,
       c.population, c.category, c.low, c.best, c.high, c.qualifier, c.rate_per, c.period_start, c.period_start_precision,
       c.as_of, c.as_of_precision, c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version
from (select 1) as one
left join (top join claims.claim c on c.id = top.id) on true
order by top.figure desc, top.id
