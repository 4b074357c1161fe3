"""JSON-LD in the W3C Web Annotation Data Model: an AnnotationCollection whose first page holds the annotations."""

from __future__ import annotations

import json
import uuid as _uuid
from typing import Any

from reader.annotations.colors import COLORS
from reader.export.records import ExportRecord

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
READER_NS = "urn:difangbao-reader:ns#"  # our own properties: reader:source, reader:color, extra fields…
CONTEXT: list[Any] = [ANNO_CONTEXT, {"reader": READER_NS}]
MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
STYLESHEET = " ".join(f".{name} {{ background-color: {value}; }}" for name, value in COLORS.items())


def motivation(record: ExportRecord) -> str:
    a = record.annotation
    if a.note:
        return "commenting"
    if a.tags:
        return "tagging"
    return "highlighting"


def annotation_json(record: ExportRecord) -> dict[str, Any]:
    """One annotation, complete on its own (it carries its own @context)."""
    a = record.annotation
    bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in a.tags]
    if a.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"})
    if a.extra:
        # Structured fields (e.g. a commitment's metric and target) as reader: properties of a body.
        extra_body: dict[str, Any] = {
            "type": "TextualBody",
            "purpose": "describing",
            "format": "application/json",
            "value": json.dumps(a.extra, ensure_ascii=False, sort_keys=True),
        }
        extra_body.update({f"reader:{key}": value for key, value in sorted(a.extra.items())})
        if record.status:
            extra_body["reader:status"] = record.status
        if record.evidence_uuid:  # the local id in "reader:evidence" means nothing in another library
            extra_body["reader:evidenceAnnotation"] = f"urn:uuid:{record.evidence_uuid}"
        bodies.append(extra_body)
    exact, prefix, suffix = record.selected or (a.quote, a.prefix, a.suffix)
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}
    ]
    if a.start is not None and a.end is not None and not a.orphan:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{a.uuid}",
        "type": "Annotation",
        "motivation": motivation(record),
        "created": a.created,
        "modified": a.modified,
    }
    if bodies:
        doc["body"] = bodies
    doc["target"] = {
        "type": "SpecificResource",
        "source": record.target_uri,
        "selector": selectors,
        "styleClass": a.color,
    }
    doc["stylesheet"] = {"type": "CssStylesheet", "value": STYLESHEET}
    doc["reader:source"] = a.source
    doc["reader:articleTitle"] = a.article_title
    doc["reader:color"] = a.color
    doc["reader:orphan"] = a.orphan
    if exact != a.quote:  # placed approximately: keep the words the user chose
        doc["reader:quote"] = a.quote
    return doc


def collection_json(records: list[ExportRecord]) -> dict[str, Any]:
    items = [annotation_json(r) for r in records]
    # Ids derived from the content, so exporting the same annotations twice gives the same file.
    seed = ",".join(sorted(r.annotation.uuid for r in records))
    collection_id = _uuid.uuid5(_uuid.NAMESPACE_URL, READER_NS + "collection:" + seed)
    page_id = _uuid.uuid5(_uuid.NAMESPACE_URL, READER_NS + "page:" + seed)
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{collection_id}",
        "type": "AnnotationCollection",
        "label": "reader annotations",
        "total": len(items),
        "first": {
            "id": f"urn:uuid:{page_id}",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def to_jsonld(records: list[ExportRecord]) -> bytes:
    return (json.dumps(collection_json(records), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
