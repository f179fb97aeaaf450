"""Export the store: Parquet or CSV per table, JSONL analyses, PLOVER JSON records, GDELT-style events.

Files written into ``out`` (a directory, created if needed):
  parquet  <table>.parquet for every readable table, plus gdelt_events.parquet
  csv      <table>.csv for the same
  jsonl    analyses.jsonl: the stored analysis of each document, one per line
  plover   plover.jsonl: one PLOVER-style JSON record per event
  gdelt    gdelt_events.tsv: date, actor codes, event code, quad class, score, source URL (tab-separated,
           with a header of GDELT 1.0 column names)
Near-duplicates are exported too (``documents.duplicate_of`` says which they are), except in
the plover and gdelt files, which count a story once unless ``include_duplicates``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

EXPORT_FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt")
TABLES = ("documents", "sentences", "actors", "mentions", "quotes", "events", "event_dyads", "relations",
          "errors", "dyad_day")

# GDELT 1.0 column names for the columns we fill.
GDELT_SQL = """
SELECT e.doc_id || ':' || e.event_id AS GLOBALEVENTID,
       replace(e.day, '-', '') AS SQLDATE,
       coalesce(a1.code, a1.country) AS Actor1Code, a1.name AS Actor1Name, a1.country AS Actor1CountryCode,
       coalesce(a2.code, a2.country) AS Actor2Code, a2.name AS Actor2Name, a2.country AS Actor2CountryCode,
       e.cameo_root AS EventCode, e.cameo_root AS EventRootCode, e.quad_class AS QuadClass,
       e.score AS GoldsteinScale, e.type AS PloverType, d.url AS SOURCEURL, e.doc_id AS DocId,
       e.sentence AS Sentence
FROM events e JOIN event_dyads x ON x.doc_id = e.doc_id AND x.event_id = e.event_id
JOIN documents d ON d.id = e.doc_id
LEFT JOIN actors a1 ON a1.id = x.actor_id LEFT JOIN actors a2 ON a2.id = x.recipient_id
WHERE e.negated = 0 AND {dup}
ORDER BY e.day, e.doc_id, e.start
"""


def _dup(include_duplicates: bool) -> str:
    return "1" if include_duplicates else "d.duplicate_of IS NULL"


def _table_sql(table: str) -> str:
    if table == "documents":  # the analysis JSON goes to analyses.jsonl, not into every table file
        return ("SELECT id, content_hash, title, url, outlet, published, day, language, author, text, "
                "ingested_at, duplicate_of, source FROM documents")
    return f"SELECT * FROM {table}"


def export(conn: sqlite3.Connection, fmt: str, out: str | Path, include_duplicates: bool = False) -> list[Path]:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    queries = {t: _table_sql(t) for t in TABLES}
    queries["gdelt_events"] = GDELT_SQL.format(dup=_dup(include_duplicates))
    if fmt == "parquet":
        for name, sql in queries.items():
            written.append(_parquet(conn, sql, out / f"{name}.parquet"))
    elif fmt == "csv":
        for name, sql in queries.items():
            written.append(_csv(conn, sql, out / f"{name}.csv"))
    elif fmt == "gdelt":
        written.append(_csv(conn, queries["gdelt_events"], out / "gdelt_events.tsv", delimiter="\t"))
    elif fmt == "jsonl":
        path = out / "analyses.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for (analysis,) in conn.execute("SELECT analysis FROM documents ORDER BY rowid"):
                fh.write(analysis + "\n")
        written.append(path)
    else:
        written.append(_plover(conn, out / "plover.jsonl", include_duplicates))
    return written


def _csv(conn: sqlite3.Connection, sql: str, path: Path, delimiter: str = ",") -> Path:
    cur = conn.execute(sql)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow([c[0] for c in cur.description])
        while rows := cur.fetchmany(5000):
            w.writerows(rows)
    return path


def _parquet(conn: sqlite3.Connection, sql: str, path: Path, chunk: int = 50_000) -> Path:
    """Streamed in row groups so a large table never sits in memory whole. Column types come
    from the first chunk; a column that is all null there is written as text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cur = conn.execute(sql)
    names = [c[0] for c in cur.description]
    writer = None
    schema = None
    try:
        while True:
            rows = cur.fetchmany(chunk)
            if not rows and writer is not None:
                break
            columns = list(zip(*rows)) if rows else [[] for _ in names]
            if schema is None:
                fields = []
                for name, col in zip(names, columns):
                    kinds = {type(v) for v in col if v is not None}
                    if kinds <= {int, bool} and kinds:
                        t = pa.int64()
                    elif kinds <= {int, float} and kinds:
                        t = pa.float64()
                    elif kinds == {bytes}:
                        t = pa.binary()
                    else:
                        t = pa.string()
                    fields.append(pa.field(name, t))
                schema = pa.schema(fields)
                writer = pq.ParquetWriter(str(path), schema)
            arrays = [pa.array([_coerce(v, f.type) for v in col], type=f.type) for col, f in zip(columns, schema)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            if not rows:
                break
    finally:
        if writer is not None:
            writer.close()
    return path


def _coerce(value, arrow_type):
    import pyarrow as pa

    if value is None:
        return None
    if arrow_type == pa.string() and not isinstance(value, str):
        return str(value)
    if arrow_type == pa.float64():
        return float(value)
    return value


def _plover(conn: sqlite3.Connection, path: Path, include_duplicates: bool) -> Path:
    """One record per event in the field names of PLOVER's JSON examples (POLECAT style)."""
    sql = f"""
        SELECT e.*, d.url, d.title, d.published, d.outlet, s.text AS sentence_text
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        WHERE {_dup(include_duplicates)} ORDER BY e.day, e.doc_id, e.start"""
    actors = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM actors")}
    dyads: dict[tuple[str, str], list] = {}
    for r in conn.execute("SELECT doc_id, event_id, actor_id, recipient_id FROM event_dyads"):
        dyads.setdefault((r[0], r[1]), []).append((r[2], r[3]))

    def party(ids):
        out = []
        for i in dict.fromkeys(i for i in ids if i):
            a = actors.get(i, {})
            out.append({"id": i, "name": a.get("name"), "country": a.get("country"), "sector": a.get("sector"),
                        "code": a.get("code")})
        return out

    with path.open("w", encoding="utf-8") as fh:
        for e in conn.execute(sql):
            pairs = dyads.get((e["doc_id"], e["event_id"]), [])
            sources, targets = party(p[0] for p in pairs), party(p[1] for p in pairs)
            record = {
                "id": f"{e['doc_id']}:{e['event_id']}", "event_date": e["day"], "event_type": e["type"],
                "mode": e["mode"], "context": json.loads(e["context"] or "[]"),
                "source_actor": sources[0]["country"] if sources else None,
                "source_agent": sources[0]["sector"] if sources else None,
                "target_actor": targets[0]["country"] if targets else None,
                "target_agent": targets[0]["sector"] if targets else None,
                "actors": sources, "recipients": targets,
                "negated": bool(e["negated"]), "modality": e["modality"], "score": e["score"],
                "quad_class": e["quad_class"], "cameo_root": e["cameo_root"], "location": e["location"],
                "event_text": e["sentence_text"], "trigger": e["trigger"],
                "doc_id": e["doc_id"], "sentence": e["sentence"],
                "source": {"url": e["url"], "title": e["title"], "outlet": e["outlet"], "published": e["published"]},
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
