-- Each plan action's Ofsted recommendation number, joined to that recommendation's text in
-- the most recent inspection of the same council published before the plan.
--
-- An inspection's date is its printed publication date, else (ILACS reports print none)
-- the last day of fieldwork. A plan dated only by month or year counts as published at the
-- end of that month or year. A plan cites the number the report prints (some SIF reports
-- number on from their findings, e.g. 12-44); reports with bullet lists print none, so their order (1..N) is used.
-- Actions with no candidate inspection or no such recommendation stay, with NULL text.
CREATE OR REPLACE VIEW action_recommendation_links AS
WITH plan AS (
    SELECT ar.action_id, ar.recommendation, a.doc_id AS plan_doc_id, d.la_code, d.council,
           d.published AS plan_published,
           CASE
               WHEN regexp_full_match(d.published, '\d{4}-\d{2}-\d{2}') THEN TRY_CAST(d.published AS DATE)
               WHEN regexp_full_match(d.published, '\d{4}-\d{2}') THEN last_day(TRY_CAST(d.published || '-01' AS DATE))
               WHEN regexp_full_match(d.published, '\d{4}') THEN TRY_CAST(d.published || '-12-31' AS DATE)
           END AS plan_date,
           NULLIF(regexp_extract(ar.recommendation, '(\d+)', 1), '') AS rec_no
    FROM action_recommendations ar
    JOIN actions a USING (action_id)
    JOIN documents d ON d.doc_id = a.doc_id
),
insp AS (
    SELECT i.doc_id, i.la_code, i.framework,
           coalesce(i.publication_date, i.inspection_end) AS inspection_date,
           CASE WHEN i.publication_date IS NOT NULL THEN 'publication date'
                ELSE 'end of fieldwork (no publication date printed)' END AS inspection_date_basis,
           EXISTS (SELECT 1 FROM inspection_recommendations r
                   WHERE r.doc_id = i.doc_id AND r.printed IS NOT NULL) AS numbers_printed
    FROM inspections i
    WHERE i.la_code IS NOT NULL AND coalesce(i.publication_date, i.inspection_end) IS NOT NULL
),
candidates AS (
    SELECT p.action_id, i.*,
           row_number() OVER (PARTITION BY p.action_id ORDER BY i.inspection_date DESC, i.doc_id) AS recency,
           count(*) OVER (PARTITION BY p.action_id) AS n_candidates
    FROM (SELECT DISTINCT action_id, la_code, plan_date FROM plan) p
    JOIN insp i ON i.la_code = p.la_code AND (p.plan_date IS NULL OR i.inspection_date < p.plan_date)
)
SELECT p.action_id,
       p.plan_doc_id,
       p.la_code,
       p.council,
       p.plan_published,
       p.recommendation,
       c.doc_id AS inspection_doc_id,
       c.inspection_date,
       c.inspection_date_basis,
       c.framework AS inspection_framework,
       r.number AS recommendation_number,
       r.printed AS recommendation_printed,
       r.text AS recommendation_text,
       r.page AS recommendation_page,
       coalesce(c.n_candidates, 0) AS candidate_inspections,
       CASE
           WHEN c.doc_id IS NULL AND p.plan_date IS NULL THEN 'no inspection of this council in the warehouse'
           WHEN c.doc_id IS NULL THEN 'no inspection of this council before ' || p.plan_published
           WHEN p.plan_date IS NULL THEN 'most recent of ' || c.n_candidates || ' (plan date unknown)'
           WHEN c.n_candidates = 1 THEN 'only inspection before ' || p.plan_published
           ELSE 'most recent of ' || c.n_candidates || ' before ' || p.plan_published
       END || CASE WHEN c.doc_id IS NOT NULL AND r.text IS NULL
                   THEN '; recommendation ' || p.recommendation || ' not in that report' ELSE '' END AS chosen_by
FROM plan p
LEFT JOIN candidates c ON c.action_id = p.action_id AND c.recency = 1
LEFT JOIN inspection_recommendations r
     ON r.doc_id = c.doc_id
    AND CASE WHEN c.numbers_printed THEN r.printed = p.rec_no
             ELSE CAST(r.number AS VARCHAR) = p.rec_no END;
