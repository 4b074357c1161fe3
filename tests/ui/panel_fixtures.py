"""A library holding the seed issues and a few annotations, for the panel and dialog tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reader.ui.hub import Hub

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass
class Seeded:
    issue_ids: dict[str, int]  # source name -> issue id
    annotation_ids: dict[str, int]  # a short name -> annotation id


def import_seeds(names: list[str]) -> dict[str, int]:
    from reader.library.importer import import_paths

    report = import_paths([SEEDS / name for name in names])
    assert not report.failed, report.failed
    return {result.source: result.issue_id for result in report.added}


@pytest.fixture
def hub() -> Hub:
    return Hub()


@pytest.fixture
def seeded(library) -> Seeded:
    """Two seed issues; three annotations: two tagged 承诺 (one nested), one green with a note."""
    from reader.annotations.ops import annotate

    issues = import_seeds(["002_405a22e14fca248f.txt", "003_e4feb845366e9c79.txt"])
    ids = {
        "space": annotate(source="003_e4feb845366e9c79.txt", quote="物理空间", tags=["承诺"]).id,
        "deploy": annotate(source="003_e4feb845366e9c79.txt", quote="研究部署", tags=["承诺/经济", "会议"]).id,
        "women": annotate(
            source="002_405a22e14fca248f.txt", quote="妇女力量", color="green", note="巾帼建功", tags=["会议"]
        ).id,
    }
    return Seeded(issue_ids=issues, annotation_ids=ids)
