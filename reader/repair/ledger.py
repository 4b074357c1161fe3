"""What the stages changed and what they took out, collected in one place per repair run."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.repair.model import Removed, Repair, SourceRef


@dataclass
class Ledger:
    """Repair and Removed records in the order the stages made them."""

    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    forbidden: set[tuple[str, str]] = field(default_factory=set)  # (tail id, head id) a user unjoined

    def may_join(self, tail_id: str, head_id: str) -> bool:
        return (tail_id, head_id) not in self.forbidden

    def repair(self, kind: str, confidence: float, source: tuple[SourceRef, ...] | list[SourceRef], *, stage: str, detail: str = "", id: str = "") -> None:
        self.repairs.append(Repair(kind=kind, confidence=max(0.0, min(1.0, confidence)), source=tuple(source), detail=detail, stage=stage, id=id or f"{kind}:{'+'.join(_ref_id(s) for s in source)}"))

    def remove(self, text: str, reason: str, source: SourceRef | None) -> None:
        if text.strip():
            self.removed.append(Removed(text=text, reason=reason, source=source))


def _ref_id(ref: SourceRef) -> str:
    return f"p{ref.page}b{ref.block}" if ref.block >= 0 else f"p{ref.page}@{ref.start}"
