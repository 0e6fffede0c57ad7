-- The statement claims-service sends for
--   claims(first: 50, filter: {subject: "Ukraine", category: KILLED, population: MILITARY}, orderBy: STATED_ON_DESC)
-- (ClaimQuery; the page size is inlined, first + 1). DashboardApiTest checks that the service still sends exactly this.
select c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low, c.best, c.high, c.qualifier,
       c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision, c.quote, c.span_start,
       c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version, c.fingerprint
from claims.claim c
where true and c.subject_key = lower(:subject) and c.category = :category and c.population = :population
order by c.stated_on desc, c.id desc
limit 51
