"""KPI figures stated in prose: '66% of these were completed within 45 days',
'18% of referrals were repeats (22% nationally)', 'a rate of 37.6 per 10,000'.

A blank spaCy pipeline's tokenizer and a Matcher whose patterns live in
``normalise/data/kpi_patterns.jsonl`` find the figures (percentages, rates,
durations), the numbers that are not figures (thresholds such as 'within 45
days', ages '17-18', identifiers 'Section 47', money) and the cues that make
a figure a comparator ('nationally', 'England average', 'statistical
neighbours', 'Good/Outstanding', targets). Plain Python then cuts each
sentence into clauses, one per council figure: the clause is the figure's
``indicator_raw``; a comparator figure shares the clause of the council
figure it benchmarks.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from normalise.periods import find_period, is_year_before, parse_period, period_span, target_period
from normalise.values import PERCENT_IN_WORDS, Figure, percent_in_words, to_number
from scrutineer.model import segment_at

PATTERNS = Path(__file__).parent / "data" / "kpi_patterns.jsonl"
CUE_COMPARATOR = {"NATIONAL": "national", "STAT_NEIGHBOURS": "statistical_neighbours", "REGIONAL": "regional",
                  "GOOD_OUTSTANDING": "good_outstanding", "TARGET": "target", "AIM": "target"}
# an aim ('we plan to …') sets the figure it reaches ('reduce this to 12%', 'recruit 30'), not a figure it asks
# about ('We plan to look at why 12% of assessments are late')
_ASKED_ABOUT = re.compile(r"\b(?:why|whether|how|what|if|reasons?)\b", re.I)
_MONTH_WORDS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
                "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
                "december"}
# words that open a clause which only comments on the figure before it
_COMMENT_WORDS = (r"which|this is|this was|this has|this will|although|but|however|whereas|while|both|again|"
                  # ('in line with the national average at 22%' states the council's level)
                  r"and is|better than|worse than|lower than|higher than|{bound}|"
                  r"in line(?! with (?:the |our )?[\w\s']{{0,40}}? at [+\-−]?\d)|"
                  r"(?:compared|in comparison) (?:with|to)(?=\D*\d)")
_COMMENT = re.compile(r"\s*(?:,\s*|(?<!\bof)(?<!\bto)\s)(?:" + _COMMENT_WORDS.format(bound="above|below") + r")\b.*$", re.I)
# … but in what a plan aims at, 'below 20%' is the aim ('Re-referrals below 20%')
_COMMENT_AIMED = re.compile(r"\s*(?:,\s*|(?<!\bof)(?<!\bto)\s)(?:"
                            + _COMMENT_WORDS.format(bound=r"(?:above|below)(?!\s+[+\-−]?\d)") + r")\b.*$", re.I)
# words that say a figure is the level now, not the one aimed for ('we aim to reach 10%; currently 14% …')
_NOW = re.compile(r";|\b(?:currently|presently|at present|at the moment|now stands?|current(?:ly)? (?:level|performance|position)"
                  r"|(?:which|that)\s+(?:is|was|stands?|stood|sits?|sat)(?:\s+at)?)\b", re.I)
# a target word and what joins it to its own figure ('target of ', 'target: ', 'ambition is ')
# words opening a piece that only says where the measure named before it stands
_COMMENTS_ON = re.compile(r"^[\s,;]*(?:which|that)\s+(?:is|was|stands?|stood|sits?|sat)\b"
                          r"|^[\s,;]*(?:currently|presently|at present|at the moment|now)\b", re.I)
_NAMES_NEXT = re.compile(r"(?:targets?|ambitions?|goal|trajectory|aspiration)\s*(?:of|is|was|at|set at|:|=|-|\u2013)?\s*"
                         r"(?:(?:no|not)\s+)?(?:(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|(?:below|under|above|over)\s+"
                         r"|[<>\u2264\u2265]=?\s*)?", re.I)  # ('target <20', 'target below 18')
_COMPARED = re.compile(r"\b(?:compared|than|versus|vs|against|on|since|from)\b", re.I)
# words that make the period after a figure the base it is set against ('a 6% rise on 2022/23')
_BASE_BEFORE = re.compile(r"\b(?P<word>on|compared\s+(?:with|to)|against|versus|vs)\s+(?:the\s+)?$", re.I)
_DAY_FIRST = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]")


def counted_from(before: str, raw: str) -> bool:
    """Is the period phrase ``raw``, printed after ``before``, the one a change is counted from ('up 6% on
    2022/23', 'compared with Q1, …') rather than when the figure holds? A day is a point in time
    ('48 children on 31 March 2024')."""
    m = _BASE_BEFORE.search(before)
    return bool(m) and not (m.group("word").lower() == "on" and _DAY_FIRST.match(raw))
_ADVERBIAL = re.compile(r"^\s*(?:in|at|during|over|by|since|between|for|as at|from)\b", re.I)
_ANAPHORA = re.compile(r"^\s*(?:this|that|it|which)\s+(?:gives|give|represents|equates|means|is equivalent)\b", re.I)
_AIMED_BOUND_WORDS = frozenset(("over", "above", "under", "below", "<", ">", "≤", "≥", "<=", ">="))
_BOUND_WORDS = frozenset(("within", "than", "least", "aged", "between", "±")) | _AIMED_BOUND_WORDS
# an age band's upper end ('aged 19 to 21', 'between the ages of 16 and 17', 'aged 16-17'), or an age
# before 'year olds' ('19-21 year olds', '16 and 17 year olds'): who is counted, not a level
_AGE_BAND_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+\d{1,2}\s*(?:to|and|or|-|–)\s*$", re.I)
# a range's upper end ('between 25% and 35%'): like its lower end, a bound, not a level
_RANGE_END_BEFORE = re.compile(r"\bbetween\s+[\d.,]+\s*(?:%|per\s*cent)?\s*(?:and|-|–)\s*$", re.I)
_YEAR_OLDS_AFTER = re.compile(r"^(?:\s*(?:to|and|or|-|–)\s*\d{1,2})?[\s-]*years?[\s-]*olds?\b", re.I)
_MONEY_BEFORE = re.compile(r"[£$€]\s*\d[\d,.]*\s*(?:m|k|bn|million|billion|thousand)?\s*\(\s*$", re.I)
_VERB = re.compile(r"\b(?:are|were|is|was|have|has|had|been|be|\w+ed)\b", re.I)


@lru_cache(maxsize=1)
def _pipeline():
    """The blank English tokenizer and the figure/cue matcher (built once per process)."""
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    with open(PATTERNS, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if line.strip():
                spec = json.loads(line)
                matcher.add(spec["label"], [spec["pattern"]])
    return nlp, matcher


@dataclass
class Found:
    """One figure in a sentence."""

    start: int  # char offsets in the sentence
    end: int
    value: float
    unit: str | None
    value_raw: str
    comparator: str = "council"
    clause: str = ""
    period_raw: str | None = None
    period: str | None = None
    bracket: int | None = None  # index of the bracket group it sits in
    extra: dict = field(default_factory=dict)


def _brackets(text: str) -> list[tuple[int, int]]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


def _in_bracket(pos: int, brackets: list[tuple[int, int]]) -> int | None:
    for i, (a, b) in enumerate(brackets):
        if a <= pos < b:
            return i
    return None


def _is_number(tok) -> bool:
    t = tok.text
    if not re.fullmatch(r"[+\-−]?\d[\d,]*(?:\.\d+)?", t):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", t):  # a year
        return False
    if re.fullmatch(r"0\d{3,}", t):  # a phone number
        return False
    return not _space_grouped(tok)


_WORD_VALUES = {w: float(n) for n, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split(), start=2)}
# words before a number word that make it part of a phrase, not a count: 'in two cases', 'the three
# children', 'every two weeks', 'up to three' ('one' is never taken: too often a pronoun, 'one of the …')
_NOT_BEFORE_COUNT_WORD = {"the", "these", "those", "both", "all", "our", "their", "its", "his", "her", "in", "of",
                          "for", "on", "with", "by", "across", "between", "within", "than", "every", "each", "first",
                          "last", "next", "past", "previous", "over", "under", "at", "after", "before", "about",
                          "around", "approximately", "nearly", "almost", "some", "another", "other", "to", "least", "most"}

_COUNT_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_WORD_VALUES), re.I)
_EARLIER_COUNT = re.compile(r"compared (?:with|to)|(?:up|down) from")


def _counted_in_words(tok, labels: set[str]) -> bool:
    """A small count written in words before what it counts ('Nine children were adopted', 'Two young people
    received custodial sentences'): council style guides spell out numbers under ten."""
    if tok.lower_ not in _WORD_VALUES:
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if "COUNT_WORD" not in labels:
        # the same count at another time ('compared with ten in 2022/23', 'up from six last year')
        return tok.i >= 2 and _EARLIER_COUNT.fullmatch(f"{doc[tok.i - 2].lower_} {prev.lower_}") is not None \
            and (nxt is None or nxt.is_punct or nxt.lower_ in ("in", "at", "during", "for", "last", "the", "a"))
    if prev is not None and (prev.lower_ in _NOT_BEFORE_COUNT_WORD or prev.like_num or prev.text in "-–"):
        return False
    return not (nxt is not None and nxt.text in "-–")  # 'two-year', 'three-monthly'


def _space_grouped(tok) -> bool:
    """Is the token one group of a number printed with a space for its thousands ('5 106')? Read alone,
    either group is a wrong figure; whether '5 106' is one number or two is not certain, so neither is taken."""
    doc, t = tok.doc, tok.text
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if re.fullmatch(r"\d{1,3}", t) and nxt is not None and tok.whitespace_ == " " \
            and re.fullmatch(r"\d{3}(?:\.\d+)?", nxt.text):
        return True
    return bool(re.fullmatch(r"\d{3}(?:\.\d+)?", t) and prev is not None and prev.whitespace_ == " "
                and re.fullmatch(r"\d{1,3}", prev.text))


# an aim written as an instruction: the sentence opens with the verb ('Reduce re-referrals to 18%'),
# not with the noun ('Increase in referrals of 12%')
_AIM_VERB = re.compile(r"\b(?:increase|reduce|raise|improve|grow|cut|lower|halve|double|reach|achieve)\s+(?!in\b|of\b|on\b)",
                       re.I)
_AIM_BULLET = re.compile(r"^\W*" + _AIM_VERB.pattern, re.I)
# an aim for the measure just stated ('…; our aim is to reduce this to 12% by March 2026')
_REFERS_BACK = re.compile(r"\b(?:reduce|increase|improve|raise|lower|cut|bring|get|keep|maintain|halve)\s+(?:this|it|that)\b",
                          re.I)
_COUNTED = re.compile(r"\b(?:(?:number|total)\s+of|numbers|population)\b", re.I)
# 'Contacts … totalled 1,204': a verb that says the figure after it is a count of the subject
_TOTALLED = re.compile(r"\b(?:total(?:l?ed|s|l?ing)|numbered|amounted\s+to|came\s+to)\s+$", re.I)
# '212 children …, 9 of whom were …': a part of the whole just counted, itself a count
_PART_AFTER = re.compile(r"^\s+of\s+(?:whom|which|these|those|them)\b", re.I)
# a change of level ('Contacts fell to 11,240 … from 12,050'): the number moved is a measure's level
_CHANGED = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|reduced|grew|grown|declined|went\s+(?:up|down))"
                      # ('fell by a third, from 1,212 to 808', 'has risen sharply to 412')
                      r"(?:[^.;:\d]{0,40}?[\s,](?:to|from)\s+|\s+[^.;:\d]{0,40}\d[^.;:]{0,40}\bfrom\s+)$", re.I)
