"""Score the detector against labelled text: recall of targets, suggestions that are past results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from reader.commitments.detect import Commitment


@dataclass
class Score:
    """Counts for one labelled text (or a sum of them)."""

    name: str
    targets: int = 0
    found: int = 0  # targets matched by a suggestion with the same value
    suggested: int = 0  # all suggestions
    correct: int = 0  # suggestions matching a target
    ambiguous: int = 0  # suggestions on a quote labelled ambiguous (not scored)
    past: int = 0  # suggestions on a quote labelled achieved (a past result)
    other: int = 0  # suggestions on a quote labelled other (age, date, rank…)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    fields_right: int = 0  # matched targets whose unit and qualifiers match the label too

    @property
    def recall(self) -> float:
        return self.found / self.targets if self.targets else 1.0

    @property
    def precision(self) -> float:
        scored = self.suggested - self.ambiguous
        return self.correct / scored if scored else 1.0

    def add(self, other: Score) -> None:
        for name in ("targets", "found", "suggested", "correct", "ambiguous", "past", "other", "fields_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.wrong += other.wrong

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "targets": self.targets,
            "found": self.found,
            "recall": round(self.recall, 3),
            "suggested": self.suggested,
            "precision": round(self.precision, 3),
            "past_suggested": self.past,
            "other_suggested": self.other,
            "ambiguous_suggested": self.ambiguous,
            "fields_right": self.fields_right,
        }


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and [float(x) for x in a] == [float(x) for x in b]
    return abs(float(a) - float(b)) < 1e-9


def score_text(
    name: str, text: str, labels: Sequence[dict[str, Any]], detect: Callable[[str], list[Commitment]]
) -> Score:
    """Run ``detect`` on ``text`` and compare with ``labels`` (each a quote in the text and its kind)."""
    spans = []
    lost: list[dict[str, Any]] = []  # targets whose quote the text no longer holds (cut by a repair)
    for label in labels:
        at = text.find(label["quote"])
        if at >= 0:
            spans.append((at, at + len(label["quote"]), label))
        elif label["kind"] == "target":
            lost.append(label)
    result = Score(name)
    suggestions = detect(text)
    result.suggested = len(suggestions)
    matched: set[int] = set()
    for c in suggestions:
        overlapping = [(s, e, lab) for s, e, lab in spans if s < c.end and c.start < e]
        hit = next(
            (i for i, (s, e, lab) in enumerate(spans) if (s, e, lab) in overlapping and lab["kind"] == "target"
             and _same_value(lab["value"], c.value) and i not in matched),
            None,
        )
        if hit is not None:
            matched.add(hit)
            result.correct += 1
            label = spans[hit][2]
            if c.unit == label["unit"] and set(filter(None, c.qualifier.split("、"))) >= set(label["qualifier"]) - {"计划"}:
                result.fields_right += 1
            continue
        kinds = {lab["kind"] for _, _, lab in overlapping}
        if "ambiguous" in kinds:
            result.ambiguous += 1
            continue
        if "achieved" in kinds:
            result.past += 1
        elif "other" in kinds:
            result.other += 1
        result.wrong.append(f"{name}: {c.text} → {c.value}{c.unit} [{' '.join(c.cues)}]")
    targets = [(i, lab) for i, (_, _, lab) in enumerate(spans) if lab["kind"] == "target"]
    result.targets = len(targets) + len(lost)
    result.found = sum(1 for i, _ in targets if i in matched)
    result.missed = [f"{name}: {lab['quote']} ({lab['value']}{lab['unit']})" for i, lab in targets if i not in matched]
    result.missed += [f"{name}: {lab['quote']} (quote not in the text)" for lab in lost]
    return result
