"""Commitments: forward-looking, checkable targets found in articles, accepted as 承诺 annotations and tracked.

``detect`` is pure (text in, commitments out); the library functions load on first use.
"""

from __future__ import annotations

from typing import Any

from reader.commitments.detect import Commitment, detect

_LAZY = {
    "Suggestion": "reader.commitments.library",
    "suggest": "reader.commitments.library",
    "accept": "reader.commitments.library",
    "accept_all": "reader.commitments.library",
    "reject": "reader.commitments.library",
    "unreject": "reader.commitments.library",
    "unaccept": "reader.commitments.library",
    "CommitmentRecord": "reader.commitments.tracking",
    "list_commitments": "reader.commitments.tracking",
    "set_status": "reader.commitments.tracking",
    "update_fields": "reader.commitments.tracking",
    "metric_series": "reader.commitments.tracking",
    "export_commitments": "reader.commitments.export",
    "ensure_tables": "reader.commitments.store",
    "STATUSES": "reader.commitments.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.commitments' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = ["Commitment", "detect", *_LAZY]
