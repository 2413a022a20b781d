"""The people of a team batch as a table: name, photo file, status (with its reason), variants made, cost.

Rows are ``PersonState`` copies, found by their key: the runner's events replace a row as they arrive.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate
from headshot_desktop.ui.team.words import cost_text, status_text

if TYPE_CHECKING:
    from headshot_desktop.services.team.manifest import PersonState

Index = QModelIndex | QPersistentModelIndex
HEADINGS = (  # translated where shown: the translator is installed after this module is imported
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Photo"),
    QT_TRANSLATE_NOOP("PeopleModel", "Status"),
    QT_TRANSLATE_NOOP("PeopleModel", "Variants"),
    QT_TRANSLATE_NOOP("PeopleModel", "Cost"),
)
NAME, PHOTO, STATUS, VARIANTS, COST = range(len(HEADINGS))
PersonRole = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonState] = []
        self._rows: dict[str, int] = {}

    def set_people(self, people: list[PersonState]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._rows = {p.key: row for row, p in enumerate(self._people)}
        self.endResetModel()

    def people(self) -> list[PersonState]:
        return list(self._people)

    def person(self, row: int) -> PersonState:
        return self._people[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def update_person(self, person: PersonState) -> None:
        """Replace the row with ``person``'s key (a runner's event), or add it at the end (someone added)."""
        row = self._rows.get(person.key)
        if row is None:
            row = len(self._people)
            self.beginInsertRows(QModelIndex(), row, row)
            self._people.append(person)
            self._rows[person.key] = row
            self.endInsertRows()
            return
        self._people[row] = person
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADINGS) - 1))

    def count(self, status: str) -> int:
        return sum(p.status == status for p in self._people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("PeopleModel", HEADINGS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and person.reason:
                return shown(person.reason)
            if column == PHOTO:
                return person.photo
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            heading, text = translate("PeopleModel", HEADINGS[column]), self._text(person, column)
            if not text:
                return translate("PeopleModel", "{heading}: none").format(heading=heading)
            return translate("PeopleModel", "{heading}: {value}").format(heading=heading, value=text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VARIANTS, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PersonRole:
            return person
        return None

    @staticmethod
    def _text(person: PersonState, column: int) -> str:
        if column == NAME:
            return person.name
        if column == PHOTO:
            return Path(person.photo).name
        if column == STATUS:
            return status_text(person)
        if column == VARIANTS:
            return str(len(person.headshot_ids)) if person.headshot_ids else ""
        return cost_text(person.cost_usd)