# a change of so much ('has risen by 23 to 412', 'up by 5%'): the figure moved by, no level of the measure
_BY_CHANGE = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|reduced|grew|grown|declined|improved|"
                        r"deteriorated|(?:gone|went)\s+(?:up|down)|up|down)\s+by\s+(?:a\s+further\s+|around\s+|about\s+|"
                        r"almost\s+|nearly\s+|over\s+|just\s+(?:over|under)\s+|approximately\s+)?$", re.I)
# … or named as a change ('(a rise of 9%)', 'an increase of 12')
_CHANGE_OF = re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?(?:rise|increase|fall|decrease|reduction|drop|decline|improvement|"
                        r"deterioration|change)\s+of\s+(?:around\s+|about\s+|almost\s+|nearly\s+|over\s+)?$", re.I)
# … or with no 'by' ('up 15% on Q1', 'rose 5%'; not a share something 'made up')
_MOVED_BEFORE = re.compile(r"\b(?:(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!took\s)(?<!take\s)(?<!takes\s)"
                           r"(?<!taken\s)up|down|rose|fell|increased|decreased|grew|dropped|declined)\s+$", re.I)
# a gap from another figure, printed straight after the figure ('3% below target', '2% higher than last
# quarter', '10% lower than statistical neighbours', '4.5 percentage points above the national average')
_GAP_AFTER = re.compile(r"^\s*(?:percentage\s+points?|pp|points?)?\s*(?:higher|lower|more|less|fewer|greater|above|below|"
                        r"better|worse|up|down)\s+(?:than|on|against|compared|target|(?:the\s+)?(?:national|england|"
                        r"statistical|regional|average|last|previous|same))\b", re.I)
# … or named as a change straight after it ('a 7% decrease on 2022/23', 'a 4 percentage point rise')
_CHANGE_AFTER = re.compile(r"^\s*(?:percentage\s+points?|pp|points?)?\s*(?:rise|increase|fall|decrease|reduction|drop|"
                           r"decline|improvement|deterioration|change|uplift)\b", re.I)
# a target set as a bound ('against a target of no more than 18'): the bound is the figure aimed at
_TARGET_BOUND = re.compile(r"\b(?:targets?|ambitions?|goal|aim)\s+(?:of|is|was|set\s+at|:)?\s*(?:no|not)?\s*"
                           r"(?:(?:more|less|fewer)\s+than|at\s+(?:least|most))\s*$", re.I)
# a subject that is a rate per 10,000, with or without the word ('Children subject to a CP plan per 10,000
# increased from 38.4 …'), before the verb that gives its level
_RATE_SUBJECT = re.compile(r"(?:\brate\b[^.;:\d]{0,80}?)?\bper\s*10,?000\b[^.;:\d]{0,30}?\b(?:is|was|are|were|stands?\s+at|"
                           r"stood\s+at|remains?(?:\s+at)?|remained(?:\s+at)?|(?:(?:has|have)\s+)?(?:increased|decreased|"
                           r"risen|rose|fallen|fell|reduced|dropped|improved|grown|grew)(?:\s+(?:from|to))?)\s*$", re.I)
_LABEL_COLON = re.compile(r"^[^\d:;,.]*[A-Za-z]{3,}[^\d:;,.]*:\s*$")
_TIME_TAKEN = re.compile(r"\b(?:average|mean|median|time\s+(?:taken\s+)?(?:to|between|from|for)|days?\s+(?:to|between|from))\b",
                         re.I)
# the verb a subject states its level with, just before the figure ('The average number of days … was 412')
_STATED_AS = re.compile(r"\b(?:was|is|were|are|stood\s+at|stands\s+at|averaged|remains?(?:\s+at)?)\s*$", re.I)
# a label that counts in days itself ('Average days between entering care and moving in …: 402')
_DAYS_LABEL = re.compile(r"\b(?:average|mean|median|number\s+of)\s+(?:working\s+)?days\b|\bdays\s+(?:to|between|from|taken)\b", re.I)
_AVERAGED = re.compile(r"\b(?:average[ds]?|averaging|mean|median|caseloads?)\b", re.I)


