-- kpis: one tidy row per KPI observation, with the indicator's catalogue name and the paper it came from
-- (exported by `make export` as kpis.csv).
CREATE OR REPLACE VIEW kpis AS
SELECT
    o.la_code,
    c.name AS council,
    c.region,
    o.indicator_id,
    i.name AS indicator,
    i.domain,
    i.polarity,
    o.indicator_raw,
    o.breakdown,
    o.period,
    o.period_raw,
    o.comparator,
    o.value,
    o.unit,
    o.value_raw,
    d.file_name,
    d.doc_type,
    d.published,
    o.page,
    o.source,
    o.doc_id,
    o.obs_id
FROM kpi_observations o
LEFT JOIN indicators i USING (indicator_id)
LEFT JOIN councils c ON c.la_code = o.la_code
LEFT JOIN documents d ON d.doc_id = o.doc_id;
