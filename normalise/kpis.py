"""KPI observations: one row per figure × period × comparator a paper prints.

Two sources. KPI tables (extract/kpi_tables.py): a header names each value
column's period ('Q2 2019/20', 'Dec 21'), comparator ('England Average',
'Statistical Neighbours', 'South West Average', 'Good/Outstanding', 'Target')
or category ('STAGE 1'); a row's label names the indicator. Prose
(normalise/kpi_prose.py): sentences that state a figure and, often, what it
compares with. Every observation is mapped onto the indicator catalogue;
labels that map nowhere keep indicator_id NULL and are listed in
``unmapped_indicators``.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from normalise.indicators import (age_band, band_ok, content_words, counts_people, fold, indicator_counts_people, indicator_unit,
                                  is_change_measure, label_variants, map_by_words, map_indicator, sibling,
                                  TEAM_PHRASE, WHO_DID_IT)
from normalise.kpi_prose import prose_observations
from normalise.periods import (MONTH_BEFORE_HEADER, TO_DATE, find_period, header_period, is_bare_month,
                               latest_period, looks_like_period, parse_period, quarter_by)
from normalise.values import PER_OTHER_BASE, PER_TEN_THOUSAND, Figure, is_blank, parse_target, parse_value, to_number
from scrutineer.model import Paper, segment_at

REGIONS = ("north east", "north west", "yorkshire and the humber", "yorkshire and humber", "east midlands",
           "west midlands", "east of england", "eastern", "london", "inner london", "outer london", "south east",
           "south west")
_COMPARATORS = (
    ("good_outstanding", re.compile(r"good\s*/\s*outstanding|good\s+(?:or|and)\s+outstanding|good\s*/\s*outstandin", re.I)),
    ("statistical_neighbours", re.compile(r"stat(?:istical)?\.?\s*(?:neighbou?r|nbr|nghbr)|\bSNs?\b|\bstat\s*n\b"
                                          r"|nearest\s+neighbou?r", re.I)),
    ("regional", re.compile(r"\bregion(?:al)?\b|\b(?:" + "|".join(REGIONS) + r")\b"
                            # a region's initials as a whole header: 'NW', 'Y&H', 'E Mids avg'
                            r"|^\s*(?:NE|NW|YH|Y\s*&\s*H|EM|WM|EoE|SE|SW|E\.?\s*Mids|W\.?\s*Mids)\s*(?:av(?:g|e|erage)?\.?)?\s*$",
                            re.I)),
    ("national", re.compile(r"\bengland\b|\bnational(?:ly)?\b|\beng\.?\b|\bengland\s+average\b"
                            r"|^\s*nat\.?(?:\s*av(?:g|e|erage)?\.?)?\s*$", re.I)),
    ("target", re.compile(r"\btarget|\bgoal\b|\bambition\b|\baim\b|\btrajector(?:y|ies)\b", re.I)),
)
# row labels that name a measure (so a table of them is a KPI table, not a list of teams or audits)
_MEASURE = re.compile(
    r"\b(number|no\.|percentage|percent|%|rate|average|proportion|timeliness|ratio|count|total|complain\w*|"
    r"compliments?|exclusions?|vacanc\w*|turnover|absence|sickness|caseloads?|referrals?|assessments?|"
    r"children|young people|care leavers?|visits?|reviews?|plans?)\b", re.I)
# columns that print no level: arrows and changes, polarity, status, notes
_NO_LEVEL_HEADER = re.compile(r"^(?:dot|d\.o\.t\.?|direction(?: of travel)?|trend|travel|polarity|good is|"
                              r"units?(?: of measure(?:ment)?)?$|measure type$|format$|"
                              r"(?:b?rag)(?: rating| status)?|status|comments?|commentary|notes?|narrative|"
                              r"variance|var\.?$|change|difference|diff\.?$|movement|\+\s*/\s*-|±|"
                              # a place in a league, or the parts a share is worked out from
                              r"rank(?:ing)?|quartile|band(?:ing)?$|numerator|denominator|cohort$|base$|sample|n$|"
                              # a level at a time the header does not say
                              r"baseline$|previous$|prior$|outturn$)\b"
                              # a change in percent, and what is only expected: forecasts are no measured level
                              r"|^%\s*(?:change|variance|difference)\b|^.*\b(?:forecast|projected|projection)\b", re.I)
# a column that sums the parts a table splits a measure into is the measure itself
_WHOLE = re.compile(r"^(?:total|all|overall|combined)\b", re.I)
# benchmarks the warehouse has no comparator for: one council's figure ('Best SN'), a spread ('Top quartile',
# 'Median') or another group ('Core cities', 'Outstanding LAs'). Their figures are not the council's
_OTHER_BENCHMARK = re.compile(
    r"\b(?:best|worst|top|bottom|lowest|highest|min(?:imum)?|max(?:imum)?|median|quartiles?|percentiles?|deciles?|range|"
    r"tolerance|threshold|benchmark|comparators?|family\s+groups?|similar|peers?|core\s+cities|shire|counties|metropolitan|mets|"
    r"unitar(?:y|ies)|outstanding\s+(?:las?|authorities|councils)|ofsted\s+outstanding)\b", re.I)


def other_benchmark(text: str | None) -> bool:
    """Does a header or row label name a benchmark with no comparator of its own ('Top quartile', 'Best SN')?
    A target set at one ('Target (top quartile)') is still a target."""
    if not text:
        return False
    comparator = comparator_of(text)
    if comparator in ("national", "statistical_neighbours", "regional"):
        # 'Benchmark (SN)', 'England comparator': the generic word says what the named comparator is for
        text = re.sub(r"\b(?:benchmarks?|comparators?)\b", " ", text, flags=re.I)
    return bool(_OTHER_BENCHMARK.search(text)) and comparator not in ("target", "good_outstanding")


_QUARTER_WORD = re.compile(r"\bQ[1-4]\b")
# a column of the council's figure now, whatever the paper's period is ('Current', 'Latest')
_NOW_HEADER = re.compile(r"^(?:current|latest|now)\b", re.I)
_OWN_YEAR = re.compile(r"\(?\b((?:19|20)\d\d)\b\)?\s*$")
_UNIT_HEADER = re.compile(r"^(%|%\s*rate|rate|value|figure|actual|number|no\.?|count|performance|result|data|council|la)$", re.I)
# full-time equivalents, but not a figure per one ('Average caseload (per FTE)' is a ratio)
_FTE = r"(?<!per\s)\bfte\b"
_PER_WORKER = r"\bper\s+(?:fte|(?:social\s+)?workers?|practitioners?|caseholders?)\b"
# a column header that says the unit of its cells ('Number', 'Rate per 10,000', 'England rate', '2023/24 (days)')
_UNIT_IN_HEADER = (
    ("percent", re.compile(r"%|\bper\s?cent(?:age)?\b", re.I)),
    ("ratio", re.compile(PER_OTHER_BASE, re.I)),  # 'Rate per 100,000' is no rate per 10,000
    ("rate_per_10000", re.compile(PER_TEN_THOUSAND + r"|\brate\b", re.I)),
    ("days", re.compile(r"\bdays?\b", re.I)),
    ("weeks", re.compile(r"\bweeks?\b", re.I)),
    ("fte", re.compile(_FTE, re.I)),
    ("count", re.compile(r"^(?:number|no\.?|count)$", re.I)),
)
# a column that says each row's unit ('Unit': '%', 'Rate per 10k', 'No.', 'Days')
# a column saying when each row's figures are for ('Period': 'Q2 2024/25', 'Sep-24', 'As at 30/09/24')
_PERIOD_COLUMN = re.compile(r"^\s*(?:(?:reporting|data|time|latest|current)\s+)?(?:period(?:\s+covered)?|date|"
                            r"(?:data\s+)?as\s+at|time\s*frame|month|quarter|year)\s*$", re.I)
_UNIT_COLUMN = re.compile(r"^\s*(?:units?(?: of measure(?:ment)?)?|measure type|format)\s*$", re.I)
_UNIT_IN_CELL = (
    ("percent", re.compile(r"^\s*(?:%|percent(?:age)?|per\s?cent)\s*$", re.I)),
    ("ratio", re.compile(PER_OTHER_BASE, re.I)),
    ("rate_per_10000", re.compile(r"per\s*10\s*(?:,?000|k)\b|^\s*rate\s*$", re.I)),
    ("count", re.compile(r"^\s*(?:no\.?|number|count|#|n)\s*$", re.I)),
    ("days", re.compile(r"^\s*(?:days?|working days)\s*$", re.I)),
    ("weeks", re.compile(r"^\s*weeks?\s*$", re.I)),
    ("fte", re.compile(r"^\s*fte\s*$", re.I)),
)
_UNIT_IN_LABEL = (
    # a label opening with its unit says it, whatever time limit a bracket gives ('% CP visits in timescale (10 days)')
    ("percent", re.compile(r"^\s*(?:%(?!\w)|(?:percentage|percent|proportion)\b)", re.I)),
    # (a number before 'days)' is a time limit, not the unit: '… (10 days)')
    ("days", re.compile(r"\(days?\)|\bin days\b|(?<!\d)(?<!\d\s)\bdays\)", re.I)),
    ("weeks", re.compile(r"\(weeks?\b|\bin weeks\b|(?<!\d)(?<!\d\s)\bweeks\)", re.I)),
    ("percent", re.compile(r"\(%\)|(?<!and )\brate\b(?!.*per)", re.I)),
    ("ratio", re.compile(PER_OTHER_BASE, re.I)),
    ("rate_per_10000", re.compile(PER_TEN_THOUSAND, re.I)),
    ("ratio", re.compile(_PER_WORKER, re.I)),
    # a caseload is cases per worker, whatever bracket says how the staff were counted
    # ('Average caseload (FTE social workers)' is no number of FTEs)
    ("ratio", re.compile(r"^(?!\s*(?:number|no\.?|total|percentage|proportion)\b)\s*(?:(?:average|mean|median)\s+)?"
                         r"(?:[\w']+\s+){0,3}?caseloads?\b", re.I)),
    ("fte", re.compile(_FTE, re.I)),
    # 'Number of …' counts, unless it announces a second figure ('Number of children in care (and rate)')
    ("count", re.compile(r"^\s*(?:total\s+)?(?:number|no\.?)\s+of\b(?!.*\band\s+(?:rate|percentage|%))", re.I)),
    ("count", re.compile(r"\((?:number|no\.?|count)\)\s*$", re.I)),  # 'Children in care (Number)'
)


def obs_id(doc_id: str, *parts) -> str:
    """Deterministic id from the paper and the figure's position."""
    return hashlib.sha1("|".join([doc_id, *map(str, parts)]).encode()).hexdigest()[:20]


