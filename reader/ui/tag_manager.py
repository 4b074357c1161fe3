"""Tag manager: every tag with its count and colour, nested tags as a tree; rename, merge, delete, recolour."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui import tag_commands
from reader.ui.undo import push

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # normalised tag name, None for a grouping node
TAG_ROLE = Qt.ItemDataRole.UserRole + 2  # the TagView


def swatch(color: str, size: int = 14) -> QIcon:
    """A small square of ``color`` (empty icon when the tag has no colour)."""
    if not color:
        return QIcon()
    from reader.annotations.colors import color_hex

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color_hex(color)))
    return QIcon(pixmap)


class TagManagerDialog(QDialog):
    """Changes go through reader.annotations.tags, onto ``undo_stack``, and out through ``hub.changed``."""

    def __init__(self, hub: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.resize(520, 480)
        self.hub = hub
        self.undo_stack = undo_stack
        # Prompts are attributes so tests (and other front ends) can answer them without native dialogs.
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_item: Callable[[str, str, list[str]], str | None] = self._ask_item
        self.ask_color: Callable[[QColor], QColor | None] = self._ask_color
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.show_error: Callable[[str], None] = self._show_error

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tags…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.tree = QTreeWidget()
        self.tree.setObjectName("tagTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Annotations")])
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.rename())
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.color_button = QPushButton(self.tr("&Colour…"))
        self.clear_color_button = QPushButton(self.tr("C&lear colour"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.color_button.clicked.connect(self.recolour)
        self.clear_color_button.clicked.connect(self.clear_colour)
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        side = QVBoxLayout()
        for button in (self.rename_button, self.merge_button, self.color_button, self.clear_color_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)

        # The main window's Ctrl+Z does not reach a modal dialog, so the dialog carries its own.
        self.undo_action = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])

        self.summary = QLabel()
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        if hub is not None and hasattr(hub, "changed"):
            hub.changed.connect(self._on_changed)
        self.reload()

    # -- listing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild the tree from the library, keeping the selected tag selected."""
        from reader.annotations.tags import list_tags

        selected = self.current_name()
        self.tree.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        tags = list_tags()
        for tag in tags:
            parts, labels = tag.name.split("/"), tag.label.split("/")
            parent: QTreeWidgetItem | None = None
            for depth in range(len(parts)):
                key = "/".join(parts[: depth + 1])
                if key not in nodes:
                    label = labels[depth] if depth < len(labels) else parts[depth]
                    item = QTreeWidgetItem([label, ""])
                    item.setData(0, NAME_ROLE, None)  # a grouping node until a tag claims it
                    (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
                    nodes[key] = item
                parent = nodes[key]
            item = nodes[tag.name]
            item.setText(0, labels[-1])
            item.setText(1, str(tag.count))
            item.setData(0, NAME_ROLE, tag.name)
            item.setData(0, TAG_ROLE, tag)
            item.setIcon(0, swatch(tag.color))
            item.setToolTip(0, tag.label + (self.tr(" (built in)") if tag.builtin else ""))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for key, item in nodes.items():
            if item.data(0, NAME_ROLE) is None:
                item.setForeground(0, self.palette().placeholderText())
                item.setToolTip(0, self.tr("Group of nested tags"))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.summary.setText(self.tr("Tags: %n", "", len(tags)))
        if selected and selected in nodes:
            self.tree.setCurrentItem(nodes[selected])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))  # keyboard users start on a tag
        self._apply_filter(self.filter.text())
        self._update_buttons()

    def current_tag(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, TAG_ROLE) if item is not None else None

    def current_name(self) -> str | None:
        tag = self.current_tag()
        return tag.name if tag is not None else None

    def select(self, name: str) -> bool:
        """Make the tag called ``name`` (label or normalised name) current."""
        from reader.annotations.tags import normalise_tag

        key = normalise_tag(name)
        for item in self._items():
            if item.data(0, NAME_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            tag = item.data(0, TAG_ROLE)
            label = tag.label if tag is not None else item.text(0)
            item.setHidden(bool(needle) and needle not in label.casefold())
        if needle:  # keep the parents of a match visible
            for item in self._items():
                if not item.isHidden():
                    parent = item.parent()
                    while parent is not None:
                        parent.setHidden(False)
                        parent = parent.parent()

    def _update_buttons(self, *_args: object) -> None:
        tag = self.current_tag()
        editable = tag is not None and not tag.builtin
        for button in (self.rename_button, self.merge_button, self.delete_button):
            button.setEnabled(editable)
        self.color_button.setEnabled(tag is not None)
        self.clear_color_button.setEnabled(tag is not None and bool(tag.color))

    def _on_changed(self, changes: Any) -> None:
        if getattr(changes, "tags", False) or getattr(changes, "annotations", False):
            self.reload()

    # -- actions -----------------------------------------------------------------------------
    def _run(self, command: Any) -> bool:
        """Do the command now and put it on the undo stack; a refusal from the core is shown, not stacked."""
        if not push(self.undo_stack, command):
            self.show_error(command.error or "")
            return False
        if self.hub is None:
            self.reload()
        return True

    def rename(self) -> bool:
        tag = self.current_tag()
        if tag is None or tag.builtin:
            return False
        new = self.ask_text(self.tr("Rename tag"), self.tr("New name (use “/” to nest, e.g. 承诺/经济):"), tag.label)
        if not new or new.strip() == tag.label:
            return False
        new = new.strip()
        ok = self._run(tag_commands.rename_command(self.hub, tag.label, new))
        if ok:
            self.select(new)
        return ok

    def merge(self) -> bool:
        from reader.annotations.tags import list_tags

        tag = self.current_tag()
        if tag is None or tag.builtin:
            return False
        others = [t.label for t in list_tags() if t.name != tag.name and not t.name.startswith(tag.name + "/")]
        target = self.ask_item(
            self.tr("Merge tag"), self.tr("Move every annotation of “%1” to:").replace("%1", tag.label), others
        )
        if not target:
            return False
        snap = tag_commands.snapshot([tag.name])
        ok = self._run(tag_commands.merge_command(self.hub, tag.label, target, snap))
        if ok:
            self.select(target)
        return ok

    def delete(self) -> bool:
        tag = self.current_tag()
        if tag is None or tag.builtin:
            return False
        question = self.tr("Remove the tag “%1” from %n annotation(s)? The annotations themselves stay.", "", tag.count)
        if not self.confirm(self.tr("Delete tag"), question.replace("%1", tag.label)):
            return False
        snap = tag_commands.snapshot([tag.name])
        return self._run(tag_commands.delete_command(self.hub, tag.label, snap))

    def recolour(self) -> bool:
        from reader.annotations.colors import color_hex

        tag = self.current_tag()
        if tag is None:
            return False
        initial = QColor(color_hex(tag.color)) if tag.color else QColor("#ffe066")
        color = self.ask_color(initial)
        if color is None or not color.isValid():
            return False
        return self._set_colour(tag, color.name())

    def clear_colour(self) -> bool:
        tag = self.current_tag()
        return False if tag is None or not tag.color else self._set_colour(tag, "")

    def _set_colour(self, tag: Any, value: str) -> bool:
        return self._run(tag_commands.color_command(self.hub, tag.label, tag.color, value))

    # -- default prompts ---------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def _ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        # Editable: merging into a tag that does not exist yet creates it.
        value, ok = QInputDialog.getItem(self, title, label, items, 0, True)
        return value.strip() if ok and value.strip() else None

    def _ask_color(self, initial: QColor) -> QColor | None:
        color = QColorDialog.getColor(initial, self, self.tr("Tag colour"))
        return color if color.isValid() else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tags"), message)
