"""The export tests annotate the same test issues as the annotation tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parents[1] / "annotations" / "issue_factory.py"
_spec = importlib.util.spec_from_file_location("export_issue_factory", _path)
_factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_factory)

make_issue = _factory.make_issue
issue = _factory.issue