def comparator_of(header: str | None) -> str | None:
    """Which comparator a column header or phrase names; None for the council's own figure."""
    for name, pattern in _COMPARATORS:
        if header and pattern.search(header):
            return name
    return None


_ANNUAL = re.compile(r"\bannual\s+(?:report|review|performance|summary)\b|\byear[\s-]+end\s+(?:report|review)\b", re.I)


def period_of_title(title: str | None, published: str | None = None) -> str | None:
    """Reporting period a title names: 'Self – Assessment Qtr. 2 October 2019' → '2019/20-Q2'."""
    if not title:
        return None
    m = re.search(r"\b(?:q|qtr\.?|quarter)\s*([1-4])\b", title, re.I)
    if not m:
        # 'Annual Report of the Director of Children's Services 2023/24': the year it reports on
        year = parse_period(find_period(title)[0]) if _ANNUAL.search(title) else None
        return year if year and re.fullmatch(r"(?:AY)?\d{4}/\d{2}", year) else None
    full = parse_period(title[m.start():])
    if full and "-Q" in full:
        return full
    month = parse_period(title)
    if month and re.fullmatch(r"\d{4}-\d{2}", month):
        return quarter_by(month, m.group(1))
    if published and re.match(r"^\d{4}-\d{2}", published):
        return quarter_by(published[:7], m.group(1))
    return None


