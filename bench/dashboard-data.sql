-- Dashboard benchmark data: sources, documents and claims at scale, with realistic distributions.
--
--   psql -v ON_ERROR_STOP=1 [-v sources=5000] [-v documents=200000] [-v claims=1000000] -f bench/dashboard-data.sql
--
-- Writes sources.source and sources.document (sources-service) and their replicas claims.claimant and claims.document,
-- then claims.claim, which must come last: its trigger reads the document's published_on from claims.document.
-- Set-based inserts only; every id and every value is a pure function of the row number (hashint8extended with a
-- salt per column), so two runs, or runs with a different plan, produce the same rows, and reruns insert nothing
-- (on conflict do nothing). The generated columns (subject_key, figure, the appearances' quote_search) and stated_on (trigger) are
-- left to the database. Needs at least 24 sources (the outlets start at source 24).
--
-- Distributions:
--   sources    the first 20 are the institutions that make most claims (general staffs, defence ministries, think
--              tanks, intelligence services, UN missions), with fixed kinds and affiliations; the others get
--              affiliation UA 25%, RU 25%, US 12%, GB 8%, DE 5%, FR 5%, UN 4%, NO 3%, none 13%, and kind PERSON 30%,
--              GOVERNMENT 15%, MILITARY 10%, NGO 10%, THINK_TANK 10%, OTHER 10%, INTELLIGENCE 5%,
--              INTERNATIONAL_ORGANIZATION 10% (always for UN-affiliated ones); every 8th source from 24 on is MEDIA:
--              the outlets.
--   documents  published between 2022-02-24 and 2026-11-01: 15% in the first 120 days of the full-scale
--              invasion, the rest uniform over the whole range; the outlet is long-tailed among the MEDIA sources
--              (outlet rank = floor(exp(u * ln(outlets))), a few large outlets publish most); url unique.
--   claims     claimant long-tailed (Zipf-like): rank = floor(exp(u * ln(sources + 1))), so P(rank k) ~ ln(1 + 1/k):
--              source 1 makes ~8% of all claims, the top 10 ~28%, the top 100 ~54%, half the sources make less
--              than 1/1000 each;
--              document uniform (5 claims per document on average);
--              subject Ukraine 45%, Russia 45%, Israel 4%, Gaza 3%, Sudan 3%;
--              category KILLED 40%, CASUALTIES 25%, WOUNDED 20%, MISSING 8%, CAPTURED 7%;
--              population MILITARY 70%, CIVILIAN 25%, ALL 5%;
--              qualifier EXACT 40% and APPROXIMATELY 25% (low = best = high; approximate figures rounded),
--              AT_LEAST 15% (low only), AT_MOST 5% (high only), RANGE 15% (low < high, best null);
--              3% are daily rates (rate_per DAY, figures of a day), the rest cumulative totals;
--              as_of null 60%, else 0-14 days before the document's publication (skewed to 0), never before
--              2022-02-24, precision DAY; period_start 2022-02-24 (precision DAY) for 20% of the Ukraine/Russia
--              totals, else null;
--              figure = daily rate of the subject x category x population factors x days since the conflict began
--              (2022-02-24; Israel/Gaza 2023-10-07; Sudan 2023-04-15) at the claim's date (as_of, else published_on),
--              x side bias (a claimant affiliated with the side whose losses are counted states 0.4x, its adversary
--              1.7x, third parties 1x) x a fixed bias per claimant (0.75-1.25) x noise (0.7-1.3, bell-shaped);
--              quote an English sentence from pieces (opener, qualifier words, figure, adjective, population noun,
--              category verb phrase, "since"/"as of" phrases): ~25% contain "estimate", ~23% "soldiers", ~42%
--              "killed"; confidence uniform 0.5-1; recorded_at 0-72 hours after publication; spans null.

\if :{?sources} \else \set sources 5000 \endif
\if :{?documents} \else \set documents 200000 \endif
\if :{?claims} \else \set claims 1000000 \endif

-- u(i, salt): a uniform number in [0, 1), a pure function of the row number and the salt (inlined by the planner).
create function pg_temp.u(i bigint, salt bigint) returns double precision language sql immutable parallel safe
    as $$ select (hashint8extended(i, salt) & 2147483647)::double precision / 2147483648.0 $$;
-- pick(u, a): one element of the array a, chosen by u in [0, 1).
create function pg_temp.pick(u double precision, a text[]) returns text language sql immutable parallel safe
    as $$ select a[1 + floor(u * cardinality(a))::int] $$;
-- The publication date of bench document j (also used by the claims, to compute figures without a join).
create function pg_temp.doc_published(j bigint) returns date language sql immutable parallel safe
    as $$ select date '2022-02-24' + case when pg_temp.u(j, 202) < 0.15 then floor(pg_temp.u(j, 203) * 120)::int
                                          else floor(pg_temp.u(j, 203) * (date '2026-11-01' - date '2022-02-24' + 1))::int end $$;
-- Affiliation and kind of bench source k: the first 20 are fixed, the others drawn (see the header).
create function pg_temp.source_affiliation(k bigint) returns text language sql immutable parallel safe as $$
    select case when k <= 20 then (array['UA', 'RU', 'US', 'GB', 'UA', 'RU', 'UN', 'US', 'RU', 'US',
                                         'NO', 'DE', 'GB', null, 'FR', 'UA', 'RU', 'UN', 'UA', 'GB'])[k]
                when pg_temp.u(k, 101) < 0.25 then 'UA' when pg_temp.u(k, 101) < 0.50 then 'RU'
                when pg_temp.u(k, 101) < 0.62 then 'US' when pg_temp.u(k, 101) < 0.70 then 'GB'
                when pg_temp.u(k, 101) < 0.75 then 'DE' when pg_temp.u(k, 101) < 0.80 then 'FR'
                when pg_temp.u(k, 101) < 0.84 then 'UN' when pg_temp.u(k, 101) < 0.87 then 'NO' end $$;
create function pg_temp.source_kind(k bigint) returns text language sql immutable parallel safe as $$
    select case when k <= 20 then (array['MILITARY', 'GOVERNMENT', 'THINK_TANK', 'INTELLIGENCE', 'GOVERNMENT',
                                         'MILITARY', 'INTERNATIONAL_ORGANIZATION', 'THINK_TANK', 'MEDIA', 'INTELLIGENCE',
                                         'GOVERNMENT', 'THINK_TANK', 'MEDIA', 'NGO', 'GOVERNMENT', 'MILITARY', 'GOVERNMENT',
                                         'INTERNATIONAL_ORGANIZATION', 'INTELLIGENCE', 'THINK_TANK'])[k]
                when k % 8 = 0 then 'MEDIA'
                when pg_temp.source_affiliation(k) = 'UN' then 'INTERNATIONAL_ORGANIZATION'
                when pg_temp.u(k, 102) < 0.30 then 'PERSON' when pg_temp.u(k, 102) < 0.45 then 'GOVERNMENT'
                when pg_temp.u(k, 102) < 0.55 then 'MILITARY' when pg_temp.u(k, 102) < 0.65 then 'NGO'
                when pg_temp.u(k, 102) < 0.75 then 'THINK_TANK' when pg_temp.u(k, 102) < 0.85 then 'OTHER'
                when pg_temp.u(k, 102) < 0.90 then 'INTELLIGENCE' else 'INTERNATIONAL_ORGANIZATION' end $$;

\echo bench data: :sources sources...
insert into sources.source (id, name, kind, affiliation, description, created_at)
select md5('bench-source-' || k)::uuid, 'Bench source ' || k, pg_temp.source_kind(k), pg_temp.source_affiliation(k),
       case when k <= 20 then 'Bench: one of the institutions that make most claims.' end,
       timestamptz '2026-01-01 00:00:00+00'
from generate_series(1, :sources) k
on conflict do nothing;

insert into claims.claimant (id, name, kind, affiliation)
select s.id, s.name, s.kind, s.affiliation
from sources.source s
where s.id in (select md5('bench-source-' || k)::uuid from generate_series(1, :sources) k)
on conflict do nothing;

\echo bench data: :documents documents...
-- Outlets: sources 24, 32, 40, ... (every 8th from 24 on); outlet rank r in 1 .. outlets - 1 is long-tailed.
insert into sources.document (id, title, url, outlet_id, published_on, published_on_precision, text, content_sha256,
                              automated, ingested_at)
select md5('bench-document-' || j)::uuid,
       'Bench report ' || j || ': ' || pg_temp.pick(pg_temp.u(j, 204), array['Losses update', 'Frontline report',
           'Casualty figures', 'Daily briefing', 'Intelligence update', 'War casualties explained']),
       'https://bench.example/outlet-' || outlet || '/report-' || j,
       md5('bench-source-' || outlet)::uuid, published, 'DAY',
       'Bench text ' || j || '.', encode(sha256(convert_to('bench-document-' || j, 'UTF8')), 'hex'), true,
       published + make_interval(hours => floor(pg_temp.u(j, 205) * 72)::int)
from (select j, pg_temp.doc_published(j) as published,
             8 * (2 + floor(exp(pg_temp.u(j, 201) * ln(:sources / 8 - 1)))::int) as outlet
      from generate_series(1, :documents) j) d
on conflict do nothing;

-- The replica claims-service reads; before the claims, whose trigger reads published_on from it.
insert into claims.document (id, title, url, outlet_id, published_on)
select d.id, d.title, d.url, d.outlet_id, d.published_on
from sources.document d
where d.id in (select md5('bench-document-' || j)::uuid from generate_series(1, :documents) j)
on conflict do nothing;

\echo bench data: :claims claims...
insert into claims.claim (id, document_id, claimant_id, subject, population, category, low, best, high, qualifier,
                          rate_per, period_start, period_start_precision, as_of, as_of_precision, quote, span_start,
                          span_end, confidence, extractor, fingerprint, recorded_at)
select md5('bench-claim-' || i)::uuid, md5('bench-document-' || j)::uuid, md5('bench-source-' || k)::uuid,
       subject, population, category,
       case qualifier when 'EXACT' then v when 'APPROXIMATELY' then v_round when 'AT_LEAST' then v
                      when 'RANGE' then floor(v * 0.85)::int end,
       case when qualifier in ('EXACT', 'APPROXIMATELY') then case qualifier when 'EXACT' then v else v_round end end,
       case qualifier when 'EXACT' then v when 'APPROXIMATELY' then v_round when 'AT_MOST' then v
                      when 'RANGE' then greatest(ceil(v * 1.15)::int, floor(v * 0.85)::int + 1) end,
       qualifier, case when rate then 'DAY' end,
       period_start, case when period_start is not null then 'DAY' end,
       as_of, case when as_of is not null then 'DAY' end,
       pg_temp.pick(pg_temp.u(i, 20), array['According to the latest official figures,', 'The ministry said that',
               'In its latest estimate, the agency said', 'A spokesman claimed that',
               'Intelligence assessments suggest that', 'The report states that', 'Analysts estimate that',
               'Officials confirmed that'])
           || ' ' || case qualifier
               when 'EXACT' then to_char(v, 'FM999,999,999')
               when 'APPROXIMATELY' then pg_temp.pick(pg_temp.u(i, 21), array['about', 'roughly', 'some', 'around'])
                                         || ' ' || to_char(v_round, 'FM999,999,999')
               when 'AT_LEAST' then pg_temp.pick(pg_temp.u(i, 21), array['at least', 'more than', 'over'])
                                    || ' ' || to_char(v, 'FM999,999,999')
               when 'AT_MOST' then pg_temp.pick(pg_temp.u(i, 21), array['up to', 'no more than', 'as many as'])
                                   || ' ' || to_char(v, 'FM999,999,999')
               else 'between ' || to_char(floor(v * 0.85), 'FM999,999,999') || ' and '
                    || to_char(greatest(ceil(v * 1.15)::int, floor(v * 0.85)::int + 1), 'FM999,999,999') end
           || ' ' || case subject when 'Ukraine' then 'Ukrainian' when 'Russia' then 'Russian' when 'Israel' then 'Israeli'
                                  when 'Gaza' then 'Palestinian' else 'Sudanese' end
           || ' ' || pg_temp.pick(pg_temp.u(i, 22), case population when 'MILITARY' then array['soldiers', 'troops', 'servicemen']
                                                                    when 'CIVILIAN' then array['civilians', 'civilians', 'non-combatants']
                                                                    else array['people', 'people', 'persons'] end)
           || ' ' || case when rate then
                          case category when 'KILLED' then 'are killed' when 'WOUNDED' then 'are wounded'
                                        when 'MISSING' then 'go missing' when 'CAPTURED' then 'are captured'
                                        else 'are killed or wounded' end
                          || pg_temp.pick(pg_temp.u(i, 23), array[' every day', ' per day on average'])
                     else pg_temp.pick(pg_temp.u(i, 23), case category
                          when 'KILLED' then array['have been killed', 'were killed', 'died']
                          when 'WOUNDED' then array['have been wounded', 'were injured', 'were wounded']
                          when 'MISSING' then array['are missing', 'remain missing', 'went missing']
                          when 'CAPTURED' then array['have been captured', 'were taken prisoner', 'are held as prisoners of war']
                          else array['were killed or wounded', 'have become casualties', 'were killed, wounded or went missing'] end)
                     end
           || case when period_start is not null then ' since February 24, 2022' else '' end
           || case when as_of is not null then ' as of ' || to_char(as_of, 'FMMonth FMDD, YYYY') else '' end
           || '.',
       null, null, 0.5 + 0.5 * pg_temp.u(i, 24), 'bench', 'bench-' || i,
       published + make_interval(hours => floor(pg_temp.u(i, 25) * 72)::int)
from (
    select *, case when v >= 10000 then round(v, -3)::int when v >= 1000 then round(v, -2)::int
                   when v >= 100 then round(v, -1)::int else v end as v_round
    from (
        select *,
               greatest(case when rate then 1 else 0 end,
                        round(daily * case when rate then 1 else greatest(1, coalesce(as_of, published) - conflict_start) end
                              * case when affiliation = own_side then 0.4 when affiliation = adversary then 1.7 else 1.0 end
                              * (0.75 + 0.5 * pg_temp.u(k, 103))
                              * (0.7 + 0.2 * (pg_temp.u(i, 12) + pg_temp.u(i, 13) + pg_temp.u(i, 14))))::int) as v
        from (
            select *,
                   case subject when 'Ukraine' then 80 when 'Russia' then 160 when 'Israel' then 2 when 'Gaza' then 30 else 20 end
                   * case category when 'KILLED' then 1 when 'WOUNDED' then 2.5 when 'CASUALTIES' then 3.5
                                   when 'MISSING' then 0.3 else 0.15 end
                   * case population when 'MILITARY' then 1 when 'CIVILIAN' then 0.2 else 1.2 end as daily,
                   case subject when 'Ukraine' then 'UA' when 'Russia' then 'RU' when 'Israel' then 'IL' when 'Gaza' then 'PS' end as own_side,
                   case subject when 'Ukraine' then 'RU' when 'Russia' then 'UA' when 'Israel' then 'PS' when 'Gaza' then 'IL' end as adversary,
                   case when subject in ('Ukraine', 'Russia') then date '2022-02-24' when subject = 'Sudan' then date '2023-04-15'
                        else date '2023-10-07' end as conflict_start,
                   case when pg_temp.u(i, 8) < 0.60 then null
                        else greatest(date '2022-02-24', published - floor(pg_temp.u(i, 9) ^ 2 * 15)::int) end as as_of,
                   case when not rate and subject in ('Ukraine', 'Russia') and pg_temp.u(i, 10) < 0.20
                        then date '2022-02-24' end as period_start
            from (
                select i, k, j, pg_temp.doc_published(j) as published, pg_temp.source_affiliation(k) as affiliation,
                       case when s < 0.45 then 'Ukraine' when s < 0.90 then 'Russia' when s < 0.94 then 'Israel'
                            when s < 0.97 then 'Gaza' else 'Sudan' end as subject,
                       case when c < 0.40 then 'KILLED' when c < 0.65 then 'CASUALTIES' when c < 0.85 then 'WOUNDED'
                            when c < 0.93 then 'MISSING' else 'CAPTURED' end as category,
                       case when p < 0.70 then 'MILITARY' when p < 0.95 then 'CIVILIAN' else 'ALL' end as population,
                       case when q < 0.40 then 'EXACT' when q < 0.65 then 'APPROXIMATELY' when q < 0.80 then 'AT_LEAST'
                            when q < 0.85 then 'AT_MOST' else 'RANGE' end as qualifier,
                       pg_temp.u(i, 7) < 0.03 as rate
                from (
                    select i, least(:sources, floor(exp(pg_temp.u(i, 1) * ln(:sources + 1))))::int as k,
                           1 + floor(pg_temp.u(i, 2) * :documents)::int as j,
                           pg_temp.u(i, 3) as s, pg_temp.u(i, 4) as c, pg_temp.u(i, 5) as p, pg_temp.u(i, 6) as q
                    from generate_series(1, :claims) i
                    offset 0) draws
                offset 0) labelled
            offset 0) dated
        offset 0) figures
    offset 0) rounded
on conflict do nothing;

\echo bench data: appearances...
-- each generated claim was reported by its one document: its first and only appearance, which the claim shows already
alter table claims.claim_appearance disable trigger claim_appearance_changed;
insert into claims.claim_appearance (id, claim_id, document_id, quote, span_start, span_end, confidence, extractor, reading,
                                     recorded_at, stated_on)
select c.id, c.id, c.document_id, c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.fingerprint, c.recorded_at,
       c.stated_on
from claims.claim c
where c.extractor = 'bench'
on conflict do nothing;
alter table claims.claim_appearance enable trigger claim_appearance_changed;

\echo bench data: analyze...
analyze sources.source, sources.document, claims.claimant, claims.document, claims.claim, claims.claim_appearance;
