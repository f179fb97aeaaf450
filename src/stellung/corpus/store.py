"""The corpus store: one SQLite file (WAL mode), tables a person can read in any SQLite browser.

A new database is created at version 1 and brought up to date by the same migrations
an old file goes through, so both paths are always exercised. ``meta.schema_version``
says where a file stands; opening a file migrates it, each step in one transaction.

Tables (one row per ...):
  documents     stored article; ``analysis`` holds the full analysis JSON, ``duplicate_of``
                links a near-duplicate (an edited reprint) to the story it copies
  sentences     sentence of a document (index, offsets, paragraph, boilerplate kind, text)
  actors        actor known anywhere in the corpus (ids are stable across documents)
  mentions      mention of an actor in a document
  quotes        quote, with its speaker and first sentence
  events        event (PLOVER type, mode, trigger, sentence, negation, modality, score, quad class)
  event_dyads   (event, actor, recipient) pair, with both countries and the day: dyad queries
  relations     standing relation between two actors
  errors        record that could not be analysed (source, record id, error, when)
  dyad_day      pre-aggregated (actor country, recipient country, day, duplicate?) counts,
                kept up to date on ingest in the same transaction
  minhashes     MinHash signature of each document, for near-duplicate detection
  documents_fts, quotes_fts   FTS5 indexes over document title+text and quote text
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from ..model import Analysis

SCHEMA_VERSION = 2

# PLOVER event type -> GDELT-style quad class (1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict).
QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "CONCEDE", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"), 3),
    **dict.fromkeys(("SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
# Only events that the text asserts happened go into dyad_day: "did not attack" and
# "may impose sanctions" are stored as events but are not acts between the two.
COUNTED_MODALITIES = ("asserted",)

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source_hash TEXT,
    source TEXT,
    title TEXT, url TEXT, outlet TEXT, published TEXT, day TEXT, language TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    duplicate_of TEXT REFERENCES documents(id),
    analysis TEXT NOT NULL
);
CREATE INDEX documents_source_hash ON documents(source_hash);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
    start INTEGER, "end" INTEGER, paragraph INTEGER, boilerplate TEXT, text TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE actors (
    id TEXT PRIMARY KEY, name TEXT, kind TEXT, country TEXT, sector TEXT, code TEXT
);
CREATE INDEX actors_country ON actors(country);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id), actor_id TEXT NOT NULL REFERENCES actors(id),
    start INTEGER, "end" INTEGER, text TEXT, sentence INTEGER, how TEXT
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents(id), quote_id TEXT NOT NULL,
    kind TEXT, start INTEGER, "end" INTEGER, text TEXT,
    speaker_id TEXT, speaker_text TEXT, cue TEXT, addressee TEXT, sentence INTEGER,
    PRIMARY KEY (doc_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents(id), event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, context TEXT, trigger TEXT, start INTEGER, "end" INTEGER,
    sentence INTEGER, negated INTEGER, modality TEXT, source_id TEXT, quote_id TEXT,
    score REAL, cameo_root TEXT, location TEXT, day TEXT,
    PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX events_day ON events(day);
CREATE TABLE event_dyads (
    doc_id TEXT NOT NULL, event_id TEXT NOT NULL,
    actor_id TEXT, recipient_id TEXT, actor_country TEXT, recipient_country TEXT, day TEXT
);
CREATE INDEX event_dyads_countries ON event_dyads(actor_country, recipient_country, day);
CREATE INDEX event_dyads_actor ON event_dyads(actor_id);
CREATE INDEX event_dyads_recipient ON event_dyads(recipient_id);
CREATE INDEX event_dyads_event ON event_dyads(doc_id, event_id);
CREATE TABLE relations (
    doc_id TEXT NOT NULL REFERENCES documents(id), relation_id TEXT NOT NULL,
    type TEXT, subject_id TEXT, object_id TEXT, sentence INTEGER, negated INTEGER,
    modality TEXT, source_id TEXT, quote_id TEXT,
    PRIMARY KEY (doc_id, relation_id)
);
CREATE TABLE errors (
    id INTEGER PRIMARY KEY, source TEXT, record_id TEXT, error TEXT, at TEXT
);
CREATE TABLE dyad_day (
    actor_country TEXT NOT NULL, recipient_country TEXT NOT NULL, duplicate INTEGER NOT NULL,
    day TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0, scored INTEGER NOT NULL DEFAULT 0,
    score_sum REAL NOT NULL DEFAULT 0,
    verbal_coop INTEGER NOT NULL DEFAULT 0, material_coop INTEGER NOT NULL DEFAULT 0,
    verbal_conflict INTEGER NOT NULL DEFAULT 0, material_conflict INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_country, recipient_country, duplicate, day)
) WITHOUT ROWID;
CREATE INDEX dyad_day_day ON dyad_day(day);
CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid');
INSERT INTO meta VALUES ('schema_version', '1');
"""


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """v2: documents get an ``author`` column (from the stored analysis) and events a
    ``quad_class`` column (from their type), both backfilled for rows already there."""
    conn.execute("ALTER TABLE documents ADD COLUMN author TEXT")
    conn.execute("UPDATE documents SET author = json_extract(analysis, '$.document.author')")
    conn.execute("ALTER TABLE events ADD COLUMN quad_class INTEGER")
    cases = " ".join(f"WHEN '{t}' THEN {q}" for t, q in QUAD_CLASS.items())
    conn.execute(f"UPDATE events SET quad_class = CASE type {cases} END")
    conn.execute("CREATE INDEX events_quad ON events(quad_class)")