def segment_periods(paper: Paper, segments: list[dict]) -> dict[int, str]:
    """Reporting period of each page from its segment's title; appendices take their report's."""
    out, current = {}, None
    for s in sorted(segments or [], key=lambda s: s["first_page"]):
        p = period_of_title(s.get("title"), paper.published)
        if s.get("kind") == "report":
            current = p
        elif p is None and s.get("kind") == "appendix":
            p = current
        elif s.get("kind") not in ("blank",):
            current = None if s.get("kind") != "appendix" else current
        if p:
            for page in range(s["first_page"], s["last_page"] + 1):
                out[page] = p
    return out


def reporting_period(paper: Paper, pages: list[dict]) -> str | None:
    """The period a paper (or segment) reports on, when it names a quarter: '2019/20-Q2'.

    Statements that give no period of their own take it. Papers that name
    no quarter have none: their undated statements stay undated.
    """
    text = " ".join([paper.title or ""] + [p.get("text", "")[:3000] for p in pages[:30]])
    full = Counter(parse_period(m.group(0)) for m in re.finditer(
        r"\b(?:q|qtr\.?|quarter)\s*[1-4]\s*(?:of\s+)?(?:19|20)\d\d\s*[/-]\s*\d\d\b"
        r"|(?<!\d)(?:19|20)\d\d\s*[/-]\s*\d\d\s*(?:q|qtr\.?|quarter)\s*[1-4]\b", text, re.I))
    full.pop(None, None)
    if full:
        # several quarters named as often (a report comparing with the quarter before, a table's rows):
        # the latest is the one reported on
        top = max(full.values())
        return max(q for q, n in full.items() if n == top)
    bare = Counter(m.group(1) for m in re.finditer(r"\b(?:qtr\.?|quarter)\s*([1-4])\b", text, re.I))
    published = paper.published or ""
    if bare and re.match(r"^\d{4}-\d{2}", published):
        return quarter_by(published[:7], bare.most_common(1)[0][0])
    return None


def _first_unit(rules: tuple, text: str) -> str | None:
    return next((unit for unit, pattern in rules if pattern.search(text)), None)


def _label_unit(label: str) -> str | None:
    return _first_unit(_UNIT_IN_LABEL, label)


def _with_unit(fig: Figure, unit: str | None) -> Figure:
    if fig.unit or not unit:
        return fig
    if unit == "weeks":
        return Figure(fig.value * 7, "days", fig.period_raw)
    return Figure(fig.value, unit, fig.period_raw)


def _column_kinds(header: list[str], label_col: int, context: str | None) -> list[dict]:
    """Meaning of each value column: comparator, period (raw and normalised) and category."""
    cols = []
    for j in range(label_col + 1, len(header)):
        h = header[j]
        if _NO_LEVEL_HEADER.match(h.strip()) or len(set(_QUARTER_WORD.findall(h.upper()))) > 1 or other_benchmark(h):
            continue  # no level, or several quarters over one column ('Q1 Q2 Q3 Q4 2024/25': columns run together)
        comp = comparator_of(h)
        p_raw, period = find_period(h, context)
        if not p_raw and MONTH_BEFORE_HEADER.match(h.strip()):  # 'Last month': none when the paper gives no month
            p_raw, period = h, header_period(h, context)
        if not p_raw and len(h) <= 20 and parse_period(h, context):  # month headers: 'Dec 21', 'Oct-19'
            p_raw, period = h, parse_period(h, context)
        if not p_raw and header_period(h, context):  # 'Jan' with no year, 'Last year'
            p_raw, period = h, header_period(h, context)
        if not p_raw and comp and (year := _OWN_YEAR.search(h)):  # 'England (2023)': the benchmark's own year
            p_raw, period = year.group(1), parse_period(year.group(1))
        if not p_raw and not comp and context and _NOW_HEADER.match(h.strip()):  # 'Latest', 'Current'
            p_raw, period = h, context
        if not p_raw and not comp and is_bare_month(h):
            continue  # 'Apr' in a paper that says no year: which April is unknown, and it is no category
        unit = _first_unit(_UNIT_IN_HEADER, h)
        cols.append({"col": j, "header": h, "comparator": comp, "period_raw": p_raw, "period": period,
                     "category": None, "la_code": _council_named(h) if not comp else None, "unit": unit})
    own = [c for c in cols if not c["comparator"] and c["period"]]
    for c in own:
        if TO_DATE.search(c["header"]) and any(o["period"] == c["period"] and o is not c for o in own):
            # 'YTD' beside the quarter it runs to: the year so far is a span, not that quarter's level
            c["period"] = None
    for before, c in zip(cols, cols[1:]):
        if _SAME_PERIOD.search(c["header"]) and TO_DATE.search(before["header"]) and before["period"] is None:
            # 'YTD | Same period last year': last year's figure to the same point, a span too
            c["period"] = None
    plain = [c for c in cols if not c["comparator"] and not c["period_raw"] and c["header"]
             and not _UNIT_HEADER.match(c["header"].strip()) and not c["unit"]]
    if len(plain) >= 2:  # several columns that are neither periods nor comparators split the measure ('STAGE 1' …)
        for c in plain:
            c["category"] = c["header"]
    return cols


_SAME_PERIOD = re.compile(r"\bsame\s+(?:period|time|point)\b", re.I)


