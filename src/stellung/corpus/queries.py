"""Queries over the store. Each returns a list of row dicts (column order = key order).

Near-duplicates (documents with ``duplicate_of`` set) are left out unless
``include_duplicates`` is true, so a wire story reprinted ten times counts once.
Every quote and event row carries ``doc_id`` and ``sentence`` so it can be traced.
"""

from __future__ import annotations

import sqlite3

from .store import QUAD_NAMES

PERIODS = {"day": 10, "month": 7, "year": 4}


def _dup(include_duplicates: bool, alias: str = "d") -> str:
    return "1" if include_duplicates else f"{alias}.duplicate_of IS NULL"


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, tuple(params))]


def stats(conn: sqlite3.Connection) -> dict:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    dates = conn.execute("SELECT min(day), max(day) FROM documents").fetchone()
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "unique_stories": one("SELECT count(*) FROM documents WHERE duplicate_of IS NULL"),
        "near_duplicates": one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        "outlets": one("SELECT count(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
        "languages": {r[0]: r[1] for r in conn.execute(
            "SELECT language, count(*) FROM documents GROUP BY language ORDER BY count(*) DESC")},
        "first_published": dates[0], "last_published": dates[1],
        "undated_documents": one("SELECT count(*) FROM documents WHERE day IS NULL"),
        "sentences": one("SELECT count(*) FROM sentences"),
        "actors": one("SELECT count(*) FROM actors"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
        "relations": one("SELECT count(*) FROM relations"),
        "errors": one("SELECT count(*) FROM errors"),
        "schema_version": int(one("SELECT value FROM meta WHERE key='schema_version'")),
    }


def _fts_query(conn: sqlite3.Connection, sql: str, query: str, params: tuple) -> list[dict]:
    """Run an FTS5 query; a query that is not valid FTS5 syntax ("S-400") is searched as a phrase."""
    try:
        return _rows(conn, sql, (query, *params))
    except sqlite3.OperationalError:  # fts5 syntax error, or "no such column: 400" for S-400
        phrase = '"' + query.replace('"', '""') + '"'
        return _rows(conn, sql, (phrase, *params))


def search(conn: sqlite3.Connection, query: str, limit: int = 20, include_duplicates: bool = False) -> list[dict]:
    docs = _fts_query(conn, f"""
        SELECT 'article' AS kind, d.id AS doc_id, NULL AS sentence, d.published, d.title,
               snippet(documents_fts, 1, '[', ']', '…', 12) AS match
        FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH ? AND {_dup(include_duplicates)} ORDER BY rank LIMIT ?""", query, (limit,))
    quotes = _fts_query(conn, f"""
        SELECT 'quote' AS kind, q.doc_id, q.sentence, d.published,
               coalesce(a.name, q.speaker_text) AS title,
               snippet(quotes_fts, 0, '[', ']', '…', 12) AS match
        FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.id = q.doc_id
        LEFT JOIN actors a ON a.id = q.speaker_id
        WHERE quotes_fts MATCH ? AND {_dup(include_duplicates)} ORDER BY rank LIMIT ?""", query, (limit,))
    return docs + quotes


def actors(conn: sqlite3.Connection, top: int = 20, kind: str | None = None,
           include_duplicates: bool = False) -> list[dict]:
    return _rows(conn, f"""
        SELECT a.id, a.name, a.kind, a.code, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents
        FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN documents d ON d.id = m.doc_id
        WHERE {_dup(include_duplicates)} AND (? IS NULL OR a.kind = ?)
        GROUP BY a.id ORDER BY documents DESC, mentions DESC, a.name LIMIT ?""", (kind, kind, top))


def quotes(conn: sqlite3.Connection, speaker: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 100, include_duplicates: bool = False) -> list[dict]:
    like = f"%{speaker}%" if speaker else None
    return _rows(conn, f"""
        SELECT q.doc_id, q.sentence, q.quote_id, d.published, coalesce(a.name, q.speaker_text) AS speaker,
               q.speaker_id, q.kind, q.text
        FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.speaker_id
        WHERE {_dup(include_duplicates)}
          AND (? IS NULL OR a.name LIKE ? OR q.speaker_id LIKE ? OR q.speaker_text LIKE ?)
          AND (? IS NULL OR d.day >= ?) AND (? IS NULL OR d.day <= ?)
        ORDER BY d.day, q.doc_id, q.start LIMIT ?""",
        (like, like, like, like, since, since, until, until, limit))


def _actor_filter(column_id: str, column_country: str) -> str:
    """An actor is named by country code (RUS), actor id (state:RUS) or CAMEO code prefix (RUSGOV)."""
    return (f"(? IS NULL OR {column_country} = ? OR {column_id} = ? OR "
            f"{column_id} IN (SELECT id FROM actors WHERE code LIKE ? || '%'))")


def events(conn: sqlite3.Connection, actor: str | None = None, recipient: str | None = None,
           since: str | None = None, until: str | None = None, type: str | None = None,
           limit: int = 200, include_duplicates: bool = False) -> list[dict]:
    params = [actor, actor, actor, actor, recipient, recipient, recipient, recipient]
    return _rows(conn, f"""
        SELECT e.doc_id, e.sentence, e.event_id, e.day AS date, e.type, e.mode,
               group_concat(DISTINCT x.actor_id) AS actors, group_concat(DISTINCT x.recipient_id) AS recipients,
               e.negated, e.modality, e.score, e.quad_class, e.trigger
        FROM events e JOIN event_dyads x ON x.doc_id = e.doc_id AND x.event_id = e.event_id
        JOIN documents d ON d.id = e.doc_id
        WHERE {_actor_filter('x.actor_id', 'x.actor_country')}
          AND {_actor_filter('x.recipient_id', 'x.recipient_country')}
          AND {_dup(include_duplicates)} AND (? IS NULL OR e.day >= ?) AND (? IS NULL OR e.day <= ?)
          AND (? IS NULL OR e.type = upper(?))
        GROUP BY e.doc_id, e.event_id ORDER BY e.day, e.doc_id, e.start LIMIT ?""",
        (*params, since, since, until, until, type, type, limit))


def dyad(conn: sqlite3.Connection, actor: str, recipient: str, by: str = "month", since: str | None = None,
         until: str | None = None, include_duplicates: bool = False, both_directions: bool = False) -> list[dict]:
    """Counts, mean score and quad classes per period, from the pre-aggregated dyad_day table."""
    n = PERIODS[by]
    pairs = "(actor_country = ? AND recipient_country = ?)"
    params: list = [actor.upper(), recipient.upper()]
    if both_directions:
        pairs = f"({pairs} OR {pairs})"
        params += [recipient.upper(), actor.upper()]
    dup = "" if include_duplicates else "AND duplicate = 0"
    quads = ", ".join(f"sum({name}) AS {name}" for name in QUAD_NAMES.values())
    return _rows(conn, f"""
        SELECT substr(day, 1, {n}) AS period, sum(events) AS events,
               round(sum(score_sum) / nullif(sum(scored), 0), 3) AS mean_score, {quads}
        FROM dyad_day WHERE {pairs} {dup} AND (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)
        GROUP BY period ORDER BY period""", (*params, since, since, until, until))


def network(conn: sqlite3.Connection, since: str | None = None, until: str | None = None,
            include_duplicates: bool = False, min_events: int = 1) -> list[dict]:
    """Country-to-country edges: event counts, mean score and quad classes over the period."""
    dup = "" if include_duplicates else "AND duplicate = 0"
    quads = ", ".join(f"sum({name}) AS {name}" for name in QUAD_NAMES.values())
    return _rows(conn, f"""
        SELECT actor_country AS source, recipient_country AS target, sum(events) AS events,
               round(sum(score_sum) / nullif(sum(scored), 0), 3) AS mean_score, {quads}
        FROM dyad_day WHERE actor_country != '' AND recipient_country != '' {dup}
          AND (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)
        GROUP BY actor_country, recipient_country HAVING sum(events) >= ?
        ORDER BY events DESC, source, target""", (since, since, until, until, min_events))


def graphml(edges: list[dict]) -> str:
    """Edges as GraphML (directed; nodes are country codes), readable by networkx, Gephi, igraph."""
    from xml.sax.saxutils import quoteattr

    keys = [("events", "int"), ("mean_score", "double"), *((q, "int") for q in QUAD_NAMES.values())]
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    lines += [f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{t}"/>' for k, t in keys]
    lines.append('  <graph id="stellung" edgedefault="directed">')
    lines += [f"    <node id={quoteattr(n)}/>" for n in nodes]
    for e in edges:
        lines.append(f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>")
        lines += [f'      <data key="{k}">{e[k]}</data>' for k, _ in keys if e.get(k) is not None]
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def document_analysis(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT analysis FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None
