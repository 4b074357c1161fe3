"""peewee models of the library. Bound at start-up through ``database`` (a DatabaseProxy).

Offsets stored here (annotations, search hits) are character offsets into ``Article.text``
(paragraphs joined by LF, see ``reader.repair.model.article_text``).
"""

from __future__ import annotations

import datetime as _dt

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database


class SchemaVersion(BaseModel):
    version = IntegerField()


class Issue(BaseModel):
    """One imported issue of a paper: a file, or a folder of page files."""

    source = CharField(index=True)  # file or folder name as imported ("003_e4feb845366e9c79.txt")
    source_path = TextField(default="")  # absolute path at import time
    sha256 = CharField(unique=True)  # of the raw bytes of all pages, in page order
    paper = CharField(default="")  # "渝中报" when found
    date = CharField(default="")  # ISO date when found in the text
    number = CharField(default="")  # issue number when found
    imported_at = DateTimeField(default=_now)
    repaired_at = DateTimeField(default=_now)
    repair_json = TextField(default="")  # RepairedIssue.to_json() of the last repair (removed, repairs)


class Page(BaseModel):
    issue = ForeignKeyField(Issue, backref="pages", on_delete="CASCADE")
    number = IntegerField()
    name = CharField()
    encoding = CharField(default="utf-8")
    raw = BlobField()  # the bytes as read from disk
    text = TextField()  # normalised text: offsets in repairs refer to it


class Article(BaseModel):
    issue = ForeignKeyField(Issue, backref="articles", on_delete="CASCADE")
    order = IntegerField()  # reading order within the issue
    title = TextField()
    subtitle = TextField(null=True)
    kicker = TextField(null=True)
    byline = TextField(null=True)
    page = IntegerField(null=True)
    continued_from = IntegerField(null=True)
    continues_to = IntegerField(null=True)
    incomplete = BooleanField(default=False)
    text = TextField()  # paragraphs joined by LF
    blocks = TextField(default="")  # space-separated block ids, in order


class Paragraph(BaseModel):
    article = ForeignKeyField(Article, backref="paragraphs", on_delete="CASCADE")
    index = IntegerField()
    start = IntegerField()  # offset of the paragraph in Article.text
    text = TextField()
    kind = CharField(default="paragraph")
    segments = TextField(default="[]")  # JSON list of Segment.to_json()


class RepairOverride(BaseModel):
    """A manual repair fix (``reader.repair.model.Override``), re-applied on every re-repair."""

    issue = ForeignKeyField(Issue, backref="overrides", on_delete="CASCADE")
    op = CharField()
    a = CharField()
    b = CharField(null=True)
    offset = IntegerField(null=True)
    created = DateTimeField(default=_now)


class Tag(BaseModel):
    name = CharField(unique=True)  # normalised (NFKC, casefolded); "/" nests: "承诺/经济"
    label = CharField()  # as the user typed it first
    color = CharField(default="")
    builtin = BooleanField(default=False)


class Annotation(BaseModel):
    uuid = CharField(unique=True)
    issue = ForeignKeyField(Issue, backref="annotations", null=True, on_delete="SET NULL")
    issue_sha256 = CharField(default="")  # kept so an orphan still knows its issue
    source = CharField(default="")  # Issue.source at creation
    article = ForeignKeyField(Article, backref="annotations", null=True, on_delete="SET NULL")
    article_title = TextField(default="")
    quote = TextField()
    prefix = TextField(default="")  # up to 32 characters before the quote
    suffix = TextField(default="")  # up to 32 characters after the quote
    start = IntegerField(null=True)  # offsets in Article.text; null when orphaned
    end = IntegerField(null=True)
    orphan = BooleanField(default=False)
    anchor_method = CharField(default="created")  # created | offsets | quote | context | fuzzy | none
    anchor_score = FloatField(default=1.0)
    note = TextField(default="")
    color = CharField(default="yellow")
    extra = TextField(default="")  # JSON of structured fields (commitments)
    created = DateTimeField(default=_now)
    modified = DateTimeField(default=_now)
    deleted = DateTimeField(null=True)  # in the trash when set


class AnnotationTag(BaseModel):
    annotation = ForeignKeyField(Annotation, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="annotation_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("annotation", "tag"), True),)


MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Issue,
    Page,
    Article,
    Paragraph,
    RepairOverride,
    Tag,
    Annotation,
    AnnotationTag,
]
