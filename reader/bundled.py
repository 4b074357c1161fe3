"""Files shipped with reader: the sample issues (seeds) and resources (icons, translations)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[-1]


def seeds_dir() -> Path:
    """The sample issues: inside an installed wheel, else the source tree's ``seeds/``."""
    return _first_existing(_PACKAGE / "_seeds", _PACKAGE.parent / "seeds")


def seed_paths() -> list[Path]:
    """Each bundled seed file is one issue, in file-name order."""
    return sorted(seeds_dir().glob("*.txt"))


def resources_dir() -> Path:
    """Icons, translations and other app resources."""
    return _first_existing(_PACKAGE / "_resources", _PACKAGE.parent / "resources")
