"""The annotation, tag and export commands as a user types them: output, files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.cli import main


@pytest.fixture
def run(issue, library, capsys):
    db = library.database

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_annotate_prints_the_new_id(run):
    code, out, err = run(
        "annotate",
        "--source",
        "003_test.txt",
        "--quote",
        "物理\n空间",
        "--tag",
        "承诺/经济",
        "--tag",
        "城市",
        "--note",
        "重点",
        "--color",
        "blue",
    )
    assert code == 0 and out.strip().isdigit() and err == ""
    code, out, _ = run("annotations", "--json")
    [item] = json.loads(out)
    assert item["id"] == int(item["id"]) and item["quote"] == "物理空间" and item["color"] == "blue"
    assert sorted(item["tags"]) == ["城市", "承诺/经济"] and item["note"] == "重点"


def test_occurrence_and_listing_filters(run):
    run(
        "annotate",
        "--source",
        "003_test.txt",
        "--quote",
        "社会消费品零售总额增长5%左右",
        "--occurrence",
        "2",
        "--tag",
        "承诺",
    )
    run("annotate", "--source", "003_test.txt", "--quote", "研究部署", "--tag", "城市")
    _, out, _ = run("annotations", "--tag", "承诺")
    assert out.count("\n") == 1 and "社会消费品零售总额增长5%左右" in out
    _, out, _ = run("annotations", "--source", "003_test.txt", "--json")
    assert len(json.loads(out)) == 2
    _, out, _ = run("annotations", "--orphans", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["annotate", "--source", "003_test.txt", "--quote", "没有这句话"], "not found"),
        (["annotate", "--source", "003_test.txt", "--quote", "空间", "--color", "orange"], "unknown colour"),
        (["annotate", "--source", "nope.txt", "--quote", "空间"], "no issue"),
        (["annotate", "--source", "003_test.txt", "--quote", "空间", "--occurrence", "0"], "1 or more"),
        (["annotation", "edit", "999", "--note", "x"], "no annotation '999'"),
        (["annotation", "delete", "abc"], "no annotation 'abc'"),
        (["annotation", "restore", "999"], "no annotation"),
        (["annotation", "edit", "1", "--reattach", "1:2"], "ARTICLE_ID:START:END"),
        (["annotation", "edit", "1"], "nothing to change"),
        (["tag", "rename", "没有", "x"], "no tag"),
        (["tag", "color", "承诺", "teal"], "unknown colour"),
        (["tag", "delete", "承诺"], "built in"),
        (["export", "--format", "md", "--tag", "没有"], "no tag"),
        (["export", "--format", "pdf"], "invalid choice"),
        (["import-annotations", "missing.jsonld"], "no such file"),
    ],
)
def test_errors_exit_2_with_one_line(run, capsys, argv, message):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间")
    try:
        code, _, err = run(*argv)
    except SystemExit as refused:  # argparse refuses before the command runs
        code, err = refused.code, capsys.readouterr().err
    assert code == 2 and message in err and err.startswith("reader: error: ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_edit_delete_restore(run):
    _, out, _ = run("annotate", "--source", "003_test.txt", "--quote", "物理空间", "--tag", "a", "--tag", "b")
    ident = out.strip()
    code, _, _ = run(
        "annotation", "edit", ident, "--note", "新注释", "--color", "green", "--add-tag", "c", "--remove-tag", "A"
    )
    _, out, _ = run("annotation", "show", ident, "--json")
    view = json.loads(out)
    assert code == 0 and view["note"] == "新注释" and view["color"] == "green" and sorted(view["tags"]) == ["b", "c"]
    assert run("annotation", "delete", ident)[0] == 0
    assert json.loads(run("annotations", "--json")[1]) == []
    assert [v["id"] for v in json.loads(run("annotations", "--trash", "--json")[1])] == [int(ident)]
    assert run("annotation", "restore", ident)[0] == 0
    assert len(json.loads(run("annotations", "--json")[1])) == 1


def test_reattach_an_orphan_from_the_command_line(run, issue):
    from reader.annotations.anchoring import reanchor_issue
    from reader.library.models import Article

    ident = run("annotate", "--source", "003_test.txt", "--quote", "研究部署")[1].strip()
    Article.update(text="完全不同的文字。").execute()
    reanchor_issue(issue.id)
    orphans = json.loads(run("annotations", "--orphans", "--json")[1])
    assert [o["id"] for o in orphans] == [int(ident)] and orphans[0]["start"] is None
    article = Article.select().first()
    assert run("annotation", "edit", ident, "--reattach", f"{article.id}:0:4")[0] == 0
    assert json.loads(run("annotations", "--orphans", "--json")[1]) == []
    assert run("annotation", "edit", ident, "--reattach-quote", "不同的")[0] == 0
    assert json.loads(run("annotation", "show", ident, "--json")[1])["quote"] == "不同的"
    code, _, err = run("annotation", "edit", ident, "--reattach-quote", "没有")
    assert code == 2 and "not found" in err


def test_tag_commands(run):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间", "--tag", "ＣＩＴＹ")
    run("annotate", "--source", "003_test.txt", "--quote", "研究部署", "--tag", "城市")
    assert run("tag", "rename", "city", "Town")[0] == 0
    assert run("tag", "merge", "town", "城市")[0] == 0
    assert run("tag", "color", "城市", "purple")[0] == 0
    tags = {t["name"]: t for t in json.loads(run("tags", "--json")[1])}
    assert tags["城市"]["count"] == 2 and tags["城市"]["color"] == "purple" and "town" not in tags
    assert tags["承诺"]["builtin"] is True
    assert run("tag", "delete", "城市")[0] == 0
    assert "城市" not in run("tags")[1]


def test_export_to_stdout_and_to_a_file(run, tmp_path):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间", "--tag", "承诺")
    code, out, _ = run("export", "--format", "md")
    assert code == 0 and "> 物理空间" in out
    target = tmp_path / "out.jsonld"
    assert run("export", "--format", "jsonld", "-o", str(target), "--source", "003_test.txt")[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["total"] == 1
    assert run("export", "--format", "xlsx", "-o", str(tmp_path / "out.xlsx"))[0] == 0
    assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"
    code, _, err = run("export", "--format", "csv", "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    assert code == 2 and "does not exist" in err


def test_import_annotations_reports(run, tmp_path):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间")
    target = tmp_path / "a.jsonld"
    run("export", "--format", "jsonld", "-o", str(target))
    code, out, _ = run("--db", str(tmp_path / "other.sqlite3"), "import-annotations", str(target))
    assert code == 0 and out.startswith("1 added (1 orphaned)")


def test_the_installed_command_exits_2_on_a_missing_quote(issue, library):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--db",
            library.database,
            "annotate",
            "--source",
            "003_test.txt",
            "--quote",
            "没有这句话",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [
        "reader: error: quote '没有这句话' not found in the repaired text of 003_test.txt"
    ]