def _council_named(header: str) -> str | None:
    """The council a column is about when its header names one ('2015-2018 Scorecard POOLE')."""
    from ingest.council import identify

    council = identify(header, "") if header else None
    return council.la_code if council else None


def _is_kpi_section(section: dict, kinds: list[dict], catalogue_hits: int) -> bool:
    if any(k["comparator"] or k["period_raw"] for k in kinds):
        return True
    labels = [r["label"] for r in section["rows"]]
    measured = sum(1 for x in labels if _MEASURE.search(x))
    return (measured + catalogue_hits) * 2 >= len(labels) and measured > 0 and any(not k["category"] for k in kinds) \
        or (measured * 2 >= len(labels) and measured >= 2)


def _is_period_label(label: str, context: str | None) -> bool:
    raw, _ = find_period(label, context)
    return bool(raw) and len(re.sub(re.escape(raw), "", label, flags=re.I).strip(" :-")) <= 3 \
        or (len(label) <= 20 and parse_period(label, context) is not None)


def _is_benchmark_label(label: str, context: str | None) -> bool:
    """'England 2023/24', 'Stat neighbours': a row label naming only a benchmark, perhaps with its period."""
    raw, _ = find_period(label, context)
    rest = label.replace(raw, " ") if raw else label
    place = place_of(rest, None)
    return bool(place and place[0])


def transposed(section: dict, context: str | None) -> dict:
    """A table printed the other way round, a period per row and a measure per column
    ('Quarter | Agency workers % | Vacancy rate %'), turned to a measure per row; any other section as it is."""
    rows, li = section["rows"], section["label_col"]
    header = section["header"]
    measures = [j for j in range(li + 1, len(header)) if header[j]]
    periods = [r for r in rows if _is_period_label(r["label"], context)]
    # benchmark rows under the periods ('England 2023/24') become benchmark columns once turned
    benchmarks = [r for r in rows if _is_benchmark_label(r["label"], context) or other_benchmark(r["label"])]
    if len(periods) < 2 or not measures or any(r not in periods and r not in benchmarks for r in rows) \
            or any(comparator_of(header[j]) or looks_like_period(header[j]) for j in measures):
        return section
    turned = []
    for j in measures:
        cells = [header[j]] + [r["cells"][j] if j < len(r["cells"]) else "" for r in rows]
        turned.append({"row": j, "label": header[j], "label_col": 0, "cells": cells})
    return {**section, "header": [header[li]] + [r["label"] for r in rows], "label_col": 0, "rows": turned}


def place_of(label: str, own_la_code: str | None) -> tuple[str | None, str | None] | None:
    """(comparator, la_code) when a row label only names a place: a benchmark ('England', 'Statistical
    neighbours', 'London') or a council ('Bromley', the paper's own); None when it names anything else."""
    from ingest.council import identify

    text = " ".join(label.split())
    if not text or len(text.split()) > 4 or re.search(r"\d", text):
        return None
    council = identify(text, "")
    rest = re.sub(r"\b(?:council|borough|city|county|of|the|metropolitan|district|royal|london)\b", " ",
                  text.lower().replace(council.name.lower(), " ")) if council else text
    if council is not None and not rest.strip(" ,&-"):
        return None, (None if council.la_code == own_la_code else council.la_code)
    comparator = comparator_of(text)
    if comparator and comparator != "target":
        return comparator, None
    return None


def rows_by_place(section: dict, own_la_code: str | None) -> list[tuple[dict, str | None, str | None]] | None:
    """(row, comparator, la_code) for a table whose rows are the council and its benchmarks ('Bexley |
    Statistical neighbours | England') or its neighbours by name; None for a table of measures."""
    rows = [r for r in section["rows"] if not other_benchmark(r["label"])]
    places = [place_of(r["label"], own_la_code) for r in rows]
    if len(rows) < 2 or None in places or not any(comparator for comparator, _ in places):
        return None
    return [(r, comparator, la_code) for r, (comparator, la_code) in zip(rows, places)]


def measures_by_column(kinds: list[dict]) -> bool:
    """Do a table's value columns each name a measure of the catalogue, with no period or comparator of
    their own (so its rows must say whose figures they are)?"""
    return bool(kinds) and all(not k["period_raw"] and not k["comparator"] for k in kinds) \
        and sum(map_indicator(k["header"], k["unit"]) is not None for k in kinds) * 2 >= len(kinds)


def _measure_above(caption: str | None, section: dict) -> str | None:
    """What a table of places measures: the line printed above it, else the header over its labels."""
    over_labels = section["header"][section["label_col"]] if section["header"] else ""
    for text in (caption, over_labels):
        if text and len(re.findall(r"[A-Za-z]{3,}", text)) >= 2 and place_of(text, None) is None \
                and not re.fullmatch(r"(?:local\s+)?(?:authority|area|council|la|comparator)s?", text.strip(), re.I):
            return " ".join(text.split())
    return None


