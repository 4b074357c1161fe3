"""Plain records the CLI, exports and the app read instead of peewee rows."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from reader.annotations.colors import COLORS  # noqa: F401  (re-exported for the app)


def iso_utc(value: _dt.datetime | None) -> str | None:
    """Naive UTC timestamps from the database as ISO 8601 with an explicit zone (``…Z``)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def parse_iso(value: str | None) -> _dt.datetime | None:
    """Parse an ISO 8601 timestamp into naive UTC (how the database stores times)."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = _dt.datetime.fromisoformat(text)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return parsed


@dataclass(frozen=True)
class AnnotationView:
    """One highlight as the user sees it (``start``/``end`` are None for an orphan)."""

    id: int
    uuid: str
    issue_id: int | None
    source: str
    article_id: int | None
    article_title: str
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    orphan: bool
    note: str
    color: str
    tags: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    created: str | None = None
    modified: str | None = None
    deleted: str | None = None
    anchor_method: str = "created"
    anchor_score: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TagView:
    id: int
    name: str  # normalised, "/" nests
    label: str  # as first typed
    color: str
    count: int  # annotations (not in the trash) carrying exactly this tag
    builtin: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReanchorReport:
    """What re-anchoring an issue's annotations did, by method."""

    issue_id: int
    total: int = 0
    methods: dict[str, int] = field(default_factory=dict)  # offsets|quote|context|fuzzy|none -> count
    orphans: list[int] = field(default_factory=list)  # annotation ids that could not be placed
    moved: list[int] = field(default_factory=list)  # ids whose article or offsets changed

    def count(self, method: str) -> None:
        self.methods[method] = self.methods.get(method, 0) + 1

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def load_extra(text: str) -> dict[str, Any]:
    """``Annotation.extra`` is JSON text; an empty or damaged value reads as ``{}``."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
