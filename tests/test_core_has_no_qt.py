"""The core must stay importable and usable without Qt (the app is only one of its users)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader


def test_core_modules_do_not_import_qt():
    names = [
        m.name
        for m in pkgutil.walk_packages(reader.__path__, prefix="reader.")
        if not m.name.startswith("reader.ui") and m.name != "reader.__main__"
    ]
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}:\n"
        "    importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
        "print(len(" + repr(names) + "))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 5