def figures_in(sentence: str, bare_tile: bool = False, aimed: bool = False) -> list[Found]:
    """The figures a sentence states, with unit and comparator cue, in order.

    ``bare_tile``: the text is a tile under a heading, where a number alone ('471') is the figure.
    ``aimed``: the text states what is aimed at (a plan's success measure), so a bound is the aim's
    figure ('re-referrals below 20%', 'no more than 5%', 'at least 90%').
    """
    if not re.search(r"\d", sentence) and not _COUNT_WORD.search(sentence) and not PERCENT_IN_WORDS.search(sentence):
        return []  # no number, no figure: spare the tokenizer
    nlp, matcher = _pipeline()
    doc = nlp(sentence)
    marks: dict[int, set[str]] = {}
    cues: list[tuple[int, str]] = []  # (char offset, comparator)
    cue_ends: list[int] = []
    aims: set[int] = set()
    respectively = False
    matches = [(nlp.vocab.strings[m], start, end) for m, start, end in matcher(doc)]
    # 'By the end of Q2, 85% …' opens with when the level was reached; only after a figure is it a deadline
    matches = [(label, start, end) for label, start, end in matches
               if not (label == "TARGET" and start == 0 and doc[0].lower_ == "by")]
    # a region's name that runs on into a place's ('North East Lincolnshire', 'London Borough of Barnet') names
    # a council, not the region
    matches = [(label, start, end) for label, start, end in matches
               if not (label == "REGIONAL" and end < len(doc) and doc[end].is_alpha and doc[end].is_title
                       and doc[end].lower_ not in _REGION_WORDS)]
    regions = [(start, end) for label, start, end in matches if label == "REGIONAL"]
    for label, start, end in matches:
        if label == "NATIONAL" and any(s <= start and end <= e for s, e in regions):
            continue  # 'England' inside 'the East of England' names a region
        if label in CUE_COMPARATOR:
            cues.append((doc[start].idx, CUE_COMPARATOR[label]))
            if label == "AIM":
                aims.add(doc[start].idx)
            cue_ends.append(doc[end - 1].idx + len(doc[end - 1].text))
        elif label == "RESPECTIVELY":
            respectively = True
        for i in range(start, end):
            if doc[i].like_num:
                marks.setdefault(i, set()).add(label)
    brackets = _brackets(sentence)
    found = []
    for tok in doc:
        labels = marks.get(tok.i, set())
        worded = percent_in_words(sentence, tok.idx) if tok.is_alpha else None
        if not (_is_number(tok) or _counted_in_words(tok, labels) or worded):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        unit = None
        if "PERCENT" in labels or worded:
            unit = "percent"
        elif "RATE_OTHER_BASE" in labels:
            unit = "ratio"  # '180 per 100,000', 'a rate of 0.4 per 1,000': the catalogue's unit for such rates
        elif "RATE" in labels:
            unit = "rate_per_10000"
        elif "DURATION" in labels:
            unit = "days"
        elif "FTE" in labels:
            unit = "fte"  # '45.5 FTE vacancies': full-time equivalents, not heads
        if unit is None and found and found[-1].unit == "days" and prev is not None and prev.lower_ in ("and", "to") \
                and nxt is not None and nxt.lower_ in ("days", "day", "weeks", "week"):
            unit = "days"  # '150 days in the north and 141 days in the south'
        if unit is None and bare_tile and nxt is not None and nxt.lower_ in ("days", "day", "weeks", "week") \
                and all(t.is_punct for t in doc[tok.i + 2:]):
            unit = "days"  # a tile's figure and its unit ('12.5 days', 'Target 10 days'), nothing after
        if unit is None and found and found[-1].unit == "days" and nxt is not None \
                and nxt.lower_ in ("days", "day", "weeks", "week") and _benchmarked(sentence, tok, nxt, cues):
            unit = "days"  # '398 days (England 435 days)', '…, compared with 435 days in England'
        if unit is None and nxt is not None and nxt.lower_ in ("days", "day", "weeks", "week") \
                and _LABEL_COLON.search(sentence[:tok.idx]) and _TIME_TAKEN.search(sentence[:tok.idx]):
            unit = "days"  # 'Average time to adoption: 410 days': a label that says a time was taken
        if unit is None and _DAYS_LABEL.search(sentence[:tok.idx]) and (
                _LABEL_COLON.search(sentence[:tok.idx]) or (not found and _STATED_AS.search(sentence[:tok.idx]))):
            unit = "days"  # 'Average days to adoption: 402', 'The average number of days … was 412'
        target_bound = bool(_TARGET_BOUND.search(sentence[:tok.idx]))
        # the level at another time, in a bracket after one ('213 in Q2 (Q1: 198)', '(2023/24: 198)': no ratio)
        b_index = _in_bracket(tok.idx, brackets)
        earlier = bool(found) and b_index is not None and _is_period_label(sentence[brackets[b_index][0] + 1:tok.idx])
        # 'of the 12 teams' names a set, not a level; but a sentence opening 'Of the 1,203 contacts received,
        # 412 …' states the whole before its part
        named_set = "OF_THE" in labels and not (tok.i == 2 and doc[0].lower_ == "of")
        if unit is None and ("THRESHOLD" in labels or named_set) and not target_bound and not earlier \
                or prev is not None and prev.lower_ == "per":
            continue
        if prev is not None and prev.lower_ in _BOUND_WORDS and not target_bound \
                and not (aimed and prev.lower_ in _AIMED_BOUND_WORDS | {"than", "least"}) \
                and not (prev.lower_ in _AIMED_BOUND_WORDS and (_AIM_BULLET.match(sentence)
                                                               or any(pos < tok.idx and c == "target" for pos, c in cues))):
            # a tolerance or a bound ('within 5% of target', 'more than 50%', 'over 90%'), not a level;
            # but an aim's bound is what it aims at ('ambition is to reduce … to below 18%')
            continue
        if _AGE_BAND_BEFORE.search(sentence[:tok.idx]) or _YEAR_OLDS_AFTER.match(sentence[tok.idx + len(tok.text):]) \
                or (_RANGE_END_BEFORE.search(sentence[:tok.idx]) and not target_bound):
            continue
        if _is_denominator(doc, tok):
            continue  # '3 of 12', 'nine out of 10', '1 in 5': the whole counted from, not a level
        if (nxt is not None and nxt.lower_ in _MONTH_WORDS) or (prev is not None and prev.lower_ in _MONTH_WORDS and unit is None) \
                or re.search(r"\b(?:%s)\.?\s*['\u2019]$" % "|".join(_MONTH_WORDS), sentence[:tok.idx], re.I):
            continue  # a date ('March 2024', "January '20"); 'In June 14% …' is a share, no day
        if unit is None and prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.i > 0 \
                and prev.text.lower() not in ("only", "a", "all", "some", "over", "the") \
                and not any(pos <= prev.idx and not re.search(r"\d", sentence[pos:prev.idx]) and prev.idx - pos <= 25
                            for pos, _ in cues):
            continue  # an identifier: 'DIP 17', 'Section 47', 'Quarter 2' (not a benchmark: 'England 71')
        if _MONEY_BEFORE.search(sentence[:tok.idx]):
            continue  # 'an overspend of £0.4m (6.1%)': a share of a sum of money
        if tok.i == 0 and re.match(r"^\d+(?:\.\d+)*\.\s", sentence):
            continue  # a paragraph number
        end = tok.idx + len(tok.text)
        # a bare comparator figure ('compared with 42.1 in England') shares the unit of the figure it benchmarks
        cue_after = any(re.fullmatch(r"\s+(?:in|for|across|among|amongst)\s+(?:the\s+|our\s+)?|\s*", sentence[end:pos])
                        for pos, _ in cues if pos > end)
        # … or follows its cue ('(England 14.1)', 'SN average of 18.9')
        # ('statistical neighbour average of 71': near the cue's end, however long the cue)
        cue_before = any(0 < tok.idx - pos <= 30 and not re.search(r"[\d,;]", sentence[pos:tok.idx]) for pos, _ in cues) \
            or any(0 < tok.idx - end <= 20 and not re.search(r"[\d,;]", sentence[end:tok.idx]) for end in cue_ends)
        if unit is None and _RATE_SUBJECT.search(sentence[found[-1].end if found else 0:tok.idx]):
            unit = "rate_per_10000"
        if unit is None and found and found[-1].unit not in (None, "count") and (cue_after or cue_before):
            unit = found[-1].unit
        if unit is None and not (cue_after or cue_before) and _AVERAGED.search(sentence[found[-1].end if found else 0:tok.idx]):
            unit = "ratio"  # 'Average caseloads were 18.2': a mean per worker or child (not 'the England average of 71')
        if unit is None and found and prev is not None and prev.lower_ == "to" and found[-1].extra.get("after") == "from" \
                and found[-1].unit not in (None, "count"):
            unit = found[-1].unit  # 'from 38.4 to 42.1': the level it moved to, in the unit of the one it moved from
        # 'England 41.6' on a tile's line of its own: a benchmark set beside the figure before it, in its unit
        bare_benchmark = unit is None and "." in tok.text and any(
            0 < tok.idx - pos <= 30 and not re.search(r"[\d,;]", sentence[pos:tok.idx]) and comp not in ("target", "good_outstanding")
            for pos, comp in cues)
        if unit is None and "." in tok.text and not bare_benchmark:
            continue  # a decimal with no unit is a score or a ratio we cannot place
        value, raw_end = worded or (_WORD_VALUES[tok.lower_] if tok.lower_ in _WORD_VALUES else to_number(tok.text),
                                    tok.idx + len(tok.text))
        if unit == "percent" and nxt is not None and not worded:
            if nxt.text == "%" or nxt.lower_ == "percent":
                raw_end = nxt.idx + len(nxt.text)
            elif nxt.lower_ == "per" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "cent":
                raw_end = doc[tok.i + 2].idx + len(doc[tok.i + 2].text)  # '85 per cent'

        elif unit in ("rate_per_10000", "ratio") and nxt is not None and nxt.lower_ == "per":
            raw_end = doc[min(tok.i + 2, len(doc) - 1)].idx + len(doc[min(tok.i + 2, len(doc) - 1)].text)
        elif unit == "fte" and nxt is not None and nxt.lower_.startswith("f"):
            raw_end = nxt.idx + len(nxt.text)  # '45.5 FTE'
        elif unit == "days" and nxt is not None and nxt.lower_ in ("days", "day", "weeks", "week"):
            # (a bare figure taking the days of the one it is set beside ('402 days, compared with 448 nationally')
            # ends where it is printed: the word after it is no unit)
            if nxt.lower_.startswith("week"):
                value *= 7
            raw_end = nxt.idx + len(nxt.text)
        elif unit is None:
            # a count needs a countable subject after it ('995 referrals', '36 were known', '50 FGCs'),
            # or to be coordinated with one ('from 50 FGCs … to 368'), or to stand alone on a tile
            coordinated = bool(found) and prev is not None and prev.lower_ in ("and", "to", "or")
            # '3,412 contacts, compared with 3,150 in Quarter 1': the same measure's level at another time
            # (the figure before a bracket: '298 children (a rate of 37.9 per 10,000), up from 276')
            level = next((g for g in reversed(found) if g.bracket is None), found[-1]) if found else None
            compared_level = level is not None and bool(
                re.search(r"\b(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+$", sentence[:tok.idx], re.I))
            coordinated = coordinated or compared_level
            end = tok.idx + len(tok.text)
            # the cue before it ('England average of 71'), or just after it ('67 for statistical neighbours')
            compared = any(0 <= tok.idx - pos <= 30 or 0 < pos - end <= 5 for pos, comp in cues)
            # … or a subject that says it is a count ('The number of children in care is 412')
            counted = bool(_COUNTED.search(sentence[found[-1].end if found else 0:tok.idx])) \
                or bool(_CHANGED.search(sentence[:tok.idx])) or bool(_TOTALLED.search(sentence[:tok.idx])) \
                or bool(found and _PART_AFTER.match(sentence[end:]))
            # … or stand alone after a label and its colon, perhaps saying when ('Children in care: 411, a rate
            # of …', 'Missing episodes: 213 in Q2')
            labelled = bool(_LABEL_COLON.search(sentence[:tok.idx])) and (
                nxt is None or nxt.text in (",", ";", "(", ".")
                or not set(w.lower() for w in _words(re.split(r"(?<=\s)(?=\d)", _without_periods(
                    re.split(r"[,;(]|\.(?:\s|$)", sentence[end:], maxsplit=1)[0]), maxsplit=1)[0])) - _LINKS_NEXT_FIGURE)
            coordinated = coordinated or earlier
            if not labels & {"COUNT", "COUNT_WORD"} and not coordinated and not compared and not counted and not labelled \
                    and not (bare_tile and nxt is None):
                continue
            # the same measure at another time is in the level's unit ('an average caseload of 17, down from 19';
            # 'The average caseload is 17 (Q1: 19)')
            unit = level.unit if (compared_level or earlier) and level is not None and level.unit else "count"
            # '430 days in the north and 470 in the south': a bare figure coordinated with one before shares its unit
            # ('fell by 12% to 301': the figure after a change is the new level, in the measure's own unit)
            # ('compared to 398 (63 per 10,000)': the level compared is no part of the rate before it)
            if found and prev is not None and prev.lower_ in ("and", "to", "or") and found[-1].unit != "count" \
                    and not compared_level and "COUNT" not in labels and found[-1].extra.get("after") != "by" and not found[-1].extra.get("change") \
                    and (nxt is None or not nxt.is_alpha or nxt.lower_ in ("in", "for", "at", "by")):
                unit = found[-1].unit
        f = Found(tok.idx, raw_end, value, unit, sentence[tok.idx:raw_end], bracket=_in_bracket(tok.idx, brackets))
        f.extra["cues"] = cues
        f.extra["after"] = prev.lower_ if prev is not None else None
        f.extra["bare_benchmark"] = bare_benchmark and f.unit in (None, "count")
        # the change, and its share in the bracket after it ('rose by 120 (9%) to 1,430')
        f.extra["change"] = bool(_BY_CHANGE.search(sentence[:tok.idx]) or _CHANGE_OF.search(sentence[:tok.idx])) or bool(
            found and found[-1].extra.get("change") and f.bracket is not None
            and re.fullmatch(r"\s*\(\s*", sentence[found[-1].end:tok.idx])) \
            or bool(_MOVED_BEFORE.search(sentence[:tok.idx]) or _GAP_AFTER.match(sentence[raw_end:])
                    or _CHANGE_AFTER.match(sentence[raw_end:]))
        found.append(f)
    found = _without_earlier_levels(sentence, found)
    _assign_comparators(sentence, found, cues, brackets, respectively, cue_ends, aims)
    starts = _instructions(sentence, found)
    for f in found:  # 'Increase the number of foster carers from 96 to 120': the figure aimed for
        # ('Improve placement stability: 11% of children …' states a level after the aim's colon)
        start = max((s for s in starts if s <= f.start), default=None)
        if start is not None and f.comparator == "council" and not re.search(r"[:;]", sentence[start:f.start]):
            f.comparator = "target"
    return found


def _instructions(sentence: str, found: list[Found]) -> list[int]:
    """Where the aims written as instructions start: the sentence's opening ('Reduce re-referrals to 18%'), the
    clause after a colon ('What we will do next: reduce …', '… 21%: reduce this to 18%'), and an instruction
    joined on to one of those ('… and increase the proportion … to 60%')."""
    starts = []
    for m in _AIM_VERB.finditer(sentence):
        before = sentence[:m.start()]
        if not before.strip(" \t•-–*·") or before.rstrip().endswith(":") \
                or starts and re.search(r"(?:,|;|\band)\s*$", before):
            starts.append(m.start())
    return starts


_REGION_WORDS = frozenset(("average", "avg", "region", "regional", "authorities", "las", "councils", "england"))


def _benchmarked(sentence: str, tok, unit_tok, cues) -> bool:
    """Is a comparator cue printed just before the figure ('England 435 days') or just after its unit
    ('435 days in England')?"""
    after = unit_tok.idx + len(unit_tok.text)
    return any(0 < tok.idx - pos <= 30 and not re.search(r"[\d,;]", sentence[pos:tok.idx]) for pos, _ in cues) \
        or any(pos >= after and re.fullmatch(r"\s*(?:in|for|across|among|amongst)?\s*(?:the\s+|our\s+)?", sentence[after:pos])
               for pos, _ in cues)


_PART_OF = re.compile(r"^(?P<part>\S+) (?:out of|of|in|of (?:the|our|its|their|these|those)) $")


def _is_denominator(doc, tok) -> bool:
    """Is the number the whole of a part-of-whole phrase ('3 of 12', 'nine out of 10', '34 of our 40', '1 in 5')?"""
    words = doc[max(tok.i - 3, 0):tok.i]
    for k in range(len(words)):
        m = _PART_OF.match(" ".join(t.lower_ for t in words[k:]) + " ")
        if m and words[k].like_num and not re.fullmatch(r"(?:19|20)\d\d", words[k].text):
            return True
    return False


# ('73% of audited cases were graded good or better, up from 61% …': a comment after a comma may be far off)
_MOVED_FROM = re.compile(r"^(?:[^\d;]{0,20}|[^\d;]{0,100},\s*)\b(?:up|down|rising|falling|rose|fell|increased|decreased|improved|reduced|dropped)"
                         r"\s+from\s+$", re.I)
_FROM_A_LEVEL = re.compile(r"\bfrom\s+(?:an?|the)\s+(?:\w+\s+){0,2}?of\s+$", re.I)


def _without_earlier_levels(sentence: str, found: list[Found]) -> list[Found]:
    """'rose from 78% to 86% during 2023/24': 78% is the level before the period the sentence reports,
    so it is dropped. A 'from' figure with a period of its own ('from 50 FGCs a year during 2020 to 368 …')
    stays: it is a figure for that period."""
    keep = []
    for k, f in enumerate(found):
        to = next((g for g in found[k + 1:] if g.extra.get("after") == "to"), None)
        # 'from 78%', 'from an average of 24', 'from a high of 31%'
        start = f.extra.get("after") == "from" or _FROM_A_LEVEL.search(sentence[:f.start])
        if start and to is not None and find_period(sentence[f.end:to.start])[0] is None \
                and not _between_two(sentence) and _dated_move(sentence, found[:k]) is None:
            continue
        # '12% (down from 18%)': the level before the one just stated, at a time the sentence does not give
        nxt = found[k + 1].start if k + 1 < len(found) else len(sentence)
        if k > 0 and _MOVED_FROM.search(sentence[found[k - 1].end:f.start]) and find_period(sentence[f.end:nxt])[0] is None:
            continue
        keep.append(f)
    return keep


