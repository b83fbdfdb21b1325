"""Property-based tests (hypothesis): the parsers never crash on any text a PDF can hold,
only ever produce values the warehouse contract allows, and read back what they are given."""
from __future__ import annotations

import math
import re
from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from normalise.dates import month_end, parse_dates
from normalise.leads import parse_leads
from normalise.periods import parse_period
from normalise.rag import RAGS, rag_from_colour, rag_from_text, rag_of
from normalise.values import is_blank, parse_value
from store.schema import UNITS

settings.register_profile("scrutineer", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("scrutineer")

# text as it comes out of PDFs: letters, digits, punctuation, odd spaces, dashes, ligatures
PDF_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120) | st.text(
    alphabet="0123456789/.-–,% ()QqAYJanFebMarchAprilMayJunJulyAugSeptOctNovDec' \n", max_size=40)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2049, 12, 31))
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
NORMAL_PERIOD = re.compile(r"^(?:AY)?\d{4}/\d{2}(?:-Q[1-4])?$|^\d{4}-(?:0[1-9]|1[0-2])$|^\d{4}$")


# ---------------------------------------------------------------- dates

@given(PDF_TEXT)
def test_parse_dates_never_raises_and_gives_real_dates(text):
    for d in parse_dates(text):
        assert isinstance(d, date)
        assert 1900 <= d.year <= 2099


@given(DATES, st.sampled_from(["{d:%d/%m/%Y}", "{d:%Y-%m-%d}", "{day} {month} {d:%Y}", "{d.day}/{d.month}/{d:%Y}"]))
def test_a_printed_date_is_read_back(d, fmt):
    text = fmt.format(d=d, day=d.day, month=MONTH_NAMES[d.month - 1])
    assert parse_dates(f"Deadline: {text} (revised)") == [d]


@given(DATES)
def test_a_month_without_a_day_means_the_month_end(d):
    assert parse_dates(f"{MONTH_NAMES[d.month - 1]} {d.year}") == [month_end(d.year, d.month)]


@given(DATES, DATES)
def test_dates_come_out_in_printed_order(a, b):
    assert parse_dates(f"{a:%d/%m/%Y} then {b:%d/%m/%Y}") == ([a] if a == b else [a, b])  # a date named twice is one


# ---------------------------------------------------------------- values

@given(PDF_TEXT)
def test_parse_value_never_raises_and_gives_finite_figures_in_known_units(raw):
    for f in parse_value(raw):
        assert math.isfinite(f.value)
        assert f.unit is None or f.unit in UNITS


@given(PDF_TEXT)
def test_blank_cells_hold_no_figure(raw):
    if is_blank(raw):
        assert parse_value(raw) == []


@given(st.integers(min_value=0, max_value=9_999_999))
def test_counts_with_thousands_separators_are_read_back(n):
    [figure] = parse_value(f"{n:,}")
    assert figure.value == n


@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False))
def test_percentages_are_read_back_as_percent(p):
    [figure] = parse_value(f"{p}%")
    assert figure.unit == "percent"
    assert math.isclose(figure.value, float(p))


# ---------------------------------------------------------------- periods

@given(PDF_TEXT, st.sampled_from([None, "2019/20-Q2", "2023/24"]))
def test_parse_period_never_raises_and_gives_a_normal_form(raw, context):
    period = parse_period(raw, context)
    assert period is None or period == context or NORMAL_PERIOD.match(period), period


@given(st.integers(min_value=1990, max_value=2045), st.integers(min_value=1, max_value=4),
       st.sampled_from(["Q{q} {y}/{yy}", "Quarter {q} {y}/{yy}", "Q{q} {y}-{yy}"]))
def test_a_printed_quarter_is_read_back(y, q, fmt):
    assert parse_period(fmt.format(q=q, y=y, yy=f"{(y + 1) % 100:02d}")) == f"{y}/{(y + 1) % 100:02d}-Q{q}"


@given(st.integers(min_value=1990, max_value=2045))
def test_a_printed_financial_year_is_read_back(y):
    assert parse_period(f"{y}/{(y + 1) % 100:02d}") == f"{y}/{(y + 1) % 100:02d}"


@given(DATES)
def test_a_printed_month_is_read_back(d):
    assume(d.year >= 2000)
    assert parse_period(f"{MONTH_NAMES[d.month - 1]} {d.year}") == f"{d.year}-{d.month:02d}"


# ---------------------------------------------------------------- leads

LEAD_TEXT = st.lists(
    st.sampled_from(["Head of Service", "Jane Smith", "AD", "GT", "/", ",", "and", "-", "(DCS)", "Service Manager",
                     "Tom Okafor", ";", "TBC", "Early Help"]), max_size=8).map(" ".join)


@given(PDF_TEXT)
def test_parse_leads_never_raises(raw):
    for lead in parse_leads(raw):
        assert set(lead) >= {"name", "role", "initials"}


@given(LEAD_TEXT)
def test_parse_leads_copies_names_and_roles_as_printed(raw):
    folded = " ".join(raw.split())
    for lead in parse_leads(raw):
        assert set(lead) >= {"name", "role", "initials"}
        assert lead["name"] or lead["role"] or lead["initials"]
        for key in ("name", "role"):
            if lead[key]:
                assert lead[key] in folded, (key, lead[key], folded)


@given(st.text(alphabet=" \t\n", max_size=5))
def test_an_empty_lead_cell_names_nobody(raw):
    assert parse_leads(raw) == []


# ---------------------------------------------------------------- RAG

@given(st.text(max_size=12))
def test_rag_from_colour_never_raises_on_junk(raw):
    assert rag_from_colour(raw) in (*RAGS, None)


@given(st.integers(min_value=0, max_value=0xFFFFFF))
def test_every_colour_reads_as_a_rag_or_nothing(rgb):
    assert rag_from_colour(f"#{rgb:06x}") in (*RAGS, None)


@given(st.integers(min_value=0, max_value=255))
def test_greys_carry_no_status(v):
    assert rag_from_colour(f"#{v:02x}{v:02x}{v:02x}") is None


@given(PDF_TEXT)
def test_rag_from_text_never_raises(text):
    assert rag_from_text(text) in (*RAGS, None)


@given(st.sampled_from(RAGS), st.sampled_from(["{}", "{}", "Status: {}", "{} - see note", "{}*"]),
       st.sampled_from([str.upper, str.lower, str.title]))
def test_printed_status_words_are_read(rag, fmt, case):
    assert rag_from_text(case(fmt.format(rag))) == rag


@given(st.sampled_from(RAGS), st.integers(min_value=0, max_value=0xFFFFFF))
def test_printed_words_win_over_the_cell_colour(rag, rgb):
    assert rag_of(f"#{rgb:06x}", rag.upper()) == rag
