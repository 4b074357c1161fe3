"""``reader repair`` as a user runs it: formats, --explain, --encoding and one-line errors (status 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_004 = next(SEEDS.glob("004_*.txt"))


def test_json_output_has_the_contract_fields(capsys):
    assert main(["repair", str(SEED_004)]) == 0
    data = json.loads(capsys.readouterr().out)
    article = data["articles"][0]
    for key in ("title", "subtitle", "kicker", "byline", "page", "continued_from", "continues_to", "paragraphs", "incomplete"):
        assert key in article
    assert isinstance(article["paragraphs"][0], str)
    assert {"text", "reason"} <= set(data["removed"][0])
    assert all({"kind", "confidence", "source"} <= set(r) for r in data["repairs"])
    assert any(r["kind"] == "join" for r in data["repairs"])


def test_markdown_and_text_formats(capsys):
    assert main(["repair", "--format", "md", str(SEED_004)]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# 重庆市渝中区人民政府工作报告") and "### （二）聚力打造内陆改革开放新高地" in md
    assert main(["repair", "--format", "text", str(SEED_004)]) == 0
    text = capsys.readouterr().out
    assert "外贸进出口额实现73亿元" in text and "#" not in text


def test_markdown_shows_a_dateline_credit_once_and_a_credit_line_apart(tmp_path, capsys):
    page = tmp_path / "p1.txt"
    page.write_text(
        "# 社区食堂开进老旧小区\n\n本报讯（记者 王 悦）社区食堂开业以来，每天接待老人三百余人次。\n\n"
        "# 山城马拉松开跑\n\n首席记者 刘 侃\n\n三万名选手沿江奔跑，赛道穿越大桥和隧道。\n",
        encoding="utf-8",
    )
    assert main(["repair", "--format", "md", str(page)]) == 0
    md = capsys.readouterr().out
    assert md.count("本报讯（记者 王 悦）") == 1
    assert "首席记者 刘 侃" in md


def test_explain_lists_repairs_with_confidence_on_stderr(capsys):
    assert main(["repair", "--explain", "--format", "text", str(SEED_004)]) == 0
    err = capsys.readouterr().err
    assert "join" in err and "出口额实|现73亿 → 实现" in err and "running-header" in err


def test_encoding_option_and_detection(tmp_path, capsys):
    path = tmp_path / "page-1.txt"
    path.write_bytes("## 标题在这里\r\n\r\n正文第一段写完了。\r\n".encode("gb18030"))
    assert main(["repair", "--encoding", "gb18030", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["title"] == "标题在这里" and data["pages"][0]["encoding"] == "gb18030"
    assert main(["repair", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["pages"][0]["encoding"] == "gb18030"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (lambda d: d / "nope.txt", "no such file"),
        (lambda d: _write(d / "e.txt", b""), "empty"),
        (lambda d: _write(d / "b.txt", bytes(range(256)) * 4), "binary"),
        (lambda d: (d / "folder").mkdir() or d / "folder", "no text files"),
    ],
)
def test_errors_are_one_line_with_status_2(tmp_path, capsys, setup, needle):
    path = setup(tmp_path)
    assert main(["repair", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reader: error: ") and needle in err and str(path) in err


def test_whole_process_error_has_no_traceback(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    proc = subprocess.run([sys.executable, "-m", "reader", "repair", str(huge)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "too large" in proc.stderr and proc.stdout == ""


def test_a_folder_is_one_issue(tmp_path, capsys):
    (tmp_path / "page-10.txt").write_text("## 第二篇\n\n（上接1版）的正文。\n", encoding="utf-8")
    (tmp_path / "page-2.txt").write_text("## 第一篇\n\n正文在这里写完了。\n", encoding="utf-8")
    assert main(["repair", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in data["pages"]] == ["page-2.txt", "page-10.txt"]
