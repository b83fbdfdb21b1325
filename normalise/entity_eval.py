"""Evaluate the entity tagger on a hand-annotated set of council-paper sentences.

The set (``tests/normalise/data/entity_eval.jsonl``) holds sentences written
in the style of action texts, progress notes, minutes and resolutions, one
JSON object a line: ``{"split": "dev" | "test", "markup": "..."}`` where an
entity is written ``[its text](LABEL)`` or ``[its text](LABEL=value)``.
The sentences were written in rounds: each round was first scored as the
held-out ``test`` split, exactly once, against the tagger as it then stood;
only then were its errors looked at (and the round moved to ``dev``). So
``dev`` is everything the patterns were tuned on, and ``test`` is the last
round, still unseen when it was scored. Report the ``test`` split.

Annotation conventions: PERSON includes an honorific (Cllr, Dr); ROLE is the
whole printed title with its modifiers and attached service ("Interim Head of
Service for Children in Care"), without "the"; OFSTED_REC is "Recommendation
3" (a list's further numbers are spans of their own); DATE needs a year.

    python -m normalise.entity_eval [--split test|dev|all] [--errors]
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from normalise.nlp import LABELS, tag_many
from scrutineer.settings import ROOT

EVAL_SET = ROOT / "tests" / "normalise" / "data" / "entity_eval.jsonl"
MARK = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)(?:=([^)]*))?\)")


@dataclass
class Example:
    split: str
    text: str
    gold: list[tuple[int, int, str, str | None]]  # start, end, label, value


def parse_markup(markup: str) -> tuple[str, list[tuple[int, int, str, str | None]]]:
    """'[Jane Smith](PERSON) will …' → ('Jane Smith will …', [(0, 10, 'PERSON', None)])."""
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(markup):
        before = markup[pos:m.start()]
        text.append(before)
        out_len += len(before)
        spans.append((out_len, out_len + len(m[1]), m[2], m[3]))
        text.append(m[1])
        out_len += len(m[1])
        pos = m.end()
    text.append(markup[pos:])
    return "".join(text), spans


def load(path: Path = EVAL_SET) -> list[Example]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            text, gold = parse_markup(d["markup"])
            out.append(Example(d["split"], text, gold))
    return out


def evaluate(examples: list[Example]) -> dict:
    """Exact-span precision, recall and F1 per label, value accuracy of matched spans, and the errors."""
    counts = {lab: {"tp": 0, "fp": 0, "fn": 0} for lab in LABELS}
    values = {"right": 0, "checked": 0}
    errors = []
    for ex, ents in zip(examples, tag_many(ex.text for ex in examples)):
        gold = {(s, e, lab): v for s, e, lab, v in ex.gold}
        got = {(x.start, x.end, x.label): x.value for x in ents}
        for key in gold.keys() | got.keys():
            c = counts.setdefault(key[2], {"tp": 0, "fp": 0, "fn": 0})
            if key in gold and key in got:
                c["tp"] += 1
                if gold[key] is not None:
                    values["checked"] += 1
                    values["right"] += gold[key] == got[key]
            elif key in got:
                c["fp"] += 1
                errors.append(("FP", key[2], ex.text[key[0]:key[1]], ex.text))
            else:
                c["fn"] += 1
                errors.append(("FN", key[2], ex.text[key[0]:key[1]], ex.text))
    scores = {}
    for lab, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[lab] = {**c, "precision": p, "recall": r, "f1": f, "support": c["tp"] + c["fn"]}
    return {"labels": scores, "values": values, "errors": errors, "sentences": len(examples)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev", "all"))
    ap.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    args = ap.parse_args(argv)
    examples = [ex for ex in load() if args.split == "all" or ex.split == args.split]
    res = evaluate(examples)
    print(f"entity tagger on the {args.split} split: {res['sentences']} sentences")
    print(f"{'label':<11} {'support':>7} {'precision':>9} {'recall':>7} {'f1':>6}")
    for lab, s in res["labels"].items():
        print(f"{lab:<11} {s['support']:>7} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    v = res["values"]
    if v["checked"]:
        print(f"values (DATE ISO, OFSTED_REC number) right: {v['right']}/{v['checked']}")
    if args.errors:
        for kind, lab, span, text in res["errors"]:
            print(f"{kind} {lab:<10} {span!r:<40} in: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
