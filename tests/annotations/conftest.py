"""Fixtures of the annotation tests: ``make_issue`` and ``issue`` (see issue_factory.py)."""

from __future__ import annotations

from issue_factory import issue, make_issue  # noqa: F401  (pytest finds fixtures by name)
