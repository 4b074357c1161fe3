"""``reader commitments`` from the command line, on an imported seed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "seeds" / "004_834b2da5dc9fa50d.txt"
FIELDS = {"source", "article_id", "article_title", "text", "start", "end", "metric", "value", "unit", "qualifier",
          "period", "actor", "confidence"}


@pytest.fixture
def db(tmp_path, library):
    from reader.library.importer import import_paths

    report = import_paths([REPORT])
    assert report.added
    return str(tmp_path / "library.sqlite3")


def _json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_contract(db, capsys):
    data = _json(capsys, "--db", db, "commitments", "--source", REPORT.name, "--json")
    items = data["commitments"]
    assert len(items) >= 38
    assert all(set(item) == FIELDS for item in items)
    gdp = next(i for i in items if i["text"] == "地区生产总值增长6%左右")
    assert (gdp["value"], gdp["unit"], gdp["qualifier"], gdp["source"]) == (6, "%", "左右", REPORT.name)
    assert isinstance(gdp["start"], int) and gdp["end"] - gdp["start"] == len(gdp["text"])
    ranges = [i for i in items if "分别" in i["text"]]
    assert len(ranges) >= 4  # two "分别" lists, one item per metric
    assert not any("12.8%" in i["text"] or "5.07万人" in i["text"] for i in items)  # past results


def test_accept_reject_status_and_export(db, capsys, tmp_path):
    assert main(["--db", db, "commitments", "accept", "地区生产总值增长6%左右", "--source", REPORT.name]) == 0
    out = capsys.readouterr().out
    annotation_id = int(out.split("\t")[0])
    assert main(["--db", db, "commitments", "reject", "1", "--source", REPORT.name]) == 0
    rejected = capsys.readouterr().out.split("\t", 1)[1].strip()
    left = _json(capsys, "--db", db, "commitments", "--source", REPORT.name, "--json")["commitments"]
    texts = [i["text"] for i in left]
    assert "地区生产总值增长6%左右" not in texts and rejected not in texts

    tracked = _json(capsys, "--db", db, "commitments", "tracked", "--json")["commitments"]
    assert [(t["annotation_id"], t["status"], t["metric"]) for t in tracked] == [
        (annotation_id, "planned", "地区生产总值增长")
    ]
    record = _json(capsys, "--db", db, "commitments", "status", str(annotation_id), "in progress", "--json")
    assert record["status"] == "in progress"
    assert main(["--db", db, "commitments", "status", str(annotation_id), "finished"]) == 2
    assert "unknown status" in capsys.readouterr().err

    out_file = tmp_path / "c.xlsx"
    assert main(["--db", db, "commitments", "export", "--format", "xlsx", "-o", str(out_file)]) == 0
    assert out_file.read_bytes()[:2] == b"PK"
    assert main(["--db", db, "commitments", "export"]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0].lstrip("\ufeff").startswith("id,source,issue_date")


def test_accept_all_above(db, capsys):
    assert main(["--db", db, "commitments", "accept", "--source", REPORT.name, "--all-above", "0.95"]) == 0
    accepted = [line for line in capsys.readouterr().out.splitlines() if line]
    assert accepted
    left = _json(capsys, "--db", db, "commitments", "--source", REPORT.name, "--json")["commitments"]
    assert all(i["confidence"] < 0.95 for i in left)


def test_scan_a_file_without_a_library(tmp_path, capsys):
    copy = tmp_path / "report.txt"
    shutil.copy(REPORT, copy)
    items = _json(capsys, "commitments", "--file", str(copy), "--json")["commitments"]
    assert len(items) >= 38 and all(set(i) == FIELDS for i in items)
    assert main(["commitments", "--file", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.startswith("reader: error:")


def test_unknown_source_is_an_error(db, capsys):
    assert main(["--db", db, "commitments", "--source", "nope.txt"]) == 2
    assert "no issue" in capsys.readouterr().err


def test_filters_before_the_action_apply_to_it(db, capsys):
    from reader.library.importer import import_paths

    plan = ROOT / "seeds" / "000_a9af73bd6b6a1bb2.txt"
    import_paths([plan])  # a second issue, after the report: its suggestions are listed last
    listed = _json(capsys, "--db", db, "commitments", "--source", plan.name, "--json")["commitments"]
    assert main(["--db", db, "commitments", "--source", plan.name, "accept", "1"]) == 0
    accepted = capsys.readouterr().out
    assert listed[0]["text"] in accepted