_LEVEL_WITH = re.compile(r"\b(?:in\s+line\s+with|similar\s+to|the\s+same\s+as|level\s+with|matching|matches)\s+"
                         r"(?:the\s+|our\s+)?$", re.I)


def _assign_comparators(sentence: str, found: list[Found], cues, brackets, respectively: bool,
                        cue_ends: list[int] = (), aims: set[int] = frozenset()) -> None:
    if respectively:
        for b in {f.bracket for f in found if f.bracket is not None}:
            inside = [f for f in found if f.bracket == b]
            before = []
            for pos, comp in sorted(cues):
                if pos < brackets[b][0] and comp not in before and comp != "target":
                    before.append(comp)
            if len(before) >= len(inside) > 0:
                for f, comp in zip(inside, before[-len(inside):]):
                    f.comparator = comp
    for f in found:
        if f.comparator != "council":
            continue
        for pos, comp in cues:
            if comp == "target":
                continue
            same_bracket = f.bracket is not None and _in_bracket(pos, brackets) == f.bracket
            gap_before = sentence[pos:f.start]
            gap_after = sentence[f.end:pos]
            if same_bracket and not re.search(r"[\d,;|]", sentence[min(pos, f.end):max(pos, f.start)]):
                f.comparator = comp  # '(22% nationally)', '(national 82%, SN 80%)': a comma (or a bar) ends a pair
            elif pos < f.start and len(gap_before) <= 40 and re.search(r"\b(?:of|at|is|was|average|rate)\s*$", gap_before, re.I) \
                    and not re.search(r"[,;()]|\d", gap_before):
                if re.search(r"\bat\s*$", gap_before, re.I) and _LEVEL_WITH.search(sentence[:pos]) \
                        and not any(g.end <= pos for g in found if g is not f):
                    continue  # 'in line with the national average at 22%': the council's level, the benchmark's too
                f.comparator = comp
            elif pos < f.start and any(pos <= end <= f.start and re.fullmatch(
                    r"\s*(?:average|avg\.?|av\.?|figure|rate|level)?\s*[:=\-\u2013]?\s*", sentence[end:f.start], re.I)
                    for end in cue_ends if not re.search(r"[\d,;()]", sentence[pos:end])):
                f.comparator = comp  # 'England 22.4%', 'SN: 21%': the cue printed right before its figure
            elif pos < f.start and f.bracket is not None and len(gap_before) <= 40 \
                    and gap_before.rstrip().endswith("(") and not re.search(r"[\d,;()]", gap_before.rstrip()[:-1]):
                f.comparator = comp  # 'lower than our statistical neighbours (22%) and England (21.5%)'
            elif pos > f.end and f.bracket == _in_bracket(pos, brackets) and (
                    len(gap_after) <= 4 and not re.search(r"[,;|]", gap_after) or re.fullmatch(r"\s+(?:for|in|across|among|amongst)\s+(?:the\s+|our\s+)?", gap_after, re.I)):
                f.comparator = comp  # '22% nationally', '67 for statistical neighbours', '70 in England'

    # a target sentence ('Target: 30 additional', '80% to be completed …', 'reduced to 11% by year end')
    target_cues = [pos for pos, comp in cues if comp == "target"]
    # 'below our target of 90%': a cue naming the figure right after it is that figure's alone
    owner = {}
    for pos in target_cues:
        nxt = next((g for g in found if g.start > pos), None)
        before = next((g for g in reversed(found) if g.end <= pos), None)
        if nxt is not None and _NAMES_NEXT.fullmatch(sentence[pos:nxt.start]):
            owner[pos] = nxt
            nxt.extra["named_target"] = True
        elif before is not None and re.fullmatch(r"\s*(?:%|per\s*cent)?\s*", sentence[before.end:pos], re.I):
            owner[pos] = before  # 'exceeding the 90% target'
            before.extra["named_target"] = True
    for f in found:
        if f.comparator == "council" and any(owner.get(pos, f) is f and not _said_now(sentence, found, pos, f)
                                             and not (pos in aims and _ASKED_ABOUT.search(sentence[pos:f.start]))
                                             and not _measured_against(sentence, found, pos, f)
                                             for pos in target_cues):
            f.comparator = "target"


# a level set beside a target the text does not give ('92%, above target', 'in line with our target')
_AGAINST_TARGET = re.compile(r"\b(?:above|below|under|over|within|in\s+line\s+with|on|meeting|meets|met|exceeding|exceeds?|"
                             r"exceeded|short\s+of|ahead\s+of|behind|against|missing|missed|achieving|achieved|hitting|hit)\s+"
                             r"(?:(?:the|our|its|their|this|local|agreed|annual|national|year(?:'s)?|\w+-year)\s+)*$", re.I)


def _measured_against(sentence: str, found: list[Found], pos: int, f: Found) -> bool:
    """Is the target cue after the figure only a target the figure is measured against, with no figure of its
    own ('Visits were 92%, above target.')? Then the figure is the council's level."""
    return pos >= f.end and not any(g.start > pos for g in found) \
        and bool(re.match(r"(?:targets?|ambitions?|goal|trajectory|aspiration)\b", sentence[pos:], re.I)) \
        and bool(_AGAINST_TARGET.search(sentence[f.end:pos]))


def _said_now(sentence: str, found: list[Found], pos: int, f: Found) -> bool:
    """Does a word between a target cue and a figure say the figure is today's level ('We aim to raise it,
    currently 78%, …')? Only the first figure after that word is today's ('…, currently 78%, to 85%')."""
    lo, hi = min(pos, f.start), max(pos, f.end)
    return any(not any(m.end() <= g.start < f.start for g in found)
               for m in _NOW.finditer(sentence, lo, hi))


def _pieces(sentence: str, found: list[Found]) -> list[tuple[int, int]]:
    """Clause boundaries: at ', ' ';' ':' ' - ' and ' and ' outside brackets, when the part after holds a figure."""
    brackets = _brackets(sentence)
    cuts = [0]
    for m in re.finditer(r",\s|;\s|:\s|\s[–-]\s|\sand\s", sentence):
        if _in_bracket(m.start(), brackets) is not None:
            continue
        nxt_fig = next((f for f in found if f.start >= m.end() and f.bracket is None), None)
        if nxt_fig is None:
            continue
        prev_fig = next((f for f in reversed(found) if f.end <= m.start() and f.bracket is None), None)
        following = sentence[m.end():nxt_fig.start]
        if m.group(0).strip() in ":–-" and not following.strip() and prev_fig is not None \
                and _labelled_period(sentence[prev_fig.end:m.end()], None, None):
            continue  # the colon or dash joining a period to its figure ('…, 2023/24: 21%') parts nothing
        if prev_fig is not None and re.fullmatch(r"\s*at\s+", sentence[:prev_fig.start], re.I) \
                and not sentence[prev_fig.end:m.start()].strip():
            continue  # 'At 64 per 10,000, our looked after rate is …': the figure opens the clause that names it
        if prev_fig is not None and _only_period_label(following):
            cuts.append(m.end())  # '24%, 2023/24: 21%': the next figure's clause opens with its period
            continue
        if m.group(0).strip() == "and" and not _VERB.search(sentence[m.end():m.end() + 60]) \
                and not _names_another_measure(sentence[m.end():nxt_fig.start] + " " + sentence[nxt_fig.end:],
                                               sentence[:m.start()]):
            continue  # 'in the north and 470 in the south': one statement of two figures
        if prev_fig is None and not re.search(r"[,;:]", m.group(0)):
            continue
        if prev_fig is None and m.group(0).startswith(",") and re.search(r"\b(?:or|and)\b", following):
            continue  # a list's comma: 'in education, employment or training to 65%' is one clause
        if m.group(0).startswith(",") and re.match(r"[A-Za-z'-]+\s+(?:or|and)\s+[A-Za-z'-]+\b", sentence[m.end():]) \
                and re.search(r"[A-Za-z]$", sentence[:m.start()]):
            continue  # … after a figure too: '58% were in education, employment or training and 91% …'
        if re.search(r"[,;:]", following) and not (m.group(0)[0] in ";:" and not re.search(r"[;:]", following)):
            continue  # the boundary nearest the figure; but '…; of these, 38% …' parts at the stronger ';'
        cuts.append(m.end())
    # a participle opening a new figure: '613 missing episodes involving 246 children'
    for f in found:
        if f.bracket is not None:
            continue
        participle = re.search(r"\b(\w+ing)\s+$", sentence[:f.start])
        # … or a count of other things the ones counted before were in ('48 children went missing on 131 occasions')
        other = re.search(r"\b(on|in|across|over)\s+$", sentence[:f.start]) \
            if f.unit == "count" and _OTHER_THINGS.match(sentence[f.end:]) else None
        m = participle or other
        before = [g for g in found if m and g.end <= m.start() and g.bracket is None]
        if before and (participle or any(g.unit == "count" for g in before)):
            cuts.append(m.start(1))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(sentence)])]


_OTHER_THINGS = re.compile(r"\s+(?!(?:working\s+)?(?:days|weeks|months|years|hours|per)\b)[a-z]+s\b")


def _names_another_measure(after: str, before: str) -> bool:
    """Does the rest of an elliptic clause ('… and 72% in EET', '… and persistent absence 15.2%') name a measure in
    words of the catalogue, one at least that the clause before does not use? 'and 470 in the south', 'and 21 in
    the children in care teams' name only where."""
    from normalise.indicators import TEAM_PHRASE, fold, lemmas, vocabulary

    tail = TEAM_PHRASE.sub(" ", re.split(r"[,;(]|\.(?:\s|$)", after, maxsplit=1)[0])
    words = lemmas(fold(re.sub(r"\d[\d,.]*", " ", tail)))
    return bool(words) and words <= vocabulary() and bool(words - lemmas(fold(before)))


def _clean_clause(text: str, aimed: bool = False) -> str:
    text = (_COMMENT_AIMED if aimed else _COMMENT).sub("", text)
    # brackets that only compare ('(22% nationally)', '(lower than national …)') are not part of the clause
    text = re.sub(r"\s*\([^()]*\b(?:national\w*|england|regional|neighbou?rs?|outstanding|than|respectively)\b[^()]*\)",
                  "", text, flags=re.I)
    text = re.sub(r"^\s*(?:and|but|whilst|while)\s+", "", text, flags=re.I)
    text = re.sub(r";[^\d;]*$", "", text)  # 'Q2 performance 64%; weekly tracker in place': a note of its own
    text = re.sub(r"\s+(?:and|or|but)\s*$", "", " ".join(text.split()))
    return text.strip(" ,;:.")


