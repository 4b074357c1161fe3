"""The library on the left: issues → pages → articles, with annotation counts. An issue imported from one
file lists its articles directly: its only "page" is the file, not a printed page (版)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ISSUE, PAGE, ARTICLE, PLACEHOLDER = "issue", "page", "article", "placeholder"


def issue_label(issue: Any) -> str:
    """"渝中报 2025-12-01 第1234期" when the masthead was recognised, else the file name."""
    parts = [p for p in (issue.paper, issue.date, f"第{issue.number}期" if issue.number else "") if p]
    name = PurePath(issue.source).stem or issue.source
    return " ".join(parts) if (issue.date or issue.number) else (f"{issue.paper} · {name}" if issue.paper else name)


class LibraryTree(QTreeWidget):
    """``articleActivated(id)`` when the user moves to an article (mouse or keys)."""

    articleActivated = Signal(int)
    issueActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTree")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Library"), "✎"])
        self.headerItem().setToolTip(1, self.tr("Highlights"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(True)
        self.itemExpanded.connect(self._fill)
        self.currentItemChanged.connect(self._current_changed)
        self.issues: list[Any] = []
        self._quiet = False

    # -- loading -------------------------------------------------------------------------------
    def reload(self, *, keep_article: int | None = None) -> None:
        """Read the issues again; expanded issues are refilled so counts stay true."""
        from reader.library.queries import list_issues

        expanded = {self._id(self.topLevelItem(i)) for i in range(self.topLevelItemCount())
                    if self.topLevelItem(i).isExpanded()}
        self._quiet = True
        try:
            self.clear()
            self.issues = list_issues()
            bold = QFont(self.font())
            bold.setBold(True)
            for issue in self.issues:
                item = QTreeWidgetItem([issue_label(issue), _count(issue.annotation_count)])
                item.setData(0, ROLE_KIND, ISSUE)
                item.setData(0, ROLE_ID, issue.id)
                item.setFont(0, bold)
                item.setToolTip(0, self.tr("%1\n%2 pages, %3 articles, %4 highlights")
                                .replace("%1", issue.source).replace("%2", str(issue.page_count))
                                .replace("%3", str(issue.article_count)).replace("%4", str(issue.annotation_count)))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                placeholder = QTreeWidgetItem(["…"])
                placeholder.setData(0, ROLE_KIND, PLACEHOLDER)
                item.addChild(placeholder)
                self.addTopLevelItem(item)
                if issue.id in expanded:
                    item.setExpanded(True)
            if keep_article is not None:
                self.select_article(keep_article)
        finally:
            self._quiet = False

    def _fill(self, item: QTreeWidgetItem) -> None:
        """Fill an issue's pages and articles the first time it is opened."""
        if item.data(0, ROLE_KIND) != ISSUE:
            return
        if not (item.childCount() == 1 and item.child(0).data(0, ROLE_KIND) == PLACEHOLDER):
            return
        from reader.library.queries import issue_articles

        item.takeChildren()
        issue = next((i for i in self.issues if i.id == self._id(item)), None)
        one_file = issue is not None and issue.page_count <= 1
        pages: dict[int | None, QTreeWidgetItem] = {}
        for article in issue_articles(self._id(item)):
            page = item if one_file else pages.get(article.page)
            if page is None:
                label = self.tr("Page %1").replace("%1", str(article.page)) if article.page else self.tr("Other")
                page = QTreeWidgetItem([label, ""])
                page.setData(0, ROLE_KIND, PAGE)
                page.setData(0, ROLE_ID, article.page)
                page.setFlags(page.flags() & ~Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.addChild(page)
                pages[article.page] = page
            title = article.title or self.tr("(untitled)")
            child = QTreeWidgetItem([title, _count(article.annotation_count)])
            child.setData(0, ROLE_KIND, ARTICLE)
            child.setData(0, ROLE_ID, article.id)
            child.setToolTip(0, title + ("\n" + self.tr("A part of this article is missing") if article.incomplete else ""))
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            page.addChild(child)
            if page is not item:
                page.setText(1, _count(sum(int(page.child(i).text(1) or 0) for i in range(page.childCount()))))
        for page in pages.values():
            page.setExpanded(True)

    # -- selection -----------------------------------------------------------------------------
    def select_article(self, article_id: int, *, issue_id: int | None = None) -> bool:
        """Show ``article_id`` as current without announcing it again."""
        from reader.library.queries import get_article

        if issue_id is None:
            issue_id = get_article(article_id).issue_id
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if self._id(top) != issue_id:
                continue
            self._quiet = True
            try:
                top.setExpanded(True)
                self._fill(top)
                for child in article_items(top):
                    if self._id(child) == article_id:
                        self.setCurrentItem(child)
                        self.scrollToItem(child)
                        return True
            finally:
                self._quiet = False
        return False

    def first_article(self) -> int | None:
        """The first article of the first issue (what a new user sees first)."""
        if not self.topLevelItemCount():
            return None
        from reader.library.queries import issue_articles

        articles = issue_articles(self._id(self.topLevelItem(0)))
        return articles[0].id if articles else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._quiet or current is None:
            return
        kind = current.data(0, ROLE_KIND)
        if kind == ARTICLE:
            self.articleActivated.emit(self._id(current))
        elif kind == ISSUE:
            self.issueActivated.emit(self._id(current))

    @staticmethod
    def _id(item: QTreeWidgetItem) -> Any:
        return item.data(0, ROLE_ID)


def article_items(issue: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An issue's article rows in order, under its pages or, for a one-file issue, directly under it."""
    out: list[QTreeWidgetItem] = []
    for i in range(issue.childCount()):
        child = issue.child(i)
        if child.data(0, ROLE_KIND) == ARTICLE:
            out.append(child)
        else:
            out += [child.child(a) for a in range(child.childCount()) if child.child(a).data(0, ROLE_KIND) == ARTICLE]
    return out


def _count(n: int) -> str:
    return str(n) if n else ""