def table_observations(paper: Paper, tables: list[dict], context: str | None) -> list[dict]:
    """Observations from the KPI tables a paper prints."""
    out = []
    for t in tables or []:
        notes = t.get("footnotes") or {}
        caption_raw, caption_period = find_period(t.get("caption"), context)
        for s_index, section in enumerate(t["sections"]):
            section = transposed(section, context)
            when_col = period_column(section, context)
            # months with no year ('Apr … Sep') fall in the period the line above the table or the paper's
            # title names ('to the end of September 2024', 'Performance 2024/25') when the paper reports none
            columns_context = context or caption_period or find_period(paper.title, None)[1]
            kinds = [k for k in _column_kinds(section["header"], section["label_col"], columns_context) if k["col"] != when_col]
            places = rows_by_place(section, paper.la_code)
            if places is not None and measures_by_column(kinds):
                # a measure per column, the council and its benchmarks by row ('| CIN rate | CP plan rate' over
                # 'Salford', 'Statistical neighbours', 'England')
                for row, comparator, la_code in places:
                    for k in kinds:
                        row_kinds = [{**k, "comparator": k["comparator"] or comparator, "la_code": la_code or k["la_code"]}]
                        out.extend(_row_observations(paper, t, s_index, {**row, "label": k["header"]}, row_kinds, notes,
                                                     context, caption_raw, caption_period, set()))
                continue
            if places is not None:
                # one measure, named above the table, for the council and each benchmark or neighbour by row
                measure = _measure_above(t.get("caption"), section)
                caption_raw, caption_period = find_period(measure, context)
                for row, comparator, la_code in places if measure else ():
                    row_kinds = [{**k, "comparator": k["comparator"] or comparator, "la_code": la_code or k["la_code"]}
                                 for k in kinds]
                    out.extend(_row_observations(paper, t, s_index, {**row, "label": measure}, row_kinds, notes, context,
                                                 caption_raw, caption_period, set()))
                continue
            hits = sum(1 for r in section["rows"] if map_indicator(r["label"]))
            if not _is_kpi_section(section, kinds, hits):
                continue
            # a period printed in a row label or the title holds for the whole table ('April to September 2019/20')
            table_raw, table_period = None, None
            title = re.sub(r"\*+[^*]*$", "", section["title"])  # its footnote is not its period
            for raw, per in [find_period(title, context), (caption_raw, caption_period)] + [
                    find_period(r["label"], context) for r in section["rows"]]:
                if raw:
                    table_raw, table_period = raw, per
                    break
            section_notes = {**notes, **(section.get("footnotes") or {})}
            council_cols = [k for k in kinds if not k["comparator"] and not k["category"]]
            council_periods = {(k["period_raw"], k["period"]) for k in council_cols if k["period_raw"]}
            for row in section["rows"]:
                out.extend(_row_observations(paper, t, s_index, row, kinds, section_notes, context, table_raw, table_period,
                                             council_periods, section["header"], when_col))
    return out


def row_unit(header: list[str], row: dict) -> str | None:
    """The unit a row's 'Unit' cell gives, if the table has such a column."""
    col = next((j for j, h in enumerate(header) if h and _UNIT_COLUMN.match(h)), None)
    cell = row["cells"][col] if col is not None and col < len(row["cells"]) else None
    return _first_unit(_UNIT_IN_CELL, cell) if cell else None


def _cell_period(cell: str, context: str | None) -> tuple[str, str] | None:
    raw, period = find_period(cell, context) if cell else (None, None)
    if not period and cell and (period := parse_period(cell, context)):
        raw = cell
    return (raw, period) if period else None


def period_column(section: dict, context: str | None) -> int | None:
    """The column saying when each row's figures are for ('Period': 'Q2 2024/25', 'Sep-24', 'As at 30/09/24'),
    if the section has one: its header says so and its cells name periods, not figures ('Month' over a
    month's count is a column of levels)."""
    for j, h in enumerate(section["header"]):
        if j == section["label_col"] or not h or not _PERIOD_COLUMN.match(h):
            continue
        cells = [c for r in section["rows"] if j < len(r["cells"]) and not is_blank(c := (r["cells"][j] or "").strip())]
        if cells and sum(_cell_period(c, context) is not None for c in cells) * 2 >= len(cells) \
                and not any(parse_value(c) and not _cell_period(c, context) for c in cells):
            return j
    return None


_BRACKET_ONLY = re.compile(r"^\(\s*(\d[\d,]*\.?\d*)\s*\)\**$")


def _bracketed_rates(parsed: list[tuple]) -> list[tuple]:
    """In a row of counts with their rates ('301 (61.2)'), a cell that prints only a bracket ('(44.9)': a
    comparator's rate, where no count is given) is a rate too."""
    pairs = any([f.unit for f in figures] == ["count", "rate_per_10000"] for _, _, figures, _, _ in parsed)
    if not pairs:
        return parsed
    out = []
    for k, raw, figures, p_raw, period in parsed:
        m = _BRACKET_ONLY.match((raw or "").strip())
        if not figures and m:
            figures = [Figure(to_number(m.group(1)), "rate_per_10000")]
        out.append((k, raw, figures, p_raw, period))
    return out


# a row that says it gives no level of its measure ('Re-referrals (Rank)', 'Children in care - Change',
# 'Assessments in 45 days (Denominator)'), as the columns of _NO_LEVEL_HEADER do
_NO_LEVEL_ROW = re.compile(r"[(\-–:]\s*(?:rank(?:ing)?|quartile|change|variance|var|diff(?:erence)?|movement|dot|"
                           r"direction of travel|trend|numerator|denominator)\s*\)?\s*$", re.I)


# the words a comparator's name is made of ('Statistical neighbour average', 'England', 'Target')
_COMPARATOR_WORDS = re.compile(r"\b(?:targets?|goal|ambition|england|national(?:ly)?|eng|nat|stat(?:istical)?|neighbou?rs?|sns?|"
                               r"nbr|region(?:al)?|average|avg|ave|mean|figure|benchmark|good|outstanding|or|and|the|"
                               + "|".join(r"\s+".join(r.split()) for r in REGIONS) + r")\b\.?", re.I)
_QUALIFIED = (re.compile(r"^(?P<label>.+?)\s*\((?P<q>[^()]{1,40})\)\s*$"),  # 'Re-referrals (Target)'
              re.compile(r"^(?P<q>[^:()]{1,40}?)\s*(?::|\s[-–]\s)\s*(?P<label>.+)$"),  # 'Target: …', 'SN average - …'
              re.compile(r"^(?P<label>.+?)\s(?:[-–]|:)\s*(?P<q>[^:()]{1,40})$"))  # 'Re-referrals - England'


