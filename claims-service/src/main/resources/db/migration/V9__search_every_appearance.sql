-- Quote search reads every appearance's quote: a claim is found by the words of any document that reported it, not
-- only by its first appearance's sentence (which the claim's own column held).
alter table claim_appearance add column quote_search tsvector generated always as (to_tsvector('english', quote)) stored;
create index claim_appearance_quote_search_idx on claim_appearance using gin (quote_search);
drop index claim_quote_search_idx;
alter table claim drop column quote_search;
