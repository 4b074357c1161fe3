"""Changing what a filter proxy lets through, the way the running Qt wants it done."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_filter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Run ``apply`` (which sets the proxy's filter fields) and refilter the rows.

    Qt 6.9 deprecates invalidateFilter() for the begin/endFilterChange() pair; older Qt only has the former.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        apply()
        proxy.invalidateFilter()
