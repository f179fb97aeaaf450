"""The corpus store: ingest many articles into one SQLite file, deduplicate, query, export.

    from stellung.corpus import ingest, connect, queries
    report = ingest(["news/", "feeds.xml"], "corpus.db", analyzer=analyzer)
    conn = connect("corpus.db")
    queries.dyad(conn, "RUS", "TUR", by="month")
"""

from . import queries
from .export import EXPORT_FORMATS, export
from .ingest import IngestReport, ingest
from .store import SCHEMA_VERSION, StoreError, connect

__all__ = ["EXPORT_FORMATS", "IngestReport", "SCHEMA_VERSION", "StoreError", "connect", "export", "ingest", "queries"]
