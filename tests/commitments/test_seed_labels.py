"""The labelled seeds and held-out paragraphs: quality goals of the detector."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.commitments import detect
from reader.commitments.evaluation import Score, score_text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "commitments"
LABELS = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))["labels"]
SEEDS = sorted({label["seed"] for label in LABELS})


def test_labels_are_well_formed():
    kinds = {"target", "achieved", "other", "ambiguous"}
    for label in LABELS:
        text = (ROOT / "seeds" / f"{label['seed']}.txt").read_text(encoding="utf-8")
        assert text.count(label["quote"]) == 1, label["quote"]
        assert label["kind"] in kinds
        if label["kind"] == "target":
            assert {"metric", "value", "unit", "qualifier", "period"} <= set(label)
    assert sum(label["kind"] == "target" for label in LABELS) >= 60
    assert sum(label["kind"] in ("achieved", "other") for label in LABELS) >= 100


@pytest.fixture(scope="module")
def seed_scores() -> dict[str, Score]:
    scores = {}
    for seed in SEEDS:
        text = (ROOT / "seeds" / f"{seed}.txt").read_text(encoding="utf-8")
        scores[seed] = score_text(seed, text, [l for l in LABELS if l["seed"] == seed], detect)
    return scores


def test_seed_recall_and_past_results(seed_scores):
    total = Score("seeds")
    for score in seed_scores.values():
        total.add(score)
    assert total.recall >= 0.9, total.missed
    assert total.past <= 3, total.wrong
    assert total.precision >= 0.9, total.wrong


def test_government_report_plan_section_found(seed_scores):
    report = seed_scores["004_834b2da5dc9fa50d"]
    assert report.targets >= 40 and report.recall >= 0.95, report.missed
    assert report.past == 0, report.wrong


def test_review_articles_give_no_suggestions(seed_scores):
    for seed in ("002_405a22e14fca248f", "003_e4feb845366e9c79"):
        assert seed_scores[seed].suggested == 0, seed_scores[seed].wrong


@pytest.mark.parametrize("name", ["heldout.json", "heldout2.json", "heldout3.json"])
def test_held_out_paragraphs(name):
    total = Score(name)
    for para in json.loads((FIXTURES / name).read_text(encoding="utf-8"))["paragraphs"]:
        total.add(score_text(para["id"], para["text"], para["labels"], detect))
    assert total.targets >= 12
    assert total.recall >= 0.8
    assert total.past + total.other <= 2
