"""Validating annotations against every MUST assertion of the W3C Web Annotation test suite."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "w3c-annotation-tests"

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s\"<>\\^`{|}]*")

FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time")
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:  # RFC 3986 absolute URI: a scheme, no spaces or forbidden characters
    return not isinstance(value, str) or bool(_URI.fullmatch(value))


@lru_cache(maxsize=1)
def _assertions() -> list[tuple[str, Draft4Validator, bool]]:
    resources = []
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], DRAFT4.create_resource(schema)))
    registry = Registry().with_resources(resources)
    musts = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    out = []
    for name in musts["assertions"]:
        schema = json.loads((SUITE / name).read_text(encoding="utf-8"))
        validator = Draft4Validator(schema, registry=registry, format_checker=FORMATS)
        out.append((name, validator, schema.get("expectedResult", "valid") == "valid"))
    return out


def must_failures(annotation: object) -> list[str]:
    """The MUST assertions ``annotation`` fails (empty when it conforms)."""
    return [name for name, validator, valid in _assertions() if validator.is_valid(annotation) != valid]


def assertion_count() -> int:
    return len(_assertions())


def load_lenient(path: Path) -> object:
    """A sample file; some "incorrect" samples have trailing commas, which JSON parsers refuse."""
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError:
        return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
