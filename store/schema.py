"""The warehouse's tables: columns, types, keys, allowed values and grain.

This is ../shared/WAREHOUSE.md as code (the contract), plus our own
extensions, marked as such. The DDL, the validation before load and the
table tests are all generated from these specs, so they cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field

GRADES = ("outstanding", "good", "requires improvement", "inadequate", "adequate")
# the contract's four, and (an extension) the letters Ofsted writes after visits between inspections
FRAMEWORKS = ("older", "SIF", "ILACS standard", "ILACS short", "focused visit", "monitoring visit")
RAG = ("red", "amber", "green", "blue")
UNITS = ("percent", "count", "rate_per_10000", "days", "fte", "score", "ratio")
COMPARATORS = ("council", "national", "statistical_neighbours", "regional", "good_outstanding", "target")
ATTENDANCE = ("present", "apologies", "substitute", "absent", "in_attendance")
DOC_TYPES = ("improvement_plan", "action_plan", "development_plan", "self_assessment",
             "minutes_pack", "inspection_report", "other")
STATUSES = ("ok", "partial", "failed", "needs_ocr")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type
    nullable: bool = True
    allowed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    grain: str  # one row per …
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    # column -> (table, column) it must point at
    references: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def C(name: str, type_: str = "VARCHAR", nullable: bool = True, allowed: tuple[str, ...] | None = None) -> Column:
    return Column(name, type_, nullable, allowed)


DOC = {"doc_id": ("documents", "doc_id")}

TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "documents", "one row per distinct PDF (by content) found under RAW_DIR",
        (C("doc_id", nullable=False), C("file_name", nullable=False), C("source_path", nullable=False),
         C("council"), C("la_code"), C("doc_type", nullable=False, allowed=DOC_TYPES), C("title"),
         C("published"), C("pages", "INTEGER"), C("status", nullable=False, allowed=STATUSES), C("error"),
         # extensions
         C("size_bytes", "BIGINT"), C("layout_pages", "INTEGER"), C("ocr_pages", "INTEGER")),
        primary_key=("doc_id",),
    ),
    TableSpec(
        "actions", "one row per action of a plan table (improvement, action, development plan, DIP)",
        (C("action_id", nullable=False), C("doc_id", nullable=False), C("ref"), C("section"), C("action", nullable=False),
         C("lead_raw"), C("deadline_raw"), C("due_date", "DATE"), C("rag", allowed=RAG), C("success_measures"),
         C("progress"), C("impact"), C("completed_section", "BOOLEAN", nullable=False), C("page", "INTEGER", nullable=False),
         # extensions
         C("rag_raw"), C("segment_id")),
        primary_key=("action_id",), references=DOC,
    ),
    TableSpec(
        "action_leads", "one row per person or role named as an action's lead",
        (C("action_id", nullable=False), C("seq", "INTEGER", nullable=False), C("name"), C("role"), C("initials"),
         # extension: a full name the same paper gives for these initials
         C("resolved_name")),
        primary_key=("action_id", "seq"), references={"action_id": ("actions", "action_id")},
    ),
    TableSpec(
        "action_deadlines", "one row per date an action's deadline cell names, in order",
        (C("action_id", nullable=False), C("seq", "INTEGER", nullable=False), C("deadline", "DATE", nullable=False)),
        primary_key=("action_id", "seq"), references={"action_id": ("actions", "action_id")},
    ),
    TableSpec(
        "action_recommendations", "one row per Ofsted recommendation number an action answers",
        (C("action_id", nullable=False), C("recommendation", nullable=False)),
        primary_key=("action_id", "recommendation"), references={"action_id": ("actions", "action_id")},
    ),
    TableSpec(
        "indicators", "one row per indicator of the catalogue",
        (C("indicator_id", nullable=False), C("name", nullable=False), C("domain"), C("unit", allowed=UNITS),
         C("polarity", allowed=("higher_better", "lower_better", "neutral")),
         # extensions
         C("definition"), C("official_source")),
        primary_key=("indicator_id",),
    ),
    TableSpec(
        "kpi_observations", "one row per figure × period × comparator (× breakdown) a paper prints",
        (C("obs_id", nullable=False), C("doc_id", nullable=False), C("la_code"), C("indicator_id"),
         C("indicator_raw", nullable=False), C("period"), C("period_raw"), C("value", "DOUBLE", nullable=False),
         C("value_raw", nullable=False), C("unit", allowed=UNITS), C("comparator", nullable=False, allowed=COMPARATORS),
         C("page", "INTEGER", nullable=False),
         # extensions
         C("source"), C("segment_id"),
         # the part of the measure a column splits it into ('STAGE 1' of complaints); NULL for the whole measure
         C("breakdown")),
        primary_key=("obs_id",), references={**DOC, "indicator_id": ("indicators", "indicator_id")},
    ),
    TableSpec(
        "meetings", "one row per meeting a paper records (minutes) or summons (agenda)",
        (C("meeting_id", nullable=False), C("doc_id", nullable=False), C("committee"), C("date", "DATE"),
         C("start_time"), C("venue"), C("page", "INTEGER", nullable=False),
         # extension: minutes (a meeting held) or agenda (a meeting called)
         C("kind", allowed=("minutes", "agenda")),
         # extension: the segment (part of a pack) the meeting was read from
         C("segment_id")),
        primary_key=("meeting_id",), references=DOC,
    ),
    TableSpec(
        "meeting_attendees", "one row per person per meeting and attendance kind",
        (C("meeting_id", nullable=False), C("name", nullable=False), C("attendance", nullable=False, allowed=ATTENDANCE),
         # extensions
         C("name_raw"), C("role")),
        primary_key=("meeting_id", "name", "attendance"), references={"meeting_id": ("meetings", "meeting_id")},
    ),
    TableSpec(
        "minute_items", "one row per numbered item of a meeting's minutes or agenda",
        (C("item_id", nullable=False), C("meeting_id", nullable=False), C("number"), C("title"), C("text"),
         C("page", "INTEGER", nullable=False)),
        primary_key=("item_id",), references={"meeting_id": ("meetings", "meeting_id")},
    ),
    TableSpec(
        "resolutions", "one row per decision (RESOLVED / RECOMMENDED) of a minute item",
        (C("item_id", nullable=False), C("seq", "INTEGER", nullable=False),
         C("kind", nullable=False, allowed=("resolved", "recommended")), C("text", nullable=False)),
        primary_key=("item_id", "seq"), references={"item_id": ("minute_items", "item_id")},
    ),
    TableSpec(
        "action_sheet", "one row per action of a committee's action sheet, or recorded on an 'ACTION:' line of its minutes",
        (C("doc_id", nullable=False), C("minute_number"), C("item"), C("action"), C("status_raw"),
         C("page", "INTEGER", nullable=False),
         # extension
         C("seq", "INTEGER", nullable=False), C("segment_id"),
         C("source", nullable=False, allowed=("sheet", "minutes")),
         # who is to do it and by when, as printed ('Owner', 'Officer', 'Due' columns, or 'MD to … by 30 June 2024')
         C("owner_raw"), C("due_raw"), C("due_date", "DATE"),
         C("rag", allowed=RAG), C("rag_raw")),
        primary_key=("doc_id", "seq"), references=DOC,
    ),
    TableSpec(
        "inspections", "one row per Ofsted inspection report",
        (C("doc_id", nullable=False), C("la_code"), C("council"), C("publication_date", "DATE"),
         C("inspection_start", "DATE"), C("inspection_end", "DATE"), C("lead_inspector"), C("framework", allowed=FRAMEWORKS),
         C("overall_effectiveness", allowed=GRADES), C("impact_of_leaders", allowed=GRADES),
         C("help_and_protection", allowed=GRADES), C("children_in_care", allowed=GRADES),
         C("care_leavers", allowed=GRADES)),
        primary_key=("doc_id",), references=DOC,
    ),
    TableSpec(
        "inspection_recommendations", "one row per recommendation of an inspection report, in order",
        (C("doc_id", nullable=False), C("number", "INTEGER", nullable=False), C("text", nullable=False),
         # extensions
         C("printed"), C("page", "INTEGER")),
        primary_key=("doc_id", "number"), references=DOC,
    ),
    TableSpec(
        "entities", "one row per entity the tagger found in a row's text",
        (C("doc_id", nullable=False), C("source_table", nullable=False), C("source_id", nullable=False),
         C("label", nullable=False), C("text", nullable=False), C("value"),
         # extensions
         C("start_char", "INTEGER", nullable=False), C("end_char", "INTEGER", nullable=False),
         # which column of the source row the entity sits in (an action's text joins action, progress …)
         C("field")),
        primary_key=("doc_id", "source_table", "source_id", "label", "start_char"), references=DOC,
    ),
    # ---- extensions ----
    TableSpec(
        "councils", "one row per English local authority (current and defunct)",
        (C("la_code", nullable=False), C("name", nullable=False), C("gss_code"), C("region"),
         C("stat_neighbours"), C("defunct", "BOOLEAN")),
        primary_key=("la_code",),
    ),
    TableSpec(
        "segments", "one row per constituent document of a paper (agenda, minutes, report, appendix …)",
        (C("segment_id", nullable=False), C("doc_id", nullable=False), C("seq", "INTEGER", nullable=False),
         C("kind", nullable=False), C("title"), C("first_page", "INTEGER", nullable=False),
         C("last_page", "INTEGER", nullable=False)),
        primary_key=("segment_id",), references=DOC,
    ),
    TableSpec(
        "warnings", "one row per problem found while processing a paper (field not found, row rejected …)",
        (C("doc_id"), C("stage", nullable=False), C("message", nullable=False), C("page", "INTEGER")),
    ),
    TableSpec(
        "unmapped_indicators", "one row per KPI label that matched no catalogue indicator",
        (C("indicator_raw", nullable=False), C("observations", "INTEGER", nullable=False), C("example_doc_id")),
        primary_key=("indicator_raw",),
    ),
)

BY_NAME = {t.name: t for t in TABLES}


def ddl(spec: TableSpec) -> str:
    """CREATE TABLE for a spec (keys are checked by validation, not constraints,
    so one bad row is reported instead of failing the whole load)."""
    cols = ",\n  ".join(f'"{c.name}" {c.type}' for c in spec.columns)
    return f'CREATE TABLE "{spec.name}" (\n  {cols}\n);'