def row_comparator(label: str) -> str | None:
    """The comparator a row's label names beside its measure ('Re-referrals (Target)', 'England: re-referrals',
    'Statistical neighbour average - re-referrals'): the row's figures are that comparator's, not the
    council's. Only a qualifier made of nothing but a comparator's name counts ('Target group: …' is none)."""
    for pattern in _QUALIFIED:
        m = pattern.match(" ".join((label or "").split()))
        if m and comparator_of(m.group("q")) and not re.search(r"[A-Za-z]", _COMPARATOR_WORDS.sub("", m.group("q"))):
            return comparator_of(m.group("q"))
    return None


def _row_observations(paper, t, s_index, row, kinds, notes, context, table_raw, table_period, council_periods,
                      header=(), when_col: int | None = None):
    label = row["label"]
    if _NO_LEVEL_ROW.search(label or ""):
        return []
    named = row_comparator(label)
    if named:
        # a row of the comparator's figures: it fills the period columns; a column of another comparator clashes
        kinds = [{**k, "comparator": named} for k in kinds if not k["comparator"] or k["comparator"] == named]
    label_unit = row_unit(list(header), row) or _label_unit(label)
    when = _cell_period((row["cells"][when_col] or "").strip(), context) \
        if when_col is not None and when_col < len(row["cells"]) else None
    own_raw, own_period = when or find_period(label, context)
    row_override = None  # a council cell's own period (footnote or in-cell) that its comparators share
    council_units: list[str | None] = []
    parsed = []
    for k in kinds:
        raw = row["cells"][k["col"]] if k["col"] < len(row["cells"]) else ""
        figures = [] if is_blank(raw) else (parse_target if k["comparator"] == "target" else parse_value)(raw)
        p_raw, period = k["period_raw"], k["period"]
        if when and not k["comparator"] and _NOW_HEADER.match(k["header"].strip()):
            p_raw, period = when  # 'Latest value' beside 'As at | Aug-24': the row says when its latest is
        stars = re.search(r"(\*+)", raw or "")
        if stars and stars.group(1) in notes and looks_like_period(notes[stars.group(1)]):
            p_raw = notes[stars.group(1)]
            period = parse_period(p_raw, context)
        if figures and figures[0].period_raw:
            p_raw = figures[0].period_raw
            period = parse_period(p_raw, context)
        if not k["comparator"] and figures and (p_raw, period) != (k["period_raw"], k["period"]):
            row_override = (p_raw, period)
        if not k["comparator"] and figures:
            council_units = [f.unit for f in figures]
        parsed.append((k, raw, figures, p_raw, period))
    parsed = _bracketed_rates(parsed)
    rows = []
    for k, raw, figures, p_raw, period in parsed:
        if not figures:
            continue
        if not p_raw:
            if k["comparator"] and row_override:
                p_raw, period = row_override
            elif k["comparator"] and len(council_periods) == 1:
                p_raw, period = next(iter(council_periods))
            elif k["comparator"] and len(council_periods) > 1:
                p_raw, period = _beside_latest(parsed, council_periods)
            elif own_raw:
                p_raw, period = own_raw, own_period
            elif not k["comparator"] and not k["category"] and council_periods and not _NOW_HEADER.match(k["header"].strip()):
                if len(council_periods) == 1 and k["unit"]:
                    p_raw, period = next(iter(council_periods))  # 'Q2 2024/25 | Number': the same figure counted
                else:
                    continue  # 'Baseline' or 'Annual' beside 'Q2 2024/25': whichever period it is, not the table's
            else:
                p_raw, period = table_raw, table_period
                if p_raw is None and context:
                    period = context
        indicator_raw = label + (f" - {k['category']}" if k["category"] else "")
        for n, fig in enumerate(figures):
            unit_hint = k["unit"] or label_unit  # the column's unit is the cell's before the row's
            if k["comparator"] and not k["unit"] and len(council_units) > 1 and not fig.unit:
                unit_hint = council_units[-1]
            fig = _with_unit(fig, unit_hint)
            obs = _observation(paper, indicator_raw, fig, raw, k["comparator"] or "council", p_raw, period,
                               # placed by page, so a table found on another page leaves this one's ids alone
                               t["page"], ("table", t["page"], t.get("on_page", t["table"]), s_index, row["row"],
                                           k["col"], n), source="table")
            if k.get("la_code"):
                obs["la_code"] = k["la_code"]  # a column about another (e.g. predecessor) council
            if k["category"] and not _WHOLE.match(k["category"].strip()):
                obs["breakdown"] = " ".join(k["category"].split())  # a part of the measure, not the measure
            rows.append(obs)
    return rows


def _beside_latest(parsed: list[tuple], council_periods: set[tuple]) -> tuple[str | None, str | None]:
    """The period of a benchmark printed beside a run of periods: the latest one the row fills, as
    scorecards print 'Q1 … Q4 | Stat Neighbours | England'."""
    filled = {period: raw for k, _, figures, raw, period in parsed if figures and not k["comparator"] and raw}
    candidates = filled or {period: raw for raw, period in council_periods}
    latest = latest_period(candidates)
    return (candidates[latest], latest) if latest else (None, None)


# words that say how a figure is measured, not what it measures ('a rate of 37.6 per 10,000 population')
_GENERIC = {"population", "per", "10000", "children", "child", "gives", "this", "figure", "level"}


_MEANS = ("ratio", "score")  # units of an average; the catalogue says which one a measure is
# labels of averages: their whole numbers (19 beside 17.5) are not counts
_AVERAGE = re.compile(r"\b(?:average|mean|median|ratio)\b", re.I)
_NAMES_RATE = re.compile(r"\brate\b|\b" + PER_TEN_THOUSAND, re.I)
_ANAPHORIC = re.compile(r"^\s*(?:of which|of these|of those|these|this|which)\b", re.I)