def statements(text: str, context: str | None = None, heading: str | None = None,
               paper_month: str | None = None, aimed: bool = False, about: str | None = None) -> list[Found]:
    """Every figure a paragraph states, as Found with clause, comparator, unit and period.

    ``heading`` is the tile or box title a bare figure ('471') belongs to;
    ``context`` the period of statements that give none; ``paper_month`` see ``parse_period``;
    ``aimed`` see ``figures_in``; ``about`` the measure the text reports on, when it says elsewhere (a plan
    row's success measure beside its progress note 'Q2 performance 64%').
    """
    out: list[Found] = []
    prev_sentence = heading or ""
    last_council: Found | None = None
    last_period = (None, context)
    para_period: tuple = (None, None)
    for sentence in (tile_sentences(text) if heading else split_sentences(text)):
        sentence = PARA_NUMBER.sub("", sentence)  # '2.2 Re-referrals …': the number orders the report, it says nothing
        found = figures_in(sentence, bare_tile=bool(heading), aimed=aimed)
        if is_table_text(sentence):
            continue  # the lines of a table no rule or header gave away: no sentence says what its figures are
        # (a period in a bracket giving an earlier level dates that level, never the sentence)
        s_raw, s_period = find_period(_without_earlier_brackets(sentence), context, paper_month)
        if s_raw and counted_from(sentence[:sentence.find(s_raw)], s_raw):
            s_raw, s_period = None, None  # '2,134 referrals …, a 7% decrease on 2022/23': 2022/23 is the base
        para_before = para_period
        if s_raw and not re.search(r"\bsame\b", s_raw, re.I) and not is_year_before(s_raw):
            para_period = (s_raw, s_period)
        if any(_dates_a_comparison(sentence, s_raw, found, f) for f in found):
            # '… 14.6%, down from 19.2% at the end of 2023/24': that period dates the earlier level only
            para_period = para_before
        if not found:
            prev_sentence = sentence
            continue
        pieces = _pieces(sentence, found)
        brackets = _brackets(sentence)
        carried: dict[int, str] = {}  # piece index → its clause, when that takes in a piece before it
        for a, b in pieces:
            mine = [f for f in found if a <= f.start < b]
            if not mine:
                continue
            clause_start = a
            # a leading adverbial piece with no figure ('In Quarter 2, …') stays with its clause
            idx = pieces.index((a, b))
            if idx > 0:
                pa, pb = pieces[idx - 1]
                if not any(pa <= f.start < pb for f in found) and _ADVERBIAL.match(sentence[pa:pb]) \
                        and not re.search(r"\bsame\b", sentence[pa:pb], re.I):
                    clause_start = pa
            # a label and its figure ('EHCPs issued within 20 weeks: 48%'): the label names the measure
            if idx > 0 and clause_start == a and not any(pa <= f.start < pb for f in found) \
                    and sentence[pa:pb].rstrip().endswith(":") and len(_words(_without_periods(sentence[a:b]))) <= 2:
                clause_start = pa
            clause = _clean_clause(sentence[clause_start:b], aimed)
            # a comment on the measure just named ('We aim to raise visits on time, currently 78%, to 85%'):
            # the measure is in the piece before, and the short piece after the comment is about it too
            if idx > 0 and clause_start == a and not any(pa <= f.start < pb for f in found) \
                    and _COMMENTS_ON.match(sentence[a:b]):
                clause = carried[idx] = _clean_clause(sentence[pa:pb]) + ", " + clause
            elif idx > 0 and clause_start == a and carried.get(idx - 1) \
                    and len(_words(_without_periods(sentence[a:b]))) <= 2:
                clause = carried[idx] = carried[idx - 1] + ", " + clause
            if not any(f.value_raw in clause for f in mine):
                continue  # the figures sat in a comment ('… but a further 1% increase'), not a statement
            if _ANAPHORA.match(clause) and prev_sentence:
                clause = prev_sentence.rstrip(" .") + ". " + clause
            in_clause = [f for f in mine if f.value_raw in clause]
            tail = clause.rsplit(in_clause[-1].value_raw, 1)[-1]
            after_last = re.sub(r"[\W\d_]+", " ", tail).split()
            words = _words(clause)
            colon = sentence.find(": ")
            if len(words) <= 2 and not heading and 0 < colon < a and not any(g.start < colon for g in found) \
                    and sentence[:colon].strip() not in clause:
                # 'Initial health assessments on time: 45% (Q2), 62% (Q3)': each figure after the label is the label's
                # ('Re-referrals 2022/23: 24%, 2023/24: 21%': the label, not the first figure's period)
                label = _without_period_label(sentence[:colon])
                clause = label + ": " + clause
            elif len(words) <= 2 and idx > 0 and clause_start == a and not any(pa <= g.start < pb for g in found) \
                    and len(_words(sentence[pa:pb])) > 2:
                # 'The proportion of repeat CP plans has halved, from 24% to 12%': the words before the comma name it
                clause = _clean_clause(sentence[pa:pb]) + ", " + clause
            elif (len(words) <= 2 or not after_last and heading and len(words) <= 4) \
                    and not (idx > 0 and re.search(r"\sand\s$", sentence[:a]) and _names_another_measure(clause, "")):
                # ('…, 91% are in suitable accommodation and 72% in EET': the elliptic clause names its own
                # measure, and the sentence's opening says whose; the sentence before has nothing to do with it)
                clause = " ".join(filter(None, [(heading if heading and heading not in clause else prev_sentence).strip(), clause]))
            for n, f in enumerate(mine):
                f.extra["context"] = (heading + " " if heading else "") + (sentence[:a] or prev_sentence)
                nxt = mine[n + 1].start if n + 1 < len(mine) else b
                span = sentence[f.start:nxt]
                if n + 1 < len(mine) and mine[n + 1].bracket is not None and mine[n + 1].bracket != f.bracket:
                    lo, hi = brackets[mine[n + 1].bracket]
                    if f.bracket is None and not sentence[f.end:lo].strip() and find_period(sentence[lo:hi])[0] is None:
                        # '398 (63 per 10,000) at the end of October': a period after the figure's own aside dates it too
                        nxt = next((g.start for g in mine[n + 1:] if g.bracket != mine[n + 1].bracket), b)
                        span = sentence[f.start:lo] + " " + sentence[hi:nxt]
                    else:
                        nxt = lo
                        span = sentence[f.start:lo]  # the next figure's bracket dates it alone
                        ending = _period_ending(span)
                        if ending is not None and mine[n + 1].comparator == "council" and _COMPARED.search(span[:ending]):
                            span = span[:ending]  # '…, an improvement on Q1 (74.2%)': Q1 is the bracket's
                # '2022/23: 24%, 2023/24: 21%': the period a figure is printed under is its own
                # ('81% in November 2024 (October: 79%)': a month without its year is the one by the month before)
                month_before = next((g.period for g in reversed(found[:found.index(f)])
                                     if g.period and re.fullmatch(r"\d{4}-\d{2}", g.period)), None)
                labelled = _labelled_period(sentence[clause_start:f.start], month_before or context, paper_month)
                raw, period = labelled or find_period(_own_span(span), context, paper_month)
                if not labelled and raw and counted_from(span[:span.find(raw)], raw):
                    raw = period = None  # 'up 6% on 2022/23': the year the change is counted from, not when
                if is_year_before(raw) and _COMPARED.search(sentence[f.end:f.start + sentence[f.start:nxt].find(raw) + len(raw)]):
                    raw = period = None  # '32% compared to the same point last year': last year is the base, not when
                if not raw and f.bracket is not None:  # '(Q1: 87%)': the bracket's own period first
                    raw, period = find_period(sentence[brackets[f.bracket][0]:f.start], context, paper_month)
                if not raw and f.bracket is not None and f.comparator == "council":
                    # … or the one printed just before it in a comparison ('an improvement on Q1 (74.2%)')
                    before = sentence[clause_start:brackets[f.bracket][0]]
                    ending = _period_ending(before)
                    if ending is not None and _COMPARED.search(before[:ending]):
                        raw, period = find_period(before[ending:], context, paper_month)
                        f.extra["compared_level"] = True
                # a target named after the levels ('…, against a target of 85%') is dated by the level it is set
                # against, not by the first period the sentence prints
                set_against = bool(f.extra.get("named_target")) and any(
                    g.start < f.start and g.comparator == "council" for g in found)
                if not raw and not set_against:
                    raw, period = find_period(sentence[clause_start:f.start], context, paper_month)
                    if raw and counted_from(sentence[clause_start:f.start][:sentence[clause_start:f.start].find(raw)], raw):
                        raw = period = None  # 'rose by 7% on 2022/23 to 2,134'
                if not raw and set_against:
                    level = next(g for g in reversed(found[:found.index(f)]) if g.comparator == "council")
                    raw, period = level.period_raw, level.period
                own_raw = raw
                compared = _dates_a_comparison(sentence, s_raw, found, f)
                if not raw and not is_year_before(s_raw) and not compared and not set_against:
                    raw, period = s_raw, s_period  # 'last year' dates only the figure it follows
                if raw and re.search(r"\bsame\b", raw, re.I) and not is_year_before(raw):
                    period = last_period[1]
                # the sentence's first dated figure is the level the others are set against
                dated = next((g for g in found[:found.index(f)]
                              if g.period_raw and g.period and not is_year_before(g.period_raw)), None)
                if is_year_before(raw) and dated is not None:
                    period = parse_period(raw, dated.period)  # '14% (Jun), down from 19% a year earlier': June's year before
                elif is_year_before(raw) and s_raw and not is_year_before(s_raw):
                    period = parse_period(raw, s_period)  # 'In 2023/24 …, up from 80% the previous year'
                elif is_year_before(raw) and para_period[0] and not is_year_before(para_period[0]):
                    period = parse_period(raw, para_period[1])
                if not raw and para_period[0] and not (compared and para_period[0] == s_raw) and not set_against:
                    raw, period = para_period  # a paragraph's period holds for its later sentences
                if raw and f.comparator == "council" and re.match(r"by\b", raw, re.I):
                    # 'Recruit 10 foster carers by March 2025': a level due after the report is an aim; one
                    # reached by a date it reports ('By September 2024, 95% of plans …') is the level then
                    later = _falls_due_later(raw, context, paper_month)
                    if raw == own_raw and later and not _NOW.search(sentence[clause_start:f.start]):
                        f.comparator = "target"
                    elif raw != own_raw or later is not False:
                        raw = None  # another figure's deadline ('…; currently 14%'), or an aim's date for a level
                if not raw:
                    period = context
                f.period_raw, f.period = raw, period
                f.clause = clause
        _date_both_ends(sentence, found, context, paper_month)
        for f in found:
            if f.comparator == "target" and f.period_raw:
                f.period = target_period(f.period_raw, paper_month, context)  # 'by March 2025': the financial year it closes
            if len(re.findall(r"[A-Za-z]{2,}", f.clause)) < 2 and not (heading and heading in f.clause) and not about \
                    and not _one_word_measure(f.clause):
                f.clause = ""  # a figure with nothing said about it is no statement (a tile's title says it)
            if f.extra.get("named_target") and not names_a_measure(f.clause):
                f.clause = ""  # 'above the target of 55% set for the year': the target of the level before it
            if f.extra.get("compared_level") and not names_a_measure(f.clause) and (named := _anchor(found, f)) is not None:
                f.clause = named.clause  # 'an improvement on Q1 (18.2%)': the level at that time of the measure named before
            refers_back = f.comparator == "target" and bool(_REFERS_BACK.search(f.clause)) \
                and (_anchor(found, f) or last_council) is not None
            if f.comparator in ("council", "target") and f.clause and not refers_back:
                last_council = f
                last_period = (f.period_raw, f.period)
            elif f.comparator != "council" and (f.comparator != "target" or f.extra.get("named_target") or refers_back):
                # a benchmark, or a target named in a comment ('…, below our target of 90%'), shares the
                # clause of the council figure it is set against
                anchor = _anchor(found, f) or last_council
                if anchor is None or f.extra.get("bare_benchmark") and anchor.unit in (None, "count"):
                    continue  # (a decimal benchmark beside a count is none of its level)
                f.clause = anchor.clause
                f.extra["context"] = anchor.extra.get("context")
                # 'a target of 65% by March 2025' keeps its own period; one the sentence gave both is the level's
                # ('88.5% at the end of March, compared with a target of 95%' sets the target beside March)
                if not (f.comparator == "target" and f.period_raw) or f.period_raw == anchor.period_raw:
                    f.period_raw, f.period = anchor.period_raw, anchor.period
                if f.unit == "count" and anchor.unit != "count":
                    f.unit = anchor.unit
            if f.clause:
                out.append(f)
        prev_sentence = sentence
    return out


