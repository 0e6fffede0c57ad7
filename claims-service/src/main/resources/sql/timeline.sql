-- The given claimants' figures over time: per claimant and interval (:every is day, week, month or year), the latest
-- claim in it. A claimant id with no row in claims.claimant is unknown here and gets no row at all; a known claimant
-- without figures gets one row of nulls.
select distinct on (k.id, p.bucket) k.id as requested, p.id, p.document_id, p.claimant_id, p.subject, p.population,
       p.category, p.low, p.best, p.high, p.qualifier, p.rate_per, p.period_start, p.period_start_precision, p.as_of,
       p.as_of_precision, p.quote, p.span_start, p.span_end, p.confidence, p.extractor, p.recorded_at, p.stated_on
from claims.claimant k
left join lateral (
    select c.*, date_trunc(:every, c.stated_on) as bucket
    from claims.claim c
    where c.subject_key = :subject and c.category = :category and c.population = :population and c.basis = :basis
      and c.claimant_id = k.id and c.stated_on between cast(:from as date) and cast(:to as date)) p on true
where k.id = any (cast(:claimantIds as uuid[]))
order by k.id, p.bucket, p.stated_on desc, p.id desc
limit :limit
