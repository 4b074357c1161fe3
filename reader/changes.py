"""What a core operation changed, so the app redraws only what it must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    issues: bool = False  # issues added, removed or re-repaired
    articles: frozenset[int] = field(default_factory=frozenset)  # ids whose text changed
    annotations: bool = False
    tags: bool = False
    overrides: bool = False
    commitments: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            issues=self.issues or other.issues,
            articles=self.articles | other.articles,
            annotations=self.annotations or other.annotations,
            tags=self.tags or other.tags,
            overrides=self.overrides or other.overrides,
            commitments=self.commitments or other.commitments,
        )