def _falls_due_later(raw: str, context: str | None, paper_month: str | None) -> bool | None:
    """Does a 'by …' date end after the period the paper reports on (or the month it was published)? Then
    the figure due by it is an aim. None when the paper gives no time to compare with."""
    due, now = period_span(target_period(raw, paper_month, context)), period_span(context or paper_month)
    return due[1] > now[1] if due and now else None


# a period printed as a figure's label, joined to it ('2022/23: 24%', '2023 – 47.6%')
_LABEL_JOIN = re.compile(r"\s*(?::|[–—]|\s-)\s*$")
_BARE_YEAR_END = re.compile(r"(?:^|(?<=[\s:;,(]))((?:19|20)\d\d)$")


def _labelled_period(before: str, context: str | None, paper_month: str | None) -> tuple[str, str | None] | None:
    """The period a figure is printed under when the text before it ends with one and a colon or dash
    ('Re-referrals 2022/23: ', 'EHCP timeliness: 2023 – '); a bare year there is a calendar year."""
    join = _LABEL_JOIN.search(before)
    if not join:
        return None
    body = before[:join.start()].rstrip()
    if (year := _BARE_YEAR_END.search(body)) is not None:
        return year.group(1), year.group(1)
    inner = body.rsplit("(", 1)[1].strip() if "(" in body and ")" not in body.rsplit("(", 1)[1] else None
    if inner:  # '(October: 79%)': a month alone, inside the bracket it opens
        raw, period = find_period(f"({inner})", context, paper_month)
        if raw == inner and period:
            return raw, period
    start = _period_ending(body)
    if start is None:
        return None
    raw, period = find_period(body[start:], context, paper_month)
    return (raw, period) if raw and period else None


def _without_period_label(label: str) -> str:
    """A label without the period it ends with ('Re-referrals 2022/23' → 'Re-referrals')."""
    label = label.strip()
    if not _labelled_period(label + ": ", None, None):
        return label
    year = _BARE_YEAR_END.search(label)
    start = year.start() if year else _period_ending(label)
    return label[:start].strip(" :,;–-") if start else label


def _only_period_label(text: str) -> bool:
    """Is the text nothing but a period and the colon or dash joining it to a figure ('2023/24: ')?"""
    join = _LABEL_JOIN.search(text)
    found = _labelled_period(text, None, None) if join else None
    return found is not None and " ".join(text[:join.start()].split()).strip(" ,;") == found[0]


def _period_ending(text: str) -> int | None:
    """Where the period phrase a text ends with starts ('… an improvement on Q1 (' → at 'Q1'), or None."""
    body = text.rstrip(" (:\t")
    start = None
    for m in reversed(list(re.finditer(r"\S+", body))[-8:]):
        raw = find_period(body[m.start():])[0]
        if raw and " ".join(body[m.start():].split()).strip(" ,.").endswith(raw) \
                and " ".join(body[m.start():].split()).startswith(raw.split()[0]):
            start = m.start()
    return start


_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,;()]+?)\s+and\s+(?P<b>[^,;()]+)", re.I)


def _between_two(sentence: str, context: str | None = None, paper_month: str | None = None):
    """The two periods of 'between Q1 and Q2' / 'between 2022/23 and 2023/24', each as (raw, period) (the period
    None where ``context`` is needed and missing); None when the sentence names no such pair."""
    m = _BETWEEN.search(sentence)
    if not m:
        return None
    raw_a, per_a = find_period(m.group("a"), context, paper_month)
    raw_b, per_b = find_period(m.group("b"), context, paper_month)
    if not (raw_a and raw_b and raw_a == " ".join(m.group("a").split()).strip(" ,.")
            and " ".join(m.group("b").split()).startswith(raw_b)):
        return None
    return (raw_a, per_a), (raw_b, per_b)


def _dated_move(sentence: str, found: list[Found]) -> tuple[Found, Found] | None:
    """The first move the sentence dates at both ends ('from 146 in March 2023 to 162 in March 2024'), as its
    (from, to) figures."""
    for k, f in enumerate(found):
        to = next((g for g in found[k + 1:] if g.extra.get("after") == "to"), None)
        if f.extra.get("after") == "from" and to is not None and find_period(sentence[f.end:to.start])[0] is not None:
            after = next((g.start for g in found if g.start > to.start), len(sentence))
            if find_period(re.split(r"[,;]", sentence[to.end:after], maxsplit=1)[0])[0] is not None:
                return f, to
    return None


def _date_both_ends(sentence: str, found: list[Found], context: str | None, paper_month: str | None) -> None:
    """'rose from 68% to 81% between Q1 and Q2': the level moved from is the first period's, the one
    reached the second's. So too a move set beside one dated at both ends ('… from 146 in March 2023 to 162
    in March 2024, while IFA placements have reduced from 98 to 87')."""
    ends = _between_two(sentence, context, paper_month)
    dated = _dated_move(sentence, found) if ends is None else None
    if dated is not None:
        ends = (dated[0].period_raw, dated[0].period), (dated[1].period_raw, dated[1].period)
    if ends is None:
        return
    for k, f in enumerate(found):
        if dated is not None and any(f is d for d in dated):
            continue
        to = next((g for g in found[k + 1:] if g.extra.get("after") == "to"), None)
        if f.extra.get("after") == "from" and f.comparator == "council" and to is not None and to.comparator == "council" \
                and find_period(sentence[f.end:to.start])[0] is None:  # 'from 50 a year during 2020 to 368 …' dates its own
            (f.period_raw, f.period), (to.period_raw, to.period) = ends
            if dated is None:
                return


def _dates_a_comparison(sentence: str, period_raw: str | None, found: list[Found], f: Found) -> bool:
    """Does the sentence's period phrase belong to a later figure it is compared with ('14% of the workforce,
    down from 22% in 2022/23')? Then it dates that figure only."""
    if not period_raw:
        return False
    pos = sentence.find(period_raw)
    brackets = _brackets(sentence)
    held = _in_bracket(pos, brackets)
    if held is not None and f.bracket != held and any(g.bracket == held for g in found):
        return True  # '92% (Q1: 87%)': a period inside a bracket dates that bracket's figure only
    opens = re.match(r"\s*\(", sentence[pos + len(period_raw):])
    ahead = _in_bracket(pos + len(period_raw) + opens.end() - 1, brackets) if opens else None
    if ahead is not None and f.bracket != ahead and any(g.bracket == ahead and g.comparator == "council" for g in found) \
            and _COMPARED.search(sentence[:pos][-40:]):
        return True  # '…, an improvement on Q1 (18.2%)': the period just before a bracketed level is that level's
    before = [g for g in found if g.end <= pos]
    if before and before[-1] is f and _COMPARED_WITH.search(sentence[f.end:pos]):
        return True  # '56 new entrants …, 12 fewer than in Q1'
    if not before or before[-1] is f or before[-1].start < f.start or before[-1].comparator != "council":
        return False  # a benchmark ('compared with 22% in England in 2023/24') shares the sentence's period
    g = before[-1]
    return bool(re.search(r"\b(?:from|compared\s+(?:with|to)|than|against)\s+(?:\w+\s+){0,3}$", sentence[:g.start], re.I))


_COMPARISON = r"\b(?:than|compared\s+(?:with|to)|versus|vs)\b"
# a comparison with no figure after it up to the end of the text ('…, 12 fewer than ')
_COMPARED_WITH = re.compile(_COMPARISON + r"(?=\D*$)", re.I)


_EARLIER_BRACKET = re.compile(r"\(\s*(?:(?:down|up|rising|falling)\s+from|from|compared\s+(?:with|to)|previously)\b", re.I)


def _earlier_bracket(text: str, m: re.Match) -> bool:
    """Does the bracket give an earlier level: '(down from 19.8 in March)', or a period's level set beside the
    figure before it ('93% (Q4 2023/24: 89%)')?"""
    if _EARLIER_BRACKET.match(m.group(0)):
        return True
    inner = m.group(0)[1:-1]
    labelled = re.fullmatch(r"([^:]+:)\s*[+\-−]?\d[\d,.]*\s*%?", inner.strip())
    return bool(labelled) and _is_period_label(labelled.group(1)) \
        and bool(re.search(r"\d\s*(?:%|per\s*cent)?\s*$", text[:m.start()]))


def _without_earlier_brackets(text: str) -> str:
    """The text without brackets that give an earlier level (see ``_earlier_bracket``)."""
    return re.sub(r"\([^()]*\)", lambda m: " " if _earlier_bracket(text, m) else m.group(0), text)


def _own_span(span: str) -> str:
    """A figure's stretch of text up to a comparison with no figure of its own ('56 …, 12 fewer than in Q1'):
    the period after it dates what the figure is compared with; so does one in a bracket giving an earlier level
    ('17.2 (down from 19.8 in March)')."""
    if earlier := _EARLIER_BRACKET.search(span):
        span = span[:earlier.start()]
    for m in re.finditer(_COMPARISON, span, re.I):
        raw = find_period(span[m.end():])[0]
        if raw and not re.search(r"\d", span[m.end():span.find(raw, m.end())]):
            return span[:m.start()]
    return span


def is_table_text(sentence: str) -> bool:
    """Is a 'sentence' really a table's rows run together: figures packed with hardly a word between?"""
    tokens = sentence.split()
    # the base of a rate ('62 per 10,000') is part of its figure, not a figure of its own
    figures = [t for i, t in enumerate(tokens) if _BARE_FIGURE.match(t) and not _YEAR_TOKEN.fullmatch(t)
               and not (i and tokens[i - 1].lower() == "per")]
    return len(figures) >= 5 and len(figures) >= 0.3 * len(tokens)


_BARE_FIGURE = re.compile(r"^\(?[+\-−]?\d[\d,]*(?:\.\d+)?%?\)?[*,;]?$")
_YEAR_TOKEN = re.compile(r"\(?(?:19|20)\d\d[),.;]?")  # years date a sentence; they are no figures


def _is_period_label(text: str) -> bool:
    """Is the text a period and its colon, nothing else ('Q1:', '2023/24 :')?"""
    return text.rstrip().endswith(":") and find_period(text)[0] is not None \
        and not _words(_without_periods(text)) and not re.search(r"\d", _without_periods(text))


