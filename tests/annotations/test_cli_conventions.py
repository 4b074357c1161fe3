"""What every command shares: one-line errors with status 2, misspelt filters refused, helpful --help."""

from __future__ import annotations

import os
import stat

import pytest

from reader.cli import build_parser, main


@pytest.fixture
def run(issue, library, capsys):
    db = library.database

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db, *argv])
        except SystemExit as refused:  # argparse refuses before the command runs
            code = refused.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.parametrize(
    "argv",
    [
        ["no-such-command"],
        ["search", "物理空间", "--limit", "0"],
        ["annotate", "--source", "003_test.txt"],
        ["annotation"],
        ["commitments", "accept", "--all-above", "2"],
        ["export", "--format", "pdf"],
    ],
)
def test_usage_errors_are_one_line_naming_the_help(run, argv):
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.startswith("reader: error: ") and err.count("\n") == 1
    assert "--help`)" in err and "usage:" not in err


@pytest.mark.parametrize("command", [["annotations"], ["export", "--format", "csv"]])
def test_a_misspelt_tag_or_issue_is_an_error_not_an_empty_result(run, command):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间", "--tag", "城市")
    code, _, err = run(*command, "--tag", "城事")
    assert code == 2 and err == "reader: error: no tag '城事' (see `reader tags`)\n"
    code, _, err = run(*command, "--source", "004_test.txt")
    assert code == 2 and "no issue '004_test.txt'" in err
    code, out, _ = run(*command, "--tag", "城市", "--source", "003_test")
    assert code == 0 and "物理空间" in out


def test_a_written_file_is_an_ordinary_file_and_is_reported(run, tmp_path):
    run("annotate", "--source", "003_test.txt", "--quote", "物理空间")
    target = tmp_path / "notes.md"
    code, out, err = run("export", "--format", "md", "-o", str(target))
    assert code == 0 and out == "" and err.startswith(f"wrote {target} (")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)  # writing again keeps the mode the user chose
    assert run("export", "--format", "md", "-o", str(target))[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def _subcommands(parser):
    for action in parser._actions:
        if action.choices and hasattr(action, "add_parser"):
            for name, sub in action.choices.items():
                yield name, sub
                for inner, deeper in _subcommands(sub):
                    yield f"{name} {inner}", deeper


def test_every_command_explains_itself():
    parser = build_parser()
    text = parser.format_help()
    assert "Without a command, reader opens the desktop app." in text and "reader import seeds/*.txt" in text
    commands = dict(_subcommands(parser))
    own = {
        "import", "issues", "search", "annotate", "annotations", "annotation", "export", "import-annotations",
        "tags", "tag", "commitments", "check", "backup", "rerepair", "fix",
    }
    assert own <= set(commands)
    for name, sub in commands.items():
        if name.split()[0] not in own:
            continue  # repair and screenshot describe themselves
        help_text = sub.format_help()
        assert sub.description and sub.description[0].isupper(), name
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"reader {name} {action.option_strings[0]} has no help"
        if name in own:
            assert "examples:\n  reader " + name.split()[0] in help_text, name
