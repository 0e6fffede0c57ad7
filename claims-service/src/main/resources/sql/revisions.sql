-- One claimant's figures on a subject and category, oldest first; no row at all when the claimant is unknown here.
select k.id as requested, c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low, c.best, c.high,
       c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision, c.quote,
       c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version
from claims.claimant k
left join claims.claim c
    on c.claimant_id = k.id and c.subject_key = lower(:subject) and c.category = :category
   and (cast(:population as text) = 'ANY' or c.population = :population) and c.basis = :basis
   and (cast(:includeScoped as boolean) or not c.scoped)
   and (cast(:includeRejected as boolean) or c.status not in ('REJECTED', 'RETRACTED'))
where k.id = cast(:claimantId as uuid)
order by c.stated_on, c.id
limit :limit
