"""Printed KPI labels → ids of the indicator catalogue (normalise/data/indicators.csv).

The order of tries follows ../shared/reference/INDICATORS.md: the whole label
against every name and synonym; then the longest synonym found inside the
label (bare box labels such as 'Compliments' or 'A1' only ever match a whole
label); then a fuzzy match. Every try keeps only indicators whose unit
agrees with the figure's, and refuses a different age band, so a count never
lands on a rate and '17-18' never on '19-21'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from normalise.catalogue import load_catalogue
from normalise.values import spelt_percents_as_digits

COVER_MIN = 0.5  # a synonym found inside a label must carry more than this share of its content words
FUZZY_MIN = 85  # rapidfuzz token_sort_ratio; below this a label stays unmapped
_AGE_BAND = re.compile(r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b")
_ID_BAND = re.compile(r"(?<![a-z\d])(\d{1,2})_(\d{1,2})(?![a-z\d])")


def fold(label: str | None) -> str:
    """Lower case, punctuation to spaces, '%'/'no.' spelt out, small numbers as digits, white space folded."""
    t = (label or "").lower().replace("%", " percentage ").replace("&", " and ")
    t = re.sub(r"(\d)\s*\+(?!\s*\d)", r"\1 or more ", t)  # '3+ placements' is '3 or more placements'; '+0.2' is a sign
    t = re.sub(r"\bno\.\s", "number ", t)
    t = re.sub(r"\bper 10k\b", "per 10 000", t)
    t = re.sub(r"\b(\d+)\s*hrs?\b", r"\1 hours", t)  # '72hrs', '24 hr'
    t = re.sub(r"\bs\s?47(s?)\b", r"section 47\1", t)  # 'S47 enquiries'
    t = re.sub(r"\b2nd\b", "second", t)  # 'CP plans 2nd or subsequent time'
    t = _ACRONYM.sub(lambda m: _ACRONYMS[m.group()], t)
    t = re.sub(r"\bft\b", "fixed term", t)  # 'FT exclusions'; FTE is a different word
    t = re.sub(r"[^a-z0-9+]+", " ", t)
    t = _LOOKED_AFTER.sub("children in care", t)
    t = re.sub(r"\blooked after\b", "in care", t)  # 'who had been looked after for 2.5 years'
    t = re.sub(r"\b(?:looking|look|looks) after ((?:\d+ )?children)\b", r"\1 in care", t)  # 'we look after 356 children'
    t = re.sub(r"\b(children in care|care leavers|children in need) population\b", r"\1", t)  # the group itself
    t = re.sub(r"\bre(?=referr|offend)", "re ", t)  # 'rereferrals', 'reoffending': as they print hyphened
    t = re.sub(r"\behcps?\b", lambda m: "ehc plans" if m[0].endswith("s") else "ehc plan", t)  # as often spelt out
    # 'aged 19 to 21' is the '19-21' band ('rose from 24 to 19' is no band: it falls)
    t = re.sub(r"\b(\d{1,2}) to (\d{1,2})\b", lambda m: f"{m[1]} {m[2]}" if int(m[1]) < int(m[2]) else m[0], t)
    # 'lasting two years or more' is the catalogue's 'lasting 2 years or more' ('one' is too often a pronoun)
    t = _NUMBER_WORD.sub(lambda m: str(_NUMBER_WORDS.index(m.group()) + 2), t)
    return " ".join(t.split())


# acronyms councils print for a measure's words, spelt out on both sides so either form matches
_ACRONYMS = {"nfa": "no further action", "uasc": "unaccompanied asylum seeking children", "la": "local authority",
             "cla": "children in care", "lac": "children in care", "cic": "children in care",
             "pep": "personal education plan", "peps": "personal education plans",
             "maths": "mathematics", "std": "standard"}
# one group, two names: 'children looked after' is the statutory term for 'children in care'
# ('our looked after rate', 'the looked after population': the group named by its adjective alone)
_LOOKED_AFTER = re.compile(r"\b(?:children looked after|looked after children|looked after(?= (?:rates?|population|numbers?)\b))")
_ACRONYM = re.compile(r"\b(?:%s)\b" % "|".join(_ACRONYMS))
_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_NUMBER_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_NUMBER_WORDS))


def _is_box_label(synonym: str) -> bool:
    """Synonyms that are bare tile/box titles ('Child Protection Plans', 'Compliments', 'A1'): whole-label use only."""
    words = synonym.split()
    # title case or capitals ('Children in Care' counts: small words may stay lower case)
    capitalised = [w for w in words if w[:1].isalpha() and w.lower() not in ("in", "of", "and", "on", "the", "for")]
    return len(words) <= 3 and all(w[:1].isupper() for w in capitalised) or len(words) == 1 and len(synonym) < 6


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, str, str, bool], ...]:
    """(folded phrase, indicator id, unit, whole-label only) for every name and synonym."""
    out = []
    stems: dict[str, set[tuple[str, str]]] = {}
    for row in load_catalogue():
        out.append((fold(row["name"]), row["id"], row["unit"], False))
        for stem in name_stems(row["name"]):
            stems.setdefault(fold(stem), set()).add((row["id"], row["unit"]))
        for syn in (row.get("synonyms") or "").split("|"):
            if syn.strip():
                out.append((fold(syn), row["id"], row["unit"], _is_box_label(syn.strip())))
    phrases = {e[0] for e in out}
    # a stem two indicators share ('CLA Key Stage 4') names neither
    out += [(stem, *ids.pop(), False) for stem, ids in stems.items() if len(ids) == 1 and stem not in phrases]
    return tuple(e for e in out if e[0])


def name_stems(name: str) -> list[str]:
    """A catalogue name without its qualifier ('New EHC plans issued within 20 weeks - excluding exceptions',
    'Contacts received by children's social care (MASH/front door)'): councils print the measure, not the
    qualifier, and the words of a qualifier would otherwise let a near namesake win. A stem of fewer
    than three content words names too little to stand alone; one that drops an age band names another measure."""
    stems = []
    for stem in (re.split(r"\s+[-–]\s+", name)[0], re.sub(r"\s*\([^()]*\)\s*$", "", name)):
        stem = stem.strip()
        if _AGE_BAND.search(name) and not _AGE_BAND.search(stem):
            continue  # the age band is the measure ('Care leavers in EET (aged 17-18)' is not the 19-21 one)
        if stem and stem != name and stem not in stems and len(content_words(fold(stem))) >= 3:
            stems.append(stem)
    return stems


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict]:
    return {r["id"]: r for r in load_catalogue()}


def _unit_ok(indicator_unit: str, unit: str | None) -> bool:
    if not unit:
        return True
    return indicator_unit == unit or {indicator_unit, unit} <= {"ratio", "score"}


def _band_ok(label: str, indicator_id: str) -> bool:
    """A label naming an age band must not map onto an indicator naming another."""
    want = _label_bands(label)
    if not want:
        return True
    have = _indicator_bands(indicator_id)
    return not have or bool(want & have)


# both cached: every label is checked against every catalogue phrase
@lru_cache(maxsize=4096)
def _label_bands(label: str) -> frozenset[tuple[str, str]]:
    return frozenset(_AGE_BAND.findall(label))


@lru_cache(maxsize=None)
def _indicator_bands(indicator_id: str) -> frozenset[tuple[str, str]]:
    row = _by_id()[indicator_id]
    # the id says the band when the name does not ('cl_eet_19_21_pct' is 'Care Leavers - Education, Employment & Training')
    return frozenset(_AGE_BAND.findall(row["name"]) + _ID_BAND.findall(row["id"]))


_STOP = set("a an the of in on at to for and or with by from as is are was were be been has have had there this that "
             "these those which who what it its their our number numbers no percentage percent rate proportion total count "
             "average and rate and percentage only all within months month weeks week days working year years "
             "our we us last quarter time on end start beginning date period current currently so far "
             "some just around approximately nearly almost roughly too many much likely unlikely "
             "january february march april may june july august september october november december "
             "jan feb mar apr jun jul aug sep sept oct nov dec".split())  # timescale words qualify a measure; they do not name it


def content_words(folded: str) -> set[str]:
    return {w for w in folded.split() if w not in _STOP and not w.isdigit()}


def _coverage(synonym: str, folded_label: str) -> float:
    label = content_words(folded_label)
    return len(content_words(synonym) & label) / len(label) if label else 1.0


def _covers(synonym: str, folded_label: str) -> bool:
    """A synonym found inside a label must carry most of its content, so 'children in care' does not
    claim 'Number of children in care with a Placement Order'."""
    label = content_words(folded_label)
    return not label or len(content_words(synonym) & label) / len(label) > COVER_MIN


# words that go on to pick out some of those a phrase names ('children in care with a PEP', '… who were adopted')
_NARROWING = re.compile(r"(?:with|without|who|whose|that|which|aged|having)\b")


def _narrowed_after(folded_label: str, synonym: str) -> bool:
    """Does the label go on, after the synonym, to pick out a subgroup of what it names?"""
    at = f" {folded_label} ".find(f" {synonym} ")
    return bool(_NARROWING.match(folded_label[at + len(synonym):].lstrip()))


def _contains(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "


@lru_cache(maxsize=4096)
def map_indicator(label: str | None, unit: str | None = None) -> str | None:
    """Catalogue id for a printed label and the unit of its figure, or None if unmapped."""
    folded = fold(label)
    if not folded:
        return None
    entries = [e for e in _entries() if _unit_ok(e[2], unit) and _band_ok(label or "", e[1])]
    # the catalogue's own words for a measure name it, whatever band they print ('for 18 to 21 year olds (NEET)')
    exact = [ind for phrase, ind, u, _ in _entries() if phrase == folded and _unit_ok(u, unit)]
    if exact:
        # the same words listed for two rows: the one whose name adds no group the label does not print
        broad = [ind for ind in exact if not _narrower(fold(_by_id()[ind]["name"]), folded)]
        return (broad or exact)[0]
    # a synonym inside the label: the one carrying most of the label wins, in any unit; a winner in
    # another unit hands over to its sibling in ours ('placed with parents' % → count), else the best in ours
    any_unit = [e for e in _entries() if _band_ok(label or "", e[1])]
    inside = [(_coverage(p, folded), len(p), ind, ind_unit) for p, ind, ind_unit, whole in any_unit
              if not whole and len(p) >= 8 and _contains(folded, p) and _covers(p, folded) and not _drops_flow(p, folded)
              and not _narrowed_after(folded, p)]
    if inside:
        best = max(inside)
        if _unit_ok(best[3], unit):
            return best[2]
        if sibling(best[2], unit):
            return sibling(best[2], unit)
        mine = [c for c in inside if _unit_ok(c[3], unit)]
        if mine:
            return max(mine)[2]
    # fuzzy: same words in another order or spelling ('Re-referrals within 12 months' ~ 'Rereferrals in 12 months');
    # token_sort, not token_set, so a short synonym cannot claim a longer label that merely contains its words
    choices = {i: e[0] for i, e in enumerate(entries) if not e[3]}
    best = process.extractOne(folded, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_MIN)
    if best and len(best[0].split()) >= 3 and _covers(best[0], folded) and not _narrower(best[0], folded) \
            and _respelt(best[0], folded) and not _drops_flow(best[0], folded) \
            and not (thresholds(best[0]) and thresholds(folded) and not thresholds(best[0]) & thresholds(folded)):
        # (a time limit both print must be the same one: 'within 45 days' is not 'within 30 days')
        # the nearest phrase names a rate the label does not: the label's measure, in a unit not known
        return None if _adds_rate(best[0], folded, unit, entries[best[2]][2]) else entries[best[2]][1]
    return None


def _respelt(synonym: str, folded_label: str) -> bool:
    """Every content word of a fuzzy match is in the label, perhaps spelt another way: 'rereferrals' for
    're-referrals' passes; 'becoming' ('children becoming subject to a plan') added to 'subject to a plan' does not."""
    label = content_words(folded_label)
    return all(any(fuzz.ratio(w, x) >= 80 for x in label) for w in content_words(synonym))


# words that narrow a measure to a group: a synonym may not add one the label does not print
# ('permanent exclusions CiC' is not 'Permanent exclusions' of all pupils)
_GROUPS = {"cic", "cla", "lac", "care", "leavers", "looked", "cin", "cp", "uasc", "send", "sen", "ehcp", "ehc", "disabled",
           "disability", "asylum", "adopted", "fostered", "girls", "boys", "under", "aged"}


def _narrower(synonym: str, folded_label: str, unsaid: set[str] = frozenset()) -> bool:
    return bool((content_words(synonym) - content_words(folded_label)) & _GROUPS - unsaid)


# words that make a measure a flow over a period ('children starting to be looked after'), not the
# number at a date ('children looked after'): a label printing one never maps to a phrase without it
_FLOW = {"becoming", "became", "become", "starting", "started", "start", "starts", "ceasing", "ceased", "cease",
         "entering", "entered", "leaving", "left", "new", "ended", "ending", "closed", "closing"}


# … and words that make it another measure of the same thing ('adjusted' A10 beside A1; of a workforce,
# its vacancies, agency staff, turnover or absence beside its size: 'Social worker vacancies (FTE)' is not
# 'Social workers (FTE)')
_ADJUSTED = {"adjusted"}
_OTHER_MEASURES = ({"vacancy", "vacancies"}, {"agency"}, {"turnover"}, {"sickness", "absence", "absent"},
                   {"repeat", "repeated", "second", "subsequent"}, {"without", "not", "no", "non", "neet"},
                   {"maternity"})


def _drops_flow(phrase: str, folded_label: str) -> bool:
    """Does the label print a word that makes its measure another one (a flow, an adjusted measure, a
    workforce's vacancies) that the phrase does not, or the phrase one of another measure the label does not?"""
    label, words = set(folded_label.split()), set(phrase.split())
    if any(label & kind and not words & kind for kind in (_FLOW, _ADJUSTED, *_OTHER_MEASURES)):
        return True
    # … or the other way round: 'care leavers in education, employment or training' is not those *not* in it,
    # nor 'social workers' their vacancies (a flow word a label leaves out still names the flow: 'Referrals')
    return any(words & kind and not label & kind for kind in _OTHER_MEASURES)


_RATE = re.compile(r"\b(?:rate|per 10 ?000|per 10k)\b")


def _adds_rate(phrase: str, folded_label: str, unit: str | None, phrase_unit: str) -> bool:
    """A rate phrase near a label that names no rate ('rate of children subject to a child protection
    plan' ~ 'Children subject to a child protection plan': 402) would turn a count into a rate. A share
    called a rate ('social worker turnover rate', a percentage) changes no unit."""
    return phrase_unit == "rate_per_10000" and unit != "rate_per_10000" and bool(_RATE.search(phrase)) \
        and not _RATE.search(folded_label)


_LEVEL_ASIDE = re.compile(r"\s*,\s*(?:currently|presently|at present|now|(?:which|that)\s+(?:is|was|stands?|stood)(?:\s+at)?)"
                          r"\s+[+\-−]?\d.*$", re.I)
_AIM = re.compile(r"^.*?\b(?:(?:aims?|plans?|intends?|expects?|wants?|ambition is|target is|goal is)\s+to|will|shall)\s+(?:\w+\s+){0,2}?"
                  r"(?:reduce|increase|improve|raise|lower|cut|reach|halve|maintain|sustain)\s+(?:the\s+)?"
                  r"(?:(?:number|proportion|percentage|share|rate)\s+of\s+)?", re.I)
_AIM_OPENING = re.compile(r"^\W*(?:reduce|increase|improve|raise|lower|cut|halve|reach|maintain|sustain)\s+(?:the\s+)?"
                          r"(?:(?:number|proportion|percentage|share|rate)\s+of\s+)?(?=\w)", re.I)
_AIMED_FIGURE = re.compile(r"\s+(?:to|at|by|below|above)\s+[+\-−]?\d[\d,.]*\s*%?.*$", re.I)


@lru_cache(maxsize=1)
def _catalogue_words() -> frozenset[str]:
    return frozenset(w for phrase, _, _, _ in _entries() for w in phrase.split())


def rejoin_broken_words(label: str) -> str:
    """'assessment s', 'accommoda tion' → 'assessments', 'accommodation': a word a narrow cell broke over two
    lines without a hyphen, put back where the joined word is one the catalogue uses and a piece is not."""
    words = label.split(" ")
    out: list[str] = []
    for w in words:
        if out and re.fullmatch(r"[a-z]+", w) and re.search(r"[A-Za-z]$", out[-1]):
            joined = fold(out[-1] + w)
            known = all(len(p) > 2 and p in _catalogue_words() for p in (fold(out[-1]), fold(w)))
            if joined in _catalogue_words() and not known:
                out[-1] += w
                continue
        out.append(w)
    return " ".join(out)


_COMPARISON = re.compile(r"\s*,?\s*\b(?:against|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|above|below|"
                         r"higher than|lower than|better than|worse than|in line with|(?:places?|puts?|ranks?|placing|putting)\s+"
                         r"(?:us|the council|the authority|it)|in the (?:top|bottom|lowest|highest) quartile)\b"
                         r"(?=.*(?:\d|\bnational|\bengland\b|\bneighbour|\bregion|\baverage\b)).*$", re.I)

# an aside after a comma saying how the level moved ('…, an improvement on last year (81.2%)', '…, a net increase
# of 14', '…, up from 61%'): no part of what is measured
_MOVE_ASIDE = re.compile(r"\s*,\s*(?:(?:an?|the)\s+(?:\w+\s+)?(?:improvement|increase|decrease|rise|fall|reduction|decline|"
                         r"deterioration|drop)\b|(?:up|down)\s+(?:from|on)\b"
                         # ('…, 45 more than a year earlier')
                         r"|[+\-−]?\d[\d,.]*\s*%?\s+(?:more|fewer|less|higher|lower)\s+than\b).*$", re.I)

# a number inside a subject is part of the measure's name: 'within 12 months', 'aged 19-21', '3 or more'
_NAMED_NUMBER = r"\d+(?:\s*[-–]\s*\d+|\+|(?=\s+(?:working\s+)?(?:days?|weeks?|months?|years?|hours?|miles?|or\s+more)\b))"
_SHARE_IN_WORDS = re.compile(r"^(?:just\s+)?(?:(?:well\s+)?(?:over|under|almost|nearly|around|about|approximately|more than|"
                             r"less than|fewer than)\s+)?(?:a|one|two|three|four|the\s+(?:majority|vast majority))"
                             r"(?:\s+(?:half|thirds?|quarters?|fifths?|tenths?))?\s*\([^)]*\d[^)]*\)\s*of\s+(?:the\s+|our\s+)?",
                             re.I)
_SUBJECT = re.compile(r"^((?:[^\d]|per\s+10,?000|per\s+100,?000|" + _NAMED_NUMBER + r")+?)"
                      # a relative clause's verb is inside the subject ('the proportion … who are agency staff has fallen')
                      r"(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s+(?:has\s+|have\s+|had\s+)?(?:fell|fallen|rose|risen|increased|decreased|dropped|dipped|slipped|climbed|grew|"
                      r"reduced|improved|deteriorated|went|stood|stands|stand|remained|remains|remain|stayed|stays|stay|was|were|is|are|been|"
                      r"accounts?\s+for|accounted\s+for|make\s+up|makes\s+up|made\s+up|represents?|represented|averaged|averages|"
                      r"stabili[sz]ed|settled|levelled|totall?ed|totals)\b(?=.*\d)", re.I)


# minutes report what was said, and by whom, before the measure: 'The Committee was informed that 87% of …',
# 'Members asked why only 46% of …', 'Members welcomed the improvement in EHCP timeliness to 62%'
_REPORTED = re.compile(r"^[^\d;]{0,80}?\b(?:informed|reported|noted|confirmed|explained|advised|told|stated|said|highlighted|"
                       r"heard|assured|reminded|updated|commented|added|clarified|indicated|acknowledged|observed|"
                       r"recogni[sz]ed|pleased|know|knew|found|believe|reports|shows?|showed|confirms|notes|says|tells|"
                       r"suggests|indicates)(?:\s+[\w,]+){0,4}?\s+that\s+", re.I)
_ASKED = re.compile(r"^[^\d;]{0,60}?\b(?:asked|queried|questioned|enquired|challenged|welcomed|praised|celebrated)\s+"
                    r"(?:about\s+|why\s+|whether\s+|how\s+|if\s+)?(?:the\s+)?(?:only\s+)?(?=\S)", re.I)
# 'We rank 3rd of 11 statistical neighbours for the timeliness of …': where the council stands, then the measure
_RANKED = re.compile(r"^[^\d;]{0,40}?\brank(?:s|ed)?\s+\w+\s+(?:of|out\s+of)\s+\d+\s+(?:[\w-]+\s+){0,4}?(?:for|on|in)\s+", re.I)
_PERFORMANCE_ON = re.compile(r"^\s*(?:the\s+)?(?:performance|improvement|progress|increase|reduction|rise|fall|decline|"
                             r"deterioration)\s+(?:on|in|of|against|for)\s+(?:the\s+)?(?=\S)", re.I)


_BEFORE_SHARE = re.compile(r"\s+(?:for|in|at|with)\s+(?:just\s+)?(?:over|under|nearly|almost)?\s*[+\-−]?\d[\d,.]*\s*%\s+of\b")


def without_lead_in(label: str) -> str:
    """A statement without who said or asked it ('It was noted that …') or the word for how it went
    ('Performance on visits …'): neither names the measure."""
    return _PERFORMANCE_ON.sub("", _RANKED.sub("", _ASKED.sub("", _REPORTED.sub("", label))))


def label_variants(label: str) -> list[str]:
    """The label (its broken words rejoined), then shorter cores of it to try in turn: without a category suffix
    (' - STAGE 1'), without the period it prints, without bracketed notes and acronyms ('CSCS', '(SW)')."""
    from normalise.periods import find_period

    label = rejoin_broken_words(label)
    out = [label]
    core = re.sub(r"\s+-\s+[^-]+$", "", spelt_percents_as_digits(label))
    core = re.sub(r"\s*(?:\(%\)|%)\s*$", "", core)  # 'Turnover %': the unit mark is not the measure
    raw, _ = find_period(core)
    if raw:
        core = core.replace(raw, " ")
    out.append(core)
    if (plain := without_lead_in(core)) != core:
        core = plain
        out.append(core)
    # a statement compares its figure with a benchmark; the comparison names no measure
    # ('The reoffending rate was 31.2% against 32.5% for England')
    core = _MOVE_ASIDE.sub("", _COMPARISON.sub("", core))
    # an aside giving today's level follows the measure it is about: 'The average caseload, which stood at 17 …'
    core = _LEVEL_ASIDE.sub("", core)
    # the subject of a statement names the measure: 'First time entrants … fell to 180 per 100,000 …'
    subject = _SUBJECT.match(core)
    if subject and len(content_words(fold(subject.group(1)))) >= 2:
        out.append(subject.group(1))
    # a measure named before its figure: 'Assessments were completed within 45 working days for 87% of children'
    before = _BEFORE_SHARE.split(core, maxsplit=1)[0]
    if before != core and len(content_words(fold(before))) >= 2:
        out.append(before)
    # an aim names its measure between the verb and the figure it aims for:
    # 'We aim to reduce the number of children placed more than 20 miles from home to 10% by …'
    aim = _AIM.sub("", core)
    if aim == core:
        aim = _AIM_OPENING.sub("", core)  # … or opens with it: 'Reduce caseloads in the assessment teams to 20'
    if aim != core:
        out.append(_AIMED_FIGURE.sub("", aim))
    # who did the work opens the clause, not what was measured: 'The service received 4,120 contacts …'
    body = WHO_DID_IT.sub("", core)
    if body != core:
        out.append(body)
    # a share in words before its figure says how many, not what: 'Just over two thirds (68%) of children …'
    share = _SHARE_IN_WORDS.sub("", core)
    if share != core:
        out.append(share)
    # 'Child Protection Plans 236'; a bound is part of the measure ('3 or more placements', '3+')
    # ('within 45 working days' names the measure's time limit: it stays)
    core = re.sub(r"[+\-−]?\d[\d,.]*\s*%?\**(?![\d,.]|\s*(?:or more|plus|\+|(?:working\s+)?(?:days?|weeks?|months?|"
                  r"years?|hours?|hrs?|miles?)\b))", " ", core)
    out.append(core)
    # what the clause counts, without its scene-setting: 'At the end of June there were children in care'
    out.append(re.sub(r"^.*?\bthere\s+(?:are|were|was|is|have been|has been|had been)\s+", "", core, flags=re.I))
    # the clause's grammar, not its meaning: '87 ICPCs were held' → 'ICPCs held'
    out.append(re.sub(r"\b(?:were|was|are|is|have been|has been|had been|there|have|has|had|been)\b", " ", core, flags=re.I))
    # where in the service the figure is from says which part, not what: '… in assessment teams and in the
    # children in care teams', 'in the MASH', 'across localities'
    out += [team for v in list(out) if (team := TEAM_PHRASE.sub(" ", v)) != v and content_words(fold(team))]
    core = re.sub(r"\([^)]*\)", " ", core)
    out.append(core)  # a bracketed note ('(excluding exceptions)') without losing the acronyms that name the measure
    if (team := TEAM_PHRASE.sub(" ", core)) != core and content_words(fold(team)):
        out.append(team)  # … and without where in the service ('Caseloads average 16.5 across the service (range 12–22)')
    core = re.sub(r"\b[A-Z]{2,}s?\b", " ", core)
    out.append(core)
    seen, unique = set(), []
    for v in (" ".join(x.split()) for x in out):
        if v and v not in seen and (v == label or not _DANGLING.search(v)):
            seen.add(v)
            unique.append(v)
    return unique


# a core that lost what its narrowing word led to ('Children in care with a [PEP]', '… aged [16-17]') names no
# measure: without it, it would name the whole group
_DANGLING = re.compile(r"\b(?:with|without|who|whose|aged|having)(?:\s+(?:a|an|the))?\s*$", re.I)


WHO_DID_IT = re.compile(r"^\s*(?:the|our|this)\s+(?:service|services|team|teams|council|authority|department|hub|mash|"
                         r"front\s+door|local\s+authority)\s+(?=(?:has\s+|have\s+)?[a-z]+ed\b)", re.I)
TEAM_PHRASE = re.compile(r"\b(?:and\s+)?(?:in|across|for)\s+(?:the\s+|our\s+|each\s+)?(?:[\w'-]+\s+){0,4}?"
                          r"(?:teams?|services?|hubs?|localit(?:y|ies)|areas?)\b", re.I)


_SUFFIX = {"count": "_count", "percent": "_pct", "rate_per_10000": "_rate_per_10000", "days": "_days"}


def sibling(indicator_id: str | None, unit: str | None) -> str | None:
    """The catalogue row measuring the same thing in another unit ('cla_count' → 'cla_rate_per_10000')."""
    if not indicator_id or unit not in _SUFFIX:
        return None
    stem = re.sub(r"_(count|pct|rate_per_10000|days)$", "", indicator_id)
    candidate = stem + _SUFFIX[unit]
    return candidate if candidate in _by_id() and _by_id()[candidate]["unit"] == unit else None


_PEOPLE = re.compile(r"\b(children|child|young (?:people|person)|families|pupils|care leavers|carers|adopters|staff|"
                     r"social workers|people)\b(?!['’]s|\s+protection)", re.I)  # 'children's services', 'child protection' are not whom


def counts_people(text: str | None) -> bool:
    """Does a label or catalogue name count people ('involving 246 children')?"""
    return bool(_PEOPLE.search(text or ""))


def indicator_counts_people(indicator_id: str | None) -> bool:
    """Is the indicator a count of people rather than of events ('Missing episodes (all children)' is not)?"""
    row = _by_id().get(indicator_id or "")
    return bool(row) and row["unit"] == "count" and counts_people(re.sub(r"\(.*?\)", "", row["name"]))


def is_change_measure(indicator_id: str | None) -> bool:
    """Does the catalogue measure a change ('Net change in approved foster carer households') rather than a level?"""
    entry = _by_id().get(indicator_id) if indicator_id else None
    return bool(entry) and bool(re.search(r"\bchange\b", entry["name"], re.I))


def indicator_unit(indicator_id: str | None) -> str | None:
    """The catalogue's unit for an indicator."""
    row = _by_id().get(indicator_id or "")
    return row["unit"] if row else None


# ---- word-overlap mapping: the same content words in another wording ----------------------------------
# The tries above need a synonym's words in the printed order. Councils vary the grammar ('aged 17-18 live in
# suitable accommodation', 'children who left care because they were adopted'), so the last try compares
# lemmatised content words in any order: a label maps when one catalogue phrase and the label share at least
# OVERLAP_MIN of the larger word set, with the unit, age-band and group checks of the other tries.

OVERLAP_MIN = 0.75
# words that carry no measure: grammar, light verbs, timescale and place wording, months
_LIGHT = set("""from during between since until across among into onto per via than then also further another
more than less fewer over under about around currently now still yet already being do does did done
live lives living lived reside resides residing equating equates equate equivalent representing represents
compared same point due date so far such those them they we us he she his her who whom whose while whilst
make makes made making up held hold holds holding
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec financial calendar academic term
council councils s""".split())  # whose figure it is ('the council's vacancy rate'), not what it measures
_IRREGULAR = {"went": "go", "gone": "go", "goes": "go", "going": "go", "left": "leave", "leaving": "leave",
              "held": "hold", "children": "child", "people": "person", "began": "begin", "begun": "begin",
              "made": "make", "taken": "take", "took": "take", "seen": "see", "saw": "see", "met": "meet",
              "led": "lead"}
# words councils use for one another in a measure's name: 'referrals that led to / resulted in NFA',
# 'social work / social worker caseload'
_SAME_SENSE = {"result": "lead", "worker": "work", "rated": "grad", "judg": "grad"}  # audits rated / graded / judged good


def lemma(word: str) -> str:
    """A crude stem: 'placements' → 'placement', 'adopted'/'adoption' → 'adopt', 'went' → 'go'."""
    if word in _IRREGULAR:
        w = _IRREGULAR[word]
    else:
        w = word
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        for suffix in ("ion", "ing", "ed"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
    w = w[:-1] if len(w) > 4 and w.endswith("e") else w
    return _SAME_SENSE.get(w, w)


def lemmas(folded: str) -> set[str]:
    return {lemma(w) for w in content_words(folded) if w not in _LIGHT}


_THRESHOLD = re.compile(r"\b(\d+) (?:or more\b|(?:working )?(day|week|month|year|mile|hour)s?\b)")


def thresholds(folded: str) -> set[str]:
    """The bounds that define a measure in a folded text: 'within 15 working days' → '15 day',
    '3 or more placements' → '3+'."""
    return {f"{n} {unit}" if unit else f"{n}+" for n, unit in _THRESHOLD.findall(folded)}


# a bound that picks out part of a group ('plans lasting 2 years or more', 'over 20 miles', '3 or more
# placements'), not the time a task is allowed ('within 12 months'): a label that prints none is the whole group
_SUBGROUP = re.compile(r"\b(?:over|more than|longer than|at least|lasting|plus)\s+(\d+)\b|\b(\d+)\s+(?:or more|plus)\b"
                       r"|\b(\d+)\s+(?:working\s+)?(?:day|week|month|year|mile|hour)s?\s+(?:or more|plus|and over)\b")


def subgroup_bounds(folded: str) -> set[str]:
    """The numbers of the bounds that pick out part of a group in a folded text."""
    return {next(g for g in m.groups() if g) for m in _SUBGROUP.finditer(folded)}


# a phrase's word for 'within the time allowed', and the units a label's own time limit is given in
_TIMELY = {"timescal", "timely", "timeliness", "punctual"}
_TIME_UNITS = ("day", "week", "month", "hour")

# words that say whom a measure counts, not what it measures
_WHO = {"child", "person", "young", "people", "aged", "old"}  # "aged 16-17", "16-17 year olds"
_IN_CARE = {"care"}  # 'children in care', 'looked after' (folded to it), CLA, LAC, CiC
# the service a measure belongs to, which a label may print before it ('Youth justice reoffending rate')
_SERVICE_WORDS = {"youth_justice": {"youth", "justice", "yjs", "yot"}}


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every lemma a catalogue name or synonym uses."""
    return frozenset(w for phrase, _, _, _ in _entries() for w in lemmas(phrase))


def _names(label: str) -> set[str]:
    """Lemmas of capitalised words after the first that no catalogue phrase uses: places and bodies
    ('in Northshire', 'across the Trust'), which say where, not what."""
    words = re.findall(r"[A-Za-z][A-Za-z']*", label or "")
    return {lemma(fold(w)) for w in words[1:] if w[:1].isupper() and lemma(fold(w)) not in vocabulary()}


def _word_sets(label: str) -> set[str]:
    return lemmas(fold(label)) - _names(label)


@lru_cache(maxsize=1)
def _entry_lemmas() -> tuple[tuple[frozenset[str], str, str, str], ...]:
    """(lemmas, id, unit, folded phrase) of every name and synonym that is not a bare box label."""
    return tuple((frozenset(lemmas(p)), ind, u, p) for p, ind, u, whole in _entries() if not whole and lemmas(p))


def map_by_words(label: str | None, unit: str | None = None, clause: str | None = None) -> str | None:
    """Catalogue id whose name or a synonym shares most of the label's content words, in any order and form.

    ``clause``: when the label is a clause joined to its context (the sentence before, a tile title), the
    matched phrase must share a word with the clause itself, so the context alone never names the measure.
    Ties between indicators leave the label unmapped.
    """
    if not label:
        return None
    words = _word_sets(label)
    if not words:
        return None
    own = _word_sets(clause) if clause else words
    folded = fold(label)
    bounds = thresholds(folded)
    best: dict[str, float] = {}
    for phrase_words, ind, ind_unit, phrase in _entry_lemmas():
        if not _unit_ok(ind_unit, unit) or not _band_ok(label, ind):
            continue
        shared = phrase_words & words
        if _TIMELY & phrase_words and any(b.endswith(_TIME_UNITS) for b in bounds):
            shared |= _TIMELY & phrase_words  # 'within 10 working days' is what 'in timescale' means
        if _TIMELY & phrase_words and _TIMELY & words:
            shared |= _TIMELY & phrase_words  # 'timeliness of …' is '… within timescale'
        elif _TIMELY & phrase_words and not any(b.endswith(_TIME_UNITS) for b in bounds):
            continue  # '… led to an initial child protection conference' sets no time limit: not 'ICPCs in timescale'
        if not (shared & own) - _WHO:  # 'involving 246 children' after '613 missing episodes' names no measure
            continue
        # a threshold both print ('within 15 days', '3 or more') counts as one more shared word; one only
        # the label prints costs nothing, since labels often state a measure's definition and phrases not
        same_bounds = len(thresholds(phrase) & bounds)
        if subgroup_bounds(phrase) - subgroup_bounds(folded) - set(re.findall(r"\d+", folded)):
            continue  # 'CP plans over 2 years' is not 'CP plans'
        if subgroup_bounds(folded) - subgroup_bounds(phrase) - set(re.findall(r"\d+", phrase)):
            continue  # … nor 'children with 3 or more placements' any count of children and placements

        # whom a label counts ('children with an up-to-date PEP') is what a phrase often leaves unsaid; and
        # a label often leaves unsaid that a measure of children in care counts them ('3+ placement moves')
        counted = words if phrase_words & _WHO else words - _WHO
        counted = counted - ({lemma(w) for w in _SERVICE_WORDS.get(_by_id()[ind]["domain"], ())} - phrase_words)
        unsaid_group = _IN_CARE - words if _by_id()[ind]["domain"] == "children_in_care" else set()
        said = phrase_words - unsaid_group
        score = (len(shared) + same_bounds) / (max(len(said), len(counted)) + same_bounds)
        # each side with a word the other lacks names two things ('children's homes' / 'audits' rated good):
        # just the bare overlap is then too little
        swapped = bool(said - shared - _WHO) and bool(counted - shared)
        if score < OVERLAP_MIN or (swapped and score <= OVERLAP_MIN) or _narrower(phrase, folded, unsaid_group) \
                or _drops_flow(phrase, folded):
            continue
        # a rate phrase the label does not name still wins if nearest, and then maps nothing: the label
        # names that measure in a unit not known ('children becoming subject to a CP plan': 35)
        ok = not _adds_rate(phrase, folded, unit, ind_unit)
        best[ind] = max(best.get(ind, (0.0, False, -99, frozenset())), (score, ok, -len(phrase_words - shared), phrase_words),
                        key=lambda t: t[:3])
    if not best:
        return None
    top = max(s for s, *_ in best.values())
    winners = [(ind, ok, unsaid, phrase_words) for ind, (s, ok, unsaid, phrase_words) in best.items() if s == top]
    if len(winners) != 1 or not winners[0][1]:
        return None
    ind, _, unsaid, phrase_words = winners[0]
    if unsaid and _names_another(label, words, ind, phrase_words):
        return None
    return ind


def _names_another(label: str, words: set[str], indicator_id: str, phrase_words: frozenset[str]) -> bool:
    """Does the label print the whole of another measure's phrase, in any unit, with a word the matched
    phrase lacks? Then its word for what the matched phrase says but it does not is that measure's
    ('children in care who had a missing episode' is not 'children in care missing education')."""
    return any(ind != indicator_id and len(pw) >= 2 and pw <= words and pw - phrase_words - _WHO and _band_ok(label, ind)
               for pw, ind, _, _ in _entry_lemmas())


def band_ok(label: str, indicator_id: str) -> bool:
    """Does the indicator's age band (if any) agree with the one the label prints (if any)? The catalogue's
    own words for the indicator always do."""
    return _band_ok(label, indicator_id) or any(p == fold(label) and ind == indicator_id for p, ind, _, _ in _entries())


def age_band(text: str | None) -> str | None:
    """The one age band a text prints ('aged 17-18' → '17-18'), or None for none or several."""
    bands = {f"{a}-{b}" for a, b in _AGE_BAND.findall(text or "")}
    return bands.pop() if len(bands) == 1 else None