def _without_periods(text: str) -> str:
    """The text with the periods it names taken out ('21% in Q2 (Q1: 19%)' → '21% ( 19%)'):
    what is left says what is measured."""
    for _ in range(3):
        raw, _period = find_period(text)
        if not raw or raw not in text:
            break
        text = text.replace(raw, " ", 1)
    return text


# words that only lead on to the next figure ('Missing episodes: 213 in Q2 involving 98 children')
_LINKS_NEXT_FIGURE = {"involving", "affecting", "covering", "concerning", "relating", "to", "of", "which", "whom", "with",
                      "and", "for", "across", "from"}


def _words(clause: str) -> list[str]:
    """The words of a clause, without its figures and the word 'target'."""
    return re.sub(r"(?i)\btarget\b|[\W\d_]+", " ", _clean_clause(clause)).split()


# the words a clause uses to set a target against a level; any other word names a measure
_TARGET_TALK = set("""above below against under over beneath exceeding exceeds exceeded exceed meeting meets met meet
missing missed miss short of the a an our its their target targets ambition goal aspiration trajectory set agreed local
annual for this that year years quarter month end is was which and but compared with to than just slightly well still
remains remained remain within on at in by jan january feb february mar march apr april may jun june jul july aug august
sep sept september oct october nov november dec december no not more less fewer least most an improvement deterioration
increase decrease rise fall drop change up down from q quarter last previous""".split())


def _one_word_measure(clause: str) -> bool:
    """A clause whose one word is a measure's name in the catalogue ('turnover 16%', 'caseloads 18')."""
    from normalise.indicators import lemma, vocabulary

    words = re.findall(r"[A-Za-z]{2,}", clause)
    return len(words) == 1 and len(words[0]) > 4 and lemma(words[0].lower()) in vocabulary() \
        and words[0].lower() not in ("children", "people", "young", "total", "number", "figure", "level")


def names_a_measure(clause: str) -> bool:
    """Does a clause say what it measures, beyond setting a figure against a target ('above the target of 55%')?"""
    return any(w not in _TARGET_TALK for w in re.findall(r"[a-z]+", clause.lower()))


def _anchor(found: list[Found], f: Found) -> Found | None:
    """The council figure a comparator benchmarks: the nearest one before it in the sentence."""
    before = [g for g in found if g.start < f.start and g.comparator in ("council",) and g.clause]
    # an aside in brackets ('62% (Q1: 48%), below our target of 80%') is no anchor for what follows it
    main = [g for g in before if g.bracket is None or g.bracket == f.bracket]
    return (main or before)[-1] if before else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(‘'\"\d])|(?<=[.!?])\s*\n")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (white space folded)."""
    text = " ".join(text.split())
    parts = _SENTENCE_END.split(text)
    out = []
    for p in parts:
        # 'e.g. ' and 'No. ' do not end a sentence
        if out and re.search(r"\b(?:e\.g|i\.e|no|nos|approx|vs|cf)\.$", out[-1], re.I):
            out[-1] += " " + p
        else:
            out.append(p)
    return [p.strip() for p in out if p.strip()]


_BARE_LEVEL = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|days?|weeks?)?$", re.I)


def tile_sentences(text: str) -> list[str]:
    """A tile's lines as statements: a line starting a new figure starts a new statement."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        starts_figure = bool(re.match(r"^[+\-−]?\d", line))
        new_with_figure = line[:1].isupper() and re.search(r"\d", line)
        has_figure = bool(out) and bool(re.search(r"\d", out[-1]))
        open_end = bool(out) and re.search(r"\b(?:per|in|of|with|and|to|aged|at|by|from|for|the|a)$|[,(]$", out[-1], re.I)
        # a trend under a figure alone on its line ('23%' / '▼ 1 pt on last quarter') says more about the
        # level, not what it is; words under it ('246' / 'went missing') are its subject
        trend = bool(out) and bool(_BARE_LEVEL.match(out[-1])) and unicodedata.category(line[0]) == "So"
        if not out or out[-1].endswith((".", "!", "?")) or trend or (
                has_figure and not open_end and (starts_figure or new_with_figure)):
            out.append(line)
        else:
            out[-1] += " " + line
    return out


# a line that stops mid-phrase: it goes on on the next line, however short it is
# a numbered paragraph or heading ('2.2 Re-referrals …', '3. Children in care'): committee reports number them
PARA_NUMBER = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)*\s+(?=[A-Z(‘'\"])")
_MID_PHRASE = re.compile(r"[,;(\-–]$|\b(?:and|or|of|the|to|a|an|in|on|at|by|for|from|with|than)$")


_LINE_NUMBER = re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z])")


def without_list_numbers(page_text: str) -> str:
    """Page text with the numbers of a numbered list taken off its lines ('1 Front door' / '2 Children in
    care'; an agenda's '27 Children in care annual report' / '28 …'): a line's leading whole number that
    the next numbered line continues (n, n+1) orders the page and counts nothing. A lone one
    ('12 New foster carers approved') is kept."""
    lines = page_text.split("\n")
    numbered = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _LINE_NUMBER.match(ln))]
    listed = {k for (i, n), (j, m) in zip(numbered, numbered[1:]) if m == n + 1 for k in (i, j)}
    return "\n".join(_LINE_NUMBER.sub("", ln) if i in listed else ln for i, ln in enumerate(lines))


def paragraphs(page_text: str) -> list[str]:
    """A page's text as paragraphs: a short line with no closing punctuation (a heading) ends one."""
    paras, cur = [], []
    lines = [ln.rstrip() for ln in page_text.split("\n")]
    width = max((len(ln.strip()) for ln in lines), default=0)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if re.match(r"^[\u2022\uf0b7•▪◦\-–]\s*", s) and cur:  # a bullet starts a new paragraph
            paras.append(" ".join(cur))
            cur = []
        cur.append(re.sub(r"^[\u2022\uf0b7•▪◦]\s*", "", s))
        # a heading is short for its page: on a narrow portrait page a wrapped body line is under 70 characters
        heading_like = len(s) < min(70, 0.75 * width) and not re.search(r"[.,;:%)]$", s) and not _MID_PHRASE.search(s)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        # a sentence ending well short of the line width ends its paragraph
        short_end = s.endswith((".", "!", "?", ":")) and len(s) < 0.7 * width
        # a line far short of the width that does not stop mid-phrase is a line of its own (a byline, a date)
        short_end = short_end or len(s) < 0.7 * width and not _MID_PHRASE.search(s)
        after = lines[i + 2].strip() if i + 2 < len(lines) else ""
        # a heading under a closed line ('… 3.1% (England 4.0%)' then 'Care leavers'): short, capitalised,
        # unpunctuated, and followed by a new sentence or nothing
        heading_next = bool(re.search(r"[.!?:)%\d]$", s)) and nxt[:1].isupper() and len(nxt) < 0.5 * width \
            and not re.search(r"[.,;:%)]$", nxt) and not _MID_PHRASE.search(nxt) \
            and (not after or after[:1].isupper() or after[:1].isdigit() or after[:1] in "\u2022\uf0b7•▪◦")
        numbered_next = bool(PARA_NUMBER.match(nxt)) and bool(re.search(r"[.!?:;)]$", s))
        if (heading_like or short_end or heading_next or numbered_next) \
                and (not nxt or nxt[:1].isupper() or nxt[:1].isdigit()):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return [p for p in paras if p.strip()]


# segment kinds whose prose is not reported performance: a debate's minutes, an agenda, a forward plan
NOT_PROSE_SEGMENTS = ("minutes", "agenda", "action_sheet", "forward_plan", "blank")
_PLAN_HEADER = re.compile(r"\b(lead|owner|responsible(?:\s+officer)?|accountable|deadline|timescales?|time\s*frame|"
                          r"target\s+date|due\s+date|b?rag|status|progress|update|by when|"
                          r"success measures?|outcome measures?|evidence of (?:impact|success))\b", re.I)


def _pieces_of(text: str) -> list[str]:
    # a cell may break a word at its hyphen ('re-' / 'referrals') where the page text does not
    return [p for w in text.split() for p in w.split("-") if p]


def _row_tokens(tables: list[dict]) -> list[set[str]]:
    """The words of each table row. A line of page text inside a table prints one row (its cells side
    by side), so its words come from one row; a sentence that only talks about the table's measures
    takes words from several rows and from none."""
    return [{w for c in row if c for w in _pieces_of(c["text"])} for t in tables for row in t.get("rows", [])]


def _prose_text(page: dict, tiles: list[dict] = ()) -> str:
    """A page's text without the lines its tables and tiles print (those are read as such)."""
    tables = page.get("tables") or []
    if not tables and not tiles:
        return page.get("text", "")
    rows = _row_tokens(tables)
    # a line of page text runs across a row of tiles ('3,412 18% 86%'): its words come from several
    rows += [{p for t in tiles for w in t["words"] for p in _pieces_of(w)}] if tiles else []
    # … and across two rows of a table whose cells sit in the middle of rows of different heights: a line
    # of four or more words every one of which the table prints is the table's
    whole = [{w for r in t.get("rows", []) for c in r if c for w in _pieces_of(c["text"])} for t in tables]
    keep = []
    for line in page.get("text", "").split("\n"):
        words = _pieces_of(line)
        if words and any(sum(w in row for w in words) / len(words) >= 0.8 for row in rows):
            continue
        if len(words) >= 4 and any(all(w in table for w in words) for table in whole):
            continue
        keep.append(line)
    return "\n".join(keep)


def _tile_units(page: dict) -> list[tuple[str, str | None, str, str | None]]:
    """Text units from a page's non-KPI tables: (text, heading, kind, row measure) per cell.

    A tile ('Children in Care / 471 / Rate of 63 per 10,000') is read as a
    short paragraph under its first line; a plan table's cells are read for
    targets only, and a cell under a success-measure heading ('Success measure', 'Target') is itself a
    target ('success'). A progress cell's row measure is what its row aims at (the success measure, else the
    action): 'Q2 performance 64%' is a level of it.
    """
    out = []
    for t in page.get("tables") or []:
        rows = t.get("rows") or []
        cells = [c["text"] for row in rows for c in row if c and c["text"].strip()]
        header = " ".join(c["text"] for c in (rows[0] if rows else []) if c)
        # an action printed as a small table of its own, labelled down its first column ('Action 1.1 | …',
        # 'Lead | …', 'Deadline | …'): a plan table on its side
        labelled = _is_labelled_action(rows)
        plan = bool(_PLAN_HEADER.search(header)) or labelled
        if not plan and any(
                re.match(r"^\s*[+\-−]?\d[\d,.]*\s*%?\**\s*(?:\(.{0,12}\))?\s*$", c) for c in cells):
            continue  # cells that are bare figures: a KPI or count table, read as a table (extract/kpi_tables.py)
        tiles = sum("\n" in c and re.search(r"\d", c) is not None for c in cells) * 2 >= len(cells)
        kind = "targets" if plan else "tile" if tiles else "cell"
        heads = [" ".join(c["text"].split()) if c else "" for c in (rows[0] if rows else [])]
        action_col = next((j for j, h in enumerate(heads) if _ACTION_HEADER.match(h)), None) if plan and not labelled else None
        for r, row in enumerate(rows):
            label = " ".join(row[0]["text"].split()) if row and row[0] else ""
            action = _row_action(rows, row, action_col, labelled)
            aimed_at = next((" ".join(c["text"].split()) for j, c in enumerate(row)
                             if c and c["text"].strip() and r > 0 and j < len(heads) and not labelled
                             and _SUCCESS_HEADER.search(heads[j])), None) or action
            for j, c in enumerate(row):
                if not c or not c["text"].strip() or labelled and j == 0:
                    continue
                head = label if labelled else heads[j] if r > 0 and j < len(heads) else ""
                success = kind == "targets" and bool(_SUCCESS_HEADER.search(head))
                progress = kind == "targets" and not success and bool(_PROGRESS_HEADER.search(head))
                baseline = kind == "targets" and not success and bool(_BASELINE_HEADER.search(head))
                lines = [ln.strip() for ln in c["text"].split("\n") if ln.strip()]
                heading = None
                if kind == "tile" and len(lines) > 1 and not re.search(r"\d", lines[0]):
                    heading = lines[0]
                    lines = lines[1:]
                if (success or progress or baseline) and action and _is_bare(c["text"]):
                    heading = action  # a bare '85%' under 'Target': the row's action names the measure
                out.append(("\n".join(lines), heading,
                            "success" if success else "progress" if progress else "baseline" if baseline else kind,
                            aimed_at if progress else None))
    return out