# a whole stated with its figure before its parts ('Of the 1,203 contacts received, …'), or a clause that
# takes its part of the whole just stated ('…, of which 412 …')
_WHOLE_FIRST = re.compile(r"^\s*of\s+(?:the\s+|these\s+|those\s+|our\s+)?\d[\d,]*\b", re.I)
_ELIDED_SUBJECT = re.compile(r"^\s*[+\-−]?\d[\d,.]*\s*(?:%|per\s*cent)?\s+(?=(?:were|was|are|is|had|have|had been|have been)\b)",
                             re.I)
_PART_CLAUSE = re.compile(r"^\s*(?:of which|of these|of those|of whom|of them)\b", re.I)


# the people a count of events concerned ('involving 98 children', 'affecting 40 families')
_WHOM_EVENTS_CONCERN = re.compile(r"\b(?:involving|affecting|covering|concerning|relating\s+to)\s+[\d,]+\s+(?:\w+\s+)?"
                                  r"(?:children|child|young\s+people|families|pupils|care\s+leavers|people)\b", re.I)


# the anaphor a part's clause opens with and the part's figure ('of which 37% ', 'of these, 77% ')
_ANAPHOR_AND_FIGURE = re.compile(r"^\s*(?:of which|of these|of those|of whom|of them|these|this|which)\s*,?\s*"
                                 r"(?:[+\-−]?\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b)?\s*)?", re.I)
_COUNT_THEN_NOUN = re.compile(r"\b\d[\d,]*\s+([a-z][\w'-]*(?:\s+[\w'-]+){0,4})", re.I)


def counted_noun(clause: str) -> str | None:
    """What a clause's count counts: the words after its first figure up to the first function word
    ('There were 1,842 contacts to the front door' → 'contacts')."""
    m = _COUNT_THEN_NOUN.search(clause)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if not (w.isdigit() or content_words(fold(w))):
            break
        words.append(w)
    return " ".join(words) or None


def _part_of_whole(clause: str, context_labels: tuple[str, ...]) -> bool:
    """Is the clause's figure a part of a whole the sentence counts just before it?"""
    return bool(_PART_CLAUSE.match(clause)) or any(_WHOLE_FIRST.match(c) for c in context_labels)


def map_label(labels: list[str], unit: str | None) -> str | None:
    """First catalogue id any of the labels (and their shorter cores) maps to."""
    for label in labels:
        for variant in label_variants(label):
            found = map_indicator(variant, unit) or (map_indicator(variant) if unit is None else sibling(
                map_indicator(variant), unit))
            if found and band_ok(label, found):  # a shorter core may have lost the label's age band
                return found
    # the same content words in another wording ('aged 17-18 live in suitable accommodation')
    for label in labels:
        for variant in label_variants(label):
            found = map_by_words(variant, unit)
            if found and band_ok(label, found):
                return found
    return None


def _map_in_context(clause: str, unit: str | None, context_labels: tuple[str, ...]) -> str | None:
    """A clause that names its measure only with help from what precedes it: the age band of the clause
    before ('… aged 17-18 …, and 72% are in EET'), or the words of that clause or the tile title
    ('Adoption … 11% of all children leaving care'). The clause itself must share a word with the match."""
    if age_band(clause) is None:
        bands = {age_band(c) for c in context_labels} - {None}
        if len(bands) == 1:
            found = map_label([f"{clause} aged {bands.pop()}"], unit)
            if found:
                return found
    cores = tuple(m.group(1) for c in context_labels if (m := _LEAD_IN_VERDICT.match(c))) \
        + tuple(b for c in context_labels if (b := WHO_DID_IT.sub("", c)) != c)
    for c in context_labels + cores:
        found = map_by_words(f"{c} {clause}", unit, clause=clause)
        if found:
            return found
    bare = TEAM_PHRASE.sub(" ", clause)
    if (when := find_period(bare)[0]) is not None:
        bare = bare.replace(when, " ")  # 'compared with 11% in Q1': when says nothing of what
    words = set(re.findall(r"[a-z]+", bare.lower()))
    if words <= _BARE_COMPARISON:
        # 'up from 84% the previous year': a level of the measure the clause before names, at another time
        # ('compared with 17 in CIC teams': elsewhere in the service)
        return next((found for c in context_labels if (found := map_label([c], unit))), None)
    if unit == "rate_per_10000" and words <= _RATE_ASIDE:
        # 'We received 2,487 referrals, a rate of 512.6 per 10,000 children': the count before, as a rate
        return next((found for c in context_labels
                     if (found := map_label([c], unit) or sibling(map_label([c], "count"), unit))), None)
    return None
    return None


# a lead-in judging a measure before the figures that show it ('Timeliness of EHC plans remains a concern: 45%
# were issued …'): its subject names the measure, the verdict nothing
_LEAD_IN_VERDICT = re.compile(r"^\s*(.+?)\s+(?:remains?|is|are|continues?\s+to\s+be|has|have)"
                              r"(?:\s+[\w'-]+){1,5}\s*:\s*$", re.I)


# the words of a clause that gives an earlier level of the measure just stated, and nothing else
_BARE_COMPARISON = {"up", "down", "from", "rising", "falling", "rose", "fell", "increased", "decreased", "compared",
                    "with", "to", "against", "the", "a", "same", "period", "point", "previous", "last", "year",
                    "quarter", "month", "in", "prior", "earlier", "before", "ago", "per", "cent",
                    # a plan's progress note on its row's measure ('Q2 performance 64%', '55% at end of Q2')
                    "performance", "at", "end", "now", "currently", "current", "position", "latest", "of", "is", "was"}
_RATE_ASIDE = {"a", "an", "rate", "of", "per", "children", "child", "population", "aged", "under"}


def unit_of_unmapped(label: str, value: float) -> str | None:
    """Unit of a figure no cell mark, label or catalogue row gives: a whole number is a count, unless
    the label says it is an average ('Average caseload': 19 beside 17.5)."""
    return "count" if float(value).is_integer() and not _AVERAGE.search(label) else None


