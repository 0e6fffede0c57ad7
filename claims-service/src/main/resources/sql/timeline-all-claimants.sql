-- The points of every claimant over time, for a subject, category and population.
select c.claimant_id as requested, c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low,
       c.best, c.high, c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision,
       c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on
from claims.claim c
where c.subject_key = :subject and c.category = :category and c.population = :population
  and coalesce(c.rate_per, 'TOTAL') = :basis and c.stated_on between cast(:from as date) and cast(:to as date)
order by c.claimant_id, c.stated_on, c.id
limit :limit
