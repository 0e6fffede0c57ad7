-- Every claimant's figures over time: per claimant and interval (:every is day, week, month or year), the latest
-- claim in it.
select distinct on (p.claimant_id, p.bucket) p.claimant_id as requested, p.id, p.document_id, p.claimant_id, p.subject,
       p.population, p.category, p.low, p.best, p.high, p.qualifier, p.rate_per, p.period_start, p.period_start_precision,
       p.as_of, p.as_of_precision, p.quote, p.span_start, p.span_end, p.confidence, p.extractor, p.recorded_at, p.stated_on
from (
    select c.*, date_trunc(:every, c.stated_on) as bucket
    from claims.claim c
    where c.subject_key = :subject and c.category = :category and c.population = :population and c.basis = :basis
      and c.stated_on between cast(:from as date) and cast(:to as date)) p
order by p.claimant_id, p.bucket, p.stated_on desc, p.id desc
limit :limit