MIGRATIONS = {1: _migrate_1_to_2}  # from version -> step to version + 1


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def day_of(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date or timestamp; None when it is not one."""
    if not value:
        return None
    m = _DAY.match(value.strip())
    return m.group(1) if m else None


class StoreError(Exception):
    pass


def connect(path: str | Path, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating or migrating as needed) a corpus database."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)  # explicit transactions
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=OFF")  # duplicate_of may point to a row stored in the same batch
    version = schema_version(conn)
    if version is None:
        conn.execute("BEGIN IMMEDIATE")
        _exec_script(conn, SCHEMA_V1)
        conn.execute("COMMIT")
        version = 1
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: schema version {version} is newer than this stellung ({SCHEMA_VERSION}); upgrade stellung")
    if migrate:
        while version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[version](conn)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version + 1),))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            version += 1
    return conn


def _exec_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one inside the open transaction (executescript would commit)."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def schema_version(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if row is None:
        return None
    value = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(value[0]) if value else None


# ------------------------------------------------------------------ writing one analysis

def add_error(conn: sqlite3.Connection, source: str | None, record_id: str | None, error: str) -> None:
    conn.execute("INSERT INTO errors (source, record_id, error, at) VALUES (?, ?, ?, ?)",
                  (source, record_id, error, now()))


def add_analysis(conn: sqlite3.Connection, analysis: Analysis, *, source: str | None = None,
                 source_hash: str | None = None, duplicate_of: str | None = None,
                 signature: bytes | None = None, doc_id: str | None = None) -> str:
    """Insert one analysed document and everything it holds; the caller owns the transaction.
    Returns the id stored (``doc_id`` overrides the analysis's own, for clashing ids)."""
    d = analysis.document
    doc_id = doc_id or d.id
    data = analysis.to_dict()
    data["document"]["id"] = doc_id
    day = day_of(d.published)
    cur = conn.execute(
        "INSERT INTO documents (id, content_hash, source_hash, source, title, url, outlet, published, day, language,"
        " text, ingested_at, duplicate_of, analysis, author) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc_id, content_hash(d.text), source_hash, source, d.title, d.url, d.outlet, d.published, day, d.language,
         d.text, now(), duplicate_of, json.dumps(data, ensure_ascii=False), d.author))
    rowid = cur.lastrowid
    conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (rowid, d.title or "", d.text))
    if signature is not None:
        conn.execute("INSERT INTO minhashes VALUES (?, ?)", (doc_id, signature))
    text = d.text
    conn.executemany('INSERT INTO sentences (doc_id, idx, start, "end", paragraph, boilerplate, text) VALUES (?,?,?,?,?,?,?)',
                     [(doc_id, s.index, s.start, s.end, s.paragraph, s.boilerplate, text[s.start:s.end])
                      for s in analysis.sentences])
    actors = {a.id: a for a in analysis.actors}
    conn.executemany(
        "INSERT INTO actors (id, name, kind, country, sector, code) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, "
        "country=coalesce(excluded.country, actors.country), sector=coalesce(excluded.sector, actors.sector), "
        "code=coalesce(excluded.code, actors.code)",
        [(a.id, a.name, a.kind, a.country, a.sector, a.code) for a in analysis.actors])
    conn.executemany('INSERT INTO mentions (doc_id, actor_id, start, "end", text, sentence, how) VALUES (?,?,?,?,?,?,?)',
                     [(doc_id, a.id, m.start, m.end, m.text, m.sentence, m.how)
                      for a in analysis.actors for m in a.mentions])
    for q in analysis.quotes:
        cur = conn.execute(
            'INSERT INTO quotes (doc_id, quote_id, kind, start, "end", text, speaker_id, speaker_text, cue, addressee,'
            " sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, q.id, q.kind, q.start, q.end, q.text, q.speaker,
             q.speaker_span.text if q.speaker_span else None, q.cue.text if q.cue else None, q.addressee,
             q.sentences[0] if q.sentences else None))
        conn.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, q.text))
    dup = 1 if duplicate_of else 0
    aggregate: dict[tuple[str, str, str], list] = {}
    for e in analysis.events:
        eday = day_of(e.date) or day
        quad = QUAD_CLASS.get(e.type)
        conn.execute(
            'INSERT INTO events (doc_id, event_id, type, mode, context, trigger, start, "end", sentence, negated,'
            " modality, source_id, quote_id, score, cameo_root, location, day, quad_class)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, e.id, e.type, e.mode, json.dumps(e.context), e.trigger.text, e.trigger.start, e.trigger.end,
             e.sentence, int(e.negated), e.modality, e.source, e.quote, e.score, e.cameo_root, e.location, eday, quad))
        if e.recipients or len(e.actors) < 2:
            pairs = [(a, r) for a in (e.actors or [None]) for r in (e.recipients or [None])]
        else:  # reciprocal, "Moscow and Ankara agreed": each actor acts towards each other one
            pairs = [(a, r) for a in e.actors for r in e.actors if a != r]
        rows = []
        for a, r in pairs:
            ac = actors[a].country if a in actors else None
            rc = actors[r].country if r in actors else None
            rows.append((doc_id, e.id, a, r, ac, rc, eday))
        conn.executemany("INSERT INTO event_dyads VALUES (?,?,?,?,?,?,?)", rows)
        if eday and not e.negated and e.modality in COUNTED_MODALITIES:
            # An event counts once per country pair, however many actors of one country it names.
            for key in {(ac or "", rc or "", eday) for _, _, _, _, ac, rc, _ in rows}:
                agg = aggregate.setdefault(key, [0, 0, 0.0, 0, 0, 0, 0])
                agg[0] += 1
                if e.score is not None:
                    agg[1] += 1
                    agg[2] += e.score
                if quad:
                    agg[2 + quad] += 1
    conn.executemany(
        "INSERT INTO dyad_day VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET "
        "events=events+excluded.events, scored=scored+excluded.scored, score_sum=score_sum+excluded.score_sum, "
        "verbal_coop=verbal_coop+excluded.verbal_coop, material_coop=material_coop+excluded.material_coop, "
        "verbal_conflict=verbal_conflict+excluded.verbal_conflict, "
        "material_conflict=material_conflict+excluded.material_conflict",
        [(ac, rc, dup, dday, *agg) for (ac, rc, dday), agg in aggregate.items()])
    conn.executemany(
        "INSERT INTO relations VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(doc_id, r.id, r.type, r.subject, r.object, r.sentence, int(r.negated), r.modality, r.source, r.quote)
         for r in analysis.relations])
    return doc_id


def iter_rows(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> Iterable[dict]:
    for row in conn.execute(sql, tuple(params)):
        yield dict(row)
