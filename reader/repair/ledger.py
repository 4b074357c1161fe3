"""What the stages changed and what they took out, collected in one place per repair run."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.repair.model import Removed, Repair, SourceRef


# A pairing the join model gives less than this is never joined by a later stage (0.05 would also
# refuse a right join of seed 002 that the model gives 0.004; 0.003 and 0.005 made the same joins on
# 1,200 held-out generated issues).
UNLIKELY = 0.003
# ... nor one the second look judged (a tail's likeliest heads) and found this unlikely: on held-out
# generated issues every such later join (11 of 11) was false
DOUBTED = 0.1


@dataclass
class Ledger:
    """Repair and Removed records in the order the stages made them."""

    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    forbidden: set[tuple[str, str]] = field(default_factory=set)  # (tail id, head id) a user unjoined
    weighed: dict[tuple[str, str], float] = field(default_factory=dict)  # the join model's P(head | tail)
    checked: dict[tuple[str, str], float] = field(default_factory=dict)  # the second look's P for each tail's likeliest heads

    def may_join(self, tail_id: str, head_id: str, *, unlikely: float = UNLIKELY) -> bool:
        """Whether a later stage may join these blocks: not if the user unjoined them, nor if the join
        model weighed the pairing and found it all but impossible, nor if the second look doubted it
        (the later stages see less)."""
        pair = (tail_id, head_id)
        return pair not in self.forbidden and self.weighed.get(pair, 1.0) >= unlikely and self.checked.get(pair, 1.0) >= DOUBTED

    def repair(self, kind: str, confidence: float, source: tuple[SourceRef, ...] | list[SourceRef], *, stage: str, detail: str = "", id: str = "") -> None:
        self.repairs.append(Repair(kind=kind, confidence=max(0.0, min(1.0, confidence)), source=tuple(source), detail=detail, stage=stage, id=id or f"{kind}:{'+'.join(_ref_id(s) for s in source)}"))

    def remove(self, text: str, reason: str, source: SourceRef | None) -> None:
        if text.strip():
            self.removed.append(Removed(text=text, reason=reason, source=source))


def _ref_id(ref: SourceRef) -> str:
    return f"p{ref.page}b{ref.block}" if ref.block >= 0 else f"p{ref.page}@{ref.start}"
