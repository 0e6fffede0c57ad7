-- The points of the given claimants over time; a claimant id with no row in claims.claimant is unknown here.
select k.id as requested, c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low, c.best, c.high,
       c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision, c.quote,
       c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on
from claims.claimant k
left join claims.claim c
    on c.claimant_id = k.id and c.subject_key = :subject and c.category = :category and c.population = :population
   and coalesce(c.rate_per, 'TOTAL') = :basis and c.stated_on between cast(:from as date) and cast(:to as date)
where k.id = any (cast(:claimantIds as uuid[]))
order by k.id, c.stated_on, c.id
limit :limit