# the plan column that states the action ('Action', 'Actions', 'What we will do')
_ACTION_HEADER = re.compile(r"^(?:key\s+)?(?:actions?|what\s+(?:we\s+will|will\s+we)\s+do|activity|activities|tasks?)\b", re.I)
# a plan column giving where a measure started ('Baseline', 'Starting point')
_BASELINE_HEADER = re.compile(r"\bbaseline\b|\bstarting\s+point\b", re.I)


def _row_action(rows: list, row: list, action_col: int | None, labelled: bool) -> str | None:
    """The text of the action a plan row (or a labelled action table) states."""
    if labelled:
        first = next((r for r in rows if r and r[0] and re.match(r"(?i)^\s*action\b", r[0]["text"]) and len(r) > 1), None)
        return " ".join(first[1]["text"].split()) if first and first[1] else None
    if action_col is not None and action_col < len(row) and row[action_col]:
        return " ".join(row[action_col]["text"].split()) or None
    return None


def _is_bare(text: str) -> bool:
    """A cell that gives figures and when, but names no measure ('85%', '240', '20% by March 2025')."""
    return len(_words(_without_periods(re.sub(r"[+\-−]?\d[\d,.]*\s*%?", " ", text)))) <= 1


_LEVEL_UNITS = ("percent", "rate_per_10000", "ratio", "days", "score")


def _is_labelled_action(rows: list) -> bool:
    """Is a table one action labelled down its first column: an action or reference row, and at least
    two rows labelled as a plan's columns are headed ('Lead', 'Deadline', 'RAG status', 'Progress')?"""
    labels = [" ".join(row[0]["text"].split()) for row in rows if row and row[0] and len(row) >= 2]
    planned = {m.group(1).lower() for lb in labels if len(lb.split()) <= 3 for m in [_PLAN_HEADER.search(lb)] if m}
    return len(planned) >= 2 and any(re.match(r"(?i)^(?:action|ref|recommendation|no\.?)\b", lb) for lb in labels)


# a plan column whose cells say what the action is to achieve ('Success measures', 'Target', 'How will we know')
# ('Target date' is a deadline)
_SUCCESS_HEADER = re.compile(r"\bsuccess\b|\bmeasures?\s+of\b|\boutcome\s+measures?\b|\bhow\s+(?:will\s+we|we\s+will)\s+know\b|"
                             r"\btargets?\b(?!\s*(?:date|timescale|completion|deadline|end))|\bkpi\s+targets?\b|"
                             # as extract/plans.py reads a plan's columns: what the action is to show
                             r"\bevidence\s+of\s+(?:impact|success)\b|what\s+does\s+good\s+look\s+like|"
                             r"what\s+difference\s+(?:will|would|should)", re.I)
# a plan column reporting where the measure is now ('Progress update', 'Impact', 'Current position')
_PROGRESS_HEADER = re.compile(r"\b(?:progress|update|impact|current\s+position|evidence)\b", re.I)
# words before a success measure's figure that say it is where the measure starts, not where it is to get
_STARTS_AT = re.compile(r"\b(?:currently|current|baseline|at present|presently|now|from|was|were|is|are)\b[^;:]*$", re.I)


_PERFORMANCE = re.compile(r"\bperformance\b|\bkpis?\b|key (?:performance )?indicators|scorecard|dashboard|"
                          r"\bin numbers\b|at a glance|key (?:facts|figures|data)|\bdata (?:summary|report)\b", re.I)


def is_performance_page(text: str) -> bool:
    """Does a page's heading (its first lines) announce performance reporting?"""
    head = " ".join(ln.strip() for ln in text.split("\n")[:2])
    return bool(_PERFORMANCE.search(head))


def dashboard_period(text: str, context: str | None = None, paper_month: str | None = None) -> str | None:
    """The period a dashboard's title names ('Performance dashboard - September 2024', 'Our year in
    numbers 2023/24'): its tiles state none of their own."""
    for line in text.split("\n")[:2]:
        if _PERFORMANCE.search(line):
            raw, period = find_period(line, context, paper_month)
            if raw and period and not is_year_before(raw):
                return period
    return None


def tile_period(text: str, context: str | None = None, paper_month: str | None = None) -> str | None:
    """The period a line of a tile gives alone ('Q2 2024/25', 'As at 30 Sep 2024'): the tile's figures are for it."""
    for line in text.split("\n")[1:]:
        raw, period = find_period(line, context, paper_month)
        rest = line.replace(raw or "", " ") if raw else line
        if raw and period and not re.search(r"\d", rest) and len(rest.split()) <= 3 and not is_year_before(raw):
            return period
    return None


def _lead_in_period(text: str, context: str | None, paper_month: str | None) -> tuple[str, str | None] | None:
    """The period a lead-in gives the list under it ('Our position at the end of 2023/24:'); the list
    runs until a paragraph with no figure (the next heading)."""
    if not text.rstrip().endswith(":"):
        return None
    raw, period = find_period(text, context, paper_month)
    return (raw, period) if raw and period else None


def prose_observations(paper, extracted: dict, context: str | None, make_observation,
                       context_of=None) -> list[dict]:
    """Observations from the sentences (and tiles) of a paper's report pages."""
    segments = extracted.get("segments") or []
    paper_month = paper.published[:7] if re.match(r"^\d{4}-\d{2}", paper.published or "") else None
    out = []
    for page in extracted.get("pages") or []:
        seg = segment_at(segments, page["number"])
        if seg and seg.get("kind") in NOT_PROSE_SEGMENTS:
            continue
        if paper.doc_type == "minutes_pack" and not is_performance_page(page.get("text", "")) \
                and not (seg and _PERFORMANCE.search(seg.get("title") or "")):
            # a pack binds many officer reports whose narrative figures are context, not reported
            # performance; its KPI statements sit in performance sections (summaries, dashboards),
            # or in a report whose title says it reports performance ('Quarterly Performance Report')
            continue
        if context_of is not None:
            context = context_of(page["number"]) or context
        page_tiles = page.get("tiles") or []
        units = [(para, None, "prose", None) for para in paragraphs(without_list_numbers(_prose_text(page, page_tiles)))]
        units += _tile_units(page)
        units += [(t["text"], t["heading"], "tile", None) for t in page_tiles]
        lead_in: tuple[str, str | None] | None = None
        tile_context = dashboard_period(page.get("text", ""), context, paper_month) or context
        for u_index, (text, heading, kind, row_measure) in enumerate(units):
            if kind == "tile":
                found = statements(text, tile_period(text, tile_context, paper_month) or tile_context, heading,
                                   paper_month)
            else:
                found = statements(text, lead_in[1] if lead_in else context, heading, paper_month,
                                   aimed=kind == "success", about=row_measure)
            if kind == "prose" and not found:
                lead_in = _lead_in_period(text, context, paper_month)
            for f_index, f in enumerate(found):
                own = f.clause[len(heading):] if heading and f.clause.startswith(heading) else f.clause
                if kind == "success" and f.comparator == "council" and f.clause \
                        and not _STARTS_AT.search(re.split(r"\d[\d,.]*", own[:max(own.find(f.value_raw), 0)])[-1]):
                    # ('reduced from 24% to below 20%': 'from' starts the figure after it, not the aim after that)
                    # '90% of supervisions on time by September 2024' under 'Success measure': what is aimed at
                    f.comparator = "target"
                    by = find_period(f.clause, context, paper_month)[0]
                    f.period_raw, f.period = (by, target_period(by, paper_month, context)) if by else (None, None)
                # a progress note's share or rate is the measure's level then ('84% on time in August'); its
                # counts are mostly of the work done ('12 offers made', '40 plans audited'), so they give nothing
                progress_level = kind == "progress" and f.comparator != "target" and f.unit in _LEVEL_UNITS \
                    and not f.extra.get("change")
                # a baseline is the level when the plan began: a figure only where the cell says when ('68% (Mar 24)')
                baseline_level = kind == "baseline" and f.comparator == "council" and bool(f.period_raw) \
                    and f.period_raw in text and not f.extra.get("change")
                if kind in ("targets", "success", "progress", "baseline") and f.comparator != "target" \
                        and not progress_level and not baseline_level:
                    continue
                period_raw, period = f.period_raw, f.period
                if period_raw is None and lead_in and f.comparator != "target":
                    period_raw = lead_in[0]
                if f.comparator == "target" and kind in ("targets", "success", "progress", "baseline") \
                        and not (kind == "success" and period_raw):
                    period_raw, period = _row_deadline(page, text) or (period_raw, period)
                fig = Figure(f.value, f.unit)
                observation = make_observation(
                    paper, f.clause, fig, f.value_raw, f.comparator, period_raw, period, page["number"],
                    ("prose", page["number"], u_index, f_index), source="prose",
                    segment_id=seg.get("segment_id") if seg else None,
                    context_labels=tuple(x for x in (f.extra.get("context"), heading, row_measure) if x),
                    change=bool(f.extra.get("change")))
                if progress_level and observation.get("indicator_id") is None:
                    continue  # '75% of staff trained': a share of the work done, no measure the catalogue knows
                out.append(observation)
    return out


def _row_deadline(page: dict, cell_text: str) -> tuple[str, str | None] | None:
    """The deadline printed in the same table row as a target cell: the period the target is for."""
    folded = " ".join(cell_text.split())
    for t in page.get("tables") or []:
        rows = t.get("rows") or []
        if _is_labelled_action(rows):  # an action on its side: its deadline is a row of its own
            rows = [[c for row in rows for c in row[1:]]]
        for row in rows:
            texts = [" ".join(c["text"].split()) if c else "" for c in row]
            if folded not in texts:
                continue
            dated = [(raw, other) for other in texts if other != folded for raw in [find_period(other)[0]] if raw]
            # a row with a start and an end date ('01/04/2024 | 31/12/2024') is due by its last date
            whole = [raw for raw, other in dated if raw.strip() == other.strip() and target_period(raw)]
            if len(whole) > 1:
                raw = max(whole, key=lambda r: (period_span(target_period(r)) or ("", ""))[1])
                return raw, target_period(raw)
            if dated:
                return dated[0][0], target_period(dated[0][0])
    return None