def _observation(paper: Paper, indicator_raw: str, fig: Figure, value_raw: str, comparator: str,
                 period_raw: str | None, period: str | None, page: int, position: tuple, source: str,
                 segment_id: str | None = None, context_labels: tuple[str, ...] = (), change: bool = False) -> dict:
    """One kpi_observations row; ``change``: the figure is how much a measure moved ('risen by 23'), which
    maps only onto a catalogue measure of change, never onto the measure's level."""
    unit = fig.unit
    # the clause first; then what it leans on (a tile's title, the sentence before 'a rate of 37.6')
    indicator_id = None
    if _ELIDED_SUBJECT.match(indicator_raw):
        # 'Of 1,046 early help assessments completed, 83% were completed within 45 days': the part's subject is
        # the whole counted before it
        rest = _ELIDED_SUBJECT.sub("", indicator_raw)
        indicator_id = map_label([f"{n} {rest}" for c in context_labels
                                  if _WHOLE_FIRST.match(c) and (n := counted_noun(c))], unit)
    indicator_id = indicator_id or map_label([indicator_raw], unit)
    if indicator_id is None and context_labels:
        if len(content_words(fold(indicator_raw)) - _GENERIC) <= 1:
            # its one word may still name the measure with the context's help ('Of care leavers aged 17-18, 91%
            # are in suitable accommodation and 72% in EET'); else the context names it alone
            indicator_id = _map_in_context(indicator_raw, unit, context_labels) or map_label(list(context_labels), unit)
            # '613 missing episodes, involving 246 children': a count of people is not a count of the events
            if unit == "count" and counts_people(indicator_raw) and not indicator_counts_people(indicator_id):
                indicator_id = None
        elif _ANAPHORIC.match(indicator_raw):  # 'of which 77% were within 15 days': the clause before names it
            # the whole's own noun first ('1,842 contacts …, of which 37% progressed to referral': contacts
            # progressed to referral); the whole clause's other words may name another measure
            part = _ANAPHOR_AND_FIGURE.sub("", indicator_raw)
            indicator_id = map_label([f"{n} {part}" for c in context_labels if (n := counted_noun(c))], unit) \
                or map_label([f"{c} {indicator_raw}" for c in context_labels], unit)
    if indicator_id is None and context_labels:
        indicator_id = _map_in_context(indicator_raw, unit, context_labels)
    if indicator_id and indicator_unit(indicator_id) == "count" and _part_of_whole(indicator_raw, context_labels) \
            and indicator_id != map_label([indicator_raw], unit) \
            and indicator_id in {map_label([c], unit) for c in context_labels}:
        indicator_id = None  # 'Of the 1,203 contacts …, 412 were passed to the MASH': a part is not the whole counted
    if unit == "count" and indicator_id and _WHOM_EVENTS_CONCERN.search(indicator_raw) \
            and not indicator_counts_people(indicator_id):
        indicator_id = None  # '213 missing episodes involving 98 children': the people, not the events counted
    if indicator_id is None and unit is None and unit_of_unmapped(indicator_raw, fig.value) == "count" \
            and not _NAMES_RATE.search(indicator_raw) and map_label([indicator_raw], "percent") is None:
        # 'Referrals | 402': the label fits a count and a rate per 10,000; a whole number the label
        # does not call a rate is the count, the unit such a figure gets unmapped anyway
        indicator_id = map_label([indicator_raw], "count")
    if change and not is_change_measure(indicator_id):
        indicator_id = None
    if unit is None and indicator_unit(indicator_id) == "percent" and fig.value > 100:
        # no share is over 100%: a figure printed with no unit under a percentage's label is a count of it
        indicator_id = sibling(indicator_id, "count")
    if unit is None:
        unit = indicator_unit(indicator_id) or unit_of_unmapped(indicator_raw, fig.value)
    elif unit in _MEANS and indicator_unit(indicator_id) in _MEANS:
        unit = indicator_unit(indicator_id)  # an average the text gives is a score when the catalogue says so
    return {
        "obs_id": obs_id(paper.doc_id, *position),
        "doc_id": paper.doc_id,
        "la_code": paper.la_code,
        "indicator_id": indicator_id,
        "indicator_raw": " ".join(indicator_raw.split()),
        "period": period,
        "period_raw": period_raw,
        "value": fig.value,
        "value_raw": value_raw,
        "unit": unit,
        "comparator": comparator,
        "page": page,
        "source": source,
        "segment_id": segment_id,
    }


def normalise_kpis(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows for the KPIs of one paper (tables and prose)."""
    if paper.doc_type == "inspection_report":
        return {}
    pages = extracted.get("pages") or []
    context = period_of_title(paper.title, paper.published) or reporting_period(paper, pages)
    rows = table_observations(paper, extracted.get("kpi_tables") or [], context)
    segments = extracted.get("segments") or []
    for r in rows:
        r["segment_id"] = (segment_at(segments, r["page"]) or {}).get("segment_id")
    by_page = segment_periods(paper, extracted.get("segments") or [])
    rows.extend(prose_observations(paper, extracted, context, _observation, context_of=by_page.get))
    seen, unique = set(), []
    for r in rows:
        if r["obs_id"] not in seen:
            seen.add(r["obs_id"])
            unique.append(r)
    return {"kpi_observations": unique}


def unmapped_rows(observations: list[dict]) -> list[dict]:
    """Rows of ``unmapped_indicators``: every label that mapped onto no catalogue indicator,
    with how many observations carry it and one paper that prints it (most frequent first)."""
    counts: Counter = Counter()
    example: dict[str, str] = {}
    for o in observations:
        if o.get("indicator_id") is None and o.get("indicator_raw"):
            counts[o["indicator_raw"]] += 1
            example.setdefault(o["indicator_raw"], o.get("doc_id"))
    return [{"indicator_raw": label, "observations": n, "example_doc_id": example[label]}
            for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
