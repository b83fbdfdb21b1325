-- kpi_benchmark: each council figure beside its comparators for the same indicator, period and unit.
-- printed_*: what the same paper prints beside it (England, statistical neighbours, region,
-- good/outstanding authorities, target). warehouse_*: the mean of the council figures other papers in
-- this warehouse give for the council's statistical neighbours and for the other councils of its region.
CREATE OR REPLACE VIEW kpi_benchmark AS
WITH council_figures AS (
    SELECT o.*, c.name AS council, c.region, c.stat_neighbours
    FROM kpi_observations o
    LEFT JOIN councils c ON c.la_code = o.la_code
    WHERE o.comparator = 'council' AND o.indicator_id IS NOT NULL AND o.breakdown IS NULL  -- the whole measure
),
printed AS (
    SELECT doc_id, indicator_id, period, unit, comparator, avg(value) AS value
    FROM kpi_observations
    WHERE comparator <> 'council' AND indicator_id IS NOT NULL AND breakdown IS NULL
    GROUP BY ALL
),
latest AS (  -- one value per council, indicator, period and unit across papers
    SELECT la_code, indicator_id, period, unit, avg(value) AS value
    FROM council_figures
    WHERE la_code IS NOT NULL AND period IS NOT NULL
    GROUP BY ALL
)
SELECT
    f.la_code,
    f.council,
    f.region,
    f.indicator_id,
    i.name AS indicator,
    i.polarity,
    f.period,
    f.unit,
    f.value,
    (SELECT p.value FROM printed p WHERE p.doc_id = f.doc_id AND p.indicator_id = f.indicator_id AND p.unit = f.unit
        AND p.period IS NOT DISTINCT FROM f.period AND p.comparator = 'national') AS printed_national,
    (SELECT p.value FROM printed p WHERE p.doc_id = f.doc_id AND p.indicator_id = f.indicator_id AND p.unit = f.unit
        AND p.period IS NOT DISTINCT FROM f.period AND p.comparator = 'statistical_neighbours') AS printed_statistical_neighbours,
    (SELECT p.value FROM printed p WHERE p.doc_id = f.doc_id AND p.indicator_id = f.indicator_id AND p.unit = f.unit
        AND p.period IS NOT DISTINCT FROM f.period AND p.comparator = 'regional') AS printed_regional,
    (SELECT p.value FROM printed p WHERE p.doc_id = f.doc_id AND p.indicator_id = f.indicator_id AND p.unit = f.unit
        AND p.period IS NOT DISTINCT FROM f.period AND p.comparator = 'good_outstanding') AS printed_good_outstanding,
    (SELECT p.value FROM printed p WHERE p.doc_id = f.doc_id AND p.indicator_id = f.indicator_id AND p.unit = f.unit
        AND p.period IS NOT DISTINCT FROM f.period AND p.comparator = 'target') AS printed_target,
    (SELECT avg(l.value) FROM latest l WHERE l.indicator_id = f.indicator_id AND l.period = f.period AND l.unit = f.unit
        AND list_contains(string_split(coalesce(f.stat_neighbours, ''), ','), l.la_code)) AS warehouse_statistical_neighbours,
    (SELECT count(*) FROM latest l WHERE l.indicator_id = f.indicator_id AND l.period = f.period AND l.unit = f.unit
        AND list_contains(string_split(coalesce(f.stat_neighbours, ''), ','), l.la_code)) AS warehouse_statistical_neighbours_n,
    (SELECT avg(l.value) FROM latest l JOIN councils c2 ON c2.la_code = l.la_code
        WHERE l.indicator_id = f.indicator_id AND l.period = f.period AND l.unit = f.unit
        AND c2.region = f.region AND l.la_code <> f.la_code) AS warehouse_regional,
    f.indicator_raw,
    f.period_raw,
    f.doc_id,
    f.page,
    f.obs_id
FROM council_figures f
LEFT JOIN indicators i USING (indicator_id);
