"""The corpus store: ingest of each input kind, resume, duplicates, queries, exports, migration."""

import csv
import json
import sqlite3
import sys
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from stellung.corpus import connect, export, ingest, queries
from stellung.corpus import store as store_mod
from stellung.corpus.dedup import minhash
from stellung.corpus.rebuild import analysis_from_dict

from .conftest import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import make_article  # noqa: E402
from reprints import reprint  # noqa: E402

S400 = ("Turkey buys Russian missiles\n\n"
        "Russia and Turkey signed an agreement on the delivery of S-400 missile systems on Monday.\n\n"
        "The United States imposed sanctions on Turkey over the purchase, officials in Washington said.\n\n"
        "“We will not bow to pressure,” said Recep Tayyip Erdogan.")
ACCUSE = ("Berlin accuses Moscow\n\n"
          "Germany accused Russia of a cyberattack on its parliament.\n\n"
          "“This is unacceptable,” said Olaf Scholz.")
PUSHKOV = ("Pushkov on sanctions\n\n"
           "“The sanctions will fail,” said Alexei Pushkov, a Russian senator.\n\n"
           "Russia threatened Turkey with retaliation over the drone sales.")
HTML = ("<html><head><title>Talks in Athens</title></head><body><article>"
        "<p>Greece and Turkey agreed on Friday to reopen talks on maritime borders, officials in Athens said.</p>"
        "<p>The next meeting will take place in Ankara in the autumn, a spokesman added.</p>"
        "</article></body></html>")
FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire Feed</title><link>http://example.org/</link><description>d</description>
<item><title>France and Germany meet</title><link>http://example.org/a1</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate>
<description>&lt;p&gt;France and Germany held talks in Paris on Tuesday about the budget of the union.&lt;/p&gt;</description></item>
<item><title>Poland protests</title><link>http://example.org/a2</link>
<pubDate>Wed, 06 Mar 2019 10:00:00 GMT</pubDate>
<description>Poland protested against the new pipeline that Russia and Germany are building in the Baltic Sea.</description></item>
</channel></rss>"""
PAGE = (b"<html><head><title>Port talks</title></head><body><article>"
        b"<p>Egypt and Israel agreed on Sunday to expand gas exports, the energy ministry in Cairo said.</p>"
        b"<p>Officials will meet again next month to sign the final documents, a spokesman added.</p>"
        b"</article></body></html>")


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "corpus.db"


@pytest.fixture(scope="module")
def http_server():
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body, status = (PAGE, 200) if self.path == "/article" else (b"gone", 404)
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, analyzer) -> Path:
    """A store with known contents, shared by the query and export tests."""
    tmp = tmp_path_factory.mktemp("corpus")
    path = tmp / "corpus.db"
    records = [
        {"id": "s400", "text": S400, "published": "2019-07-12", "outlet": "Wire", "url": "http://example.org/s400"},
        {"id": "accuse", "text": ACCUSE, "published": "2020-05-13", "outlet": "Daily"},
        {"id": "pushkov", "text": PUSHKOV, "published": "2019-08-02", "outlet": "Wire"},
        {"id": "s400-copy", "text": "REPRINT: " + S400 + "\n\n(Reporting by staff.)", "published": "2019-07-13",
         "outlet": "Other"},
    ]
    report = ingest([str(write_jsonl(tmp / "dump.jsonl", records))], path, analyzer=analyzer)
    assert report.stored == 4 and report.near_duplicates == 1, report
    return path


# ------------------------------------------------------------------ ingest

def test_ingest_each_input_kind(tmp_path, db, analyzer, http_server):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "s400.txt").write_text(S400, encoding="utf-8")
    (news / "sub" / "athens.html").write_text(HTML, encoding="utf-8")
    write_jsonl(news / "dump.jsonl", [{"id": "j1", "text": ACCUSE, "published": "2020-05-13"}])
    (news / "feed.xml").write_text(FEED, encoding="utf-8")
    (news / "ignored.bin").write_bytes(b"\x00\x01")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{http_server}/article\n\n{http_server}/missing\n", encoding="utf-8")

    report = ingest([str(news), str(urls)], db, analyzer=analyzer)
    assert (report.stored, report.failed) == (6, 1), report.errors
    conn = connect(db)
    rows = {r["id"]: dict(r) for r in conn.execute("SELECT id, title, url, outlet, published, source FROM documents")}
    assert {"s400", "athens", "j1", "http://example.org/a1", "http://example.org/a2", f"{http_server}/article"} == set(rows)
    assert rows["athens"]["title"] == "Talks in Athens"
    assert rows["http://example.org/a1"]["outlet"] == "Wire Feed"
    assert rows["http://example.org/a1"]["published"].startswith("2019-03-05")
    assert rows[f"{http_server}/article"]["title"] == "Port talks"
    errors = [dict(r) for r in conn.execute("SELECT source, record_id, error FROM errors")]
    assert len(errors) == 1 and errors[0]["source"].endswith("/missing") and "404" in errors[0]["error"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    # A re-run stores nothing new and fetches no stored URL again; the failed URL is retried.
    again = ingest([str(news), str(urls)], db, analyzer=analyzer)
    assert (again.stored, again.skipped, again.failed) == (0, 6, 1)


def test_feed_that_does_not_parse(tmp_path, db, analyzer):
    bad = tmp_path / "broken.rss"
    bad.write_text("this is no feed", encoding="utf-8")
    report = ingest([str(bad)], db, analyzer=analyzer)
    assert report.failed == 1 and "feed" in report.errors[0][2]


def _records(n: int) -> list[dict]:
    return [{"id": f"g{i}", "text": make_article(i, seed=11)["text"], "published": f"2021-01-{i + 1:02d}"}
            for i in range(n)]


def test_resume_after_interrupted_run(tmp_path, db, analyzer):
    dump = write_jsonl(tmp_path / "dump.jsonl", _records(6))
    first = ingest([str(dump)], db, analyzer=analyzer, limit=3)
    assert first.stored == 3
    second = ingest([str(dump)], db, analyzer=analyzer)
    assert (second.skipped, second.stored, second.duplicates) == (3, 3, 0)
    conn = connect(db)
    assert tuple(conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()) == (6, 6)
    assert conn.execute("SELECT count(DISTINCT doc_id) FROM sentences").fetchone()[0] == 6


def test_crash_mid_batch_leaves_no_half_article(tmp_path, db, analyzer, monkeypatch):
    dump = write_jsonl(tmp_path / "dump.jsonl", _records(5))
    real = store_mod.add_analysis
    calls = {"n": 0}

    def failing(conn, analysis, **kw):
        calls["n"] += 1
        if calls["n"] == 4:  # the 4th document: its sentences are half written when the "crash" comes
            conn.execute("INSERT INTO sentences (doc_id, idx) VALUES ('half', 0)")
            raise KeyboardInterrupt
        return real(conn, analysis, **kw)

    ingest_mod = sys.modules["stellung.corpus.ingest"]  # the package exports the function under the same name

    monkeypatch.setattr(ingest_mod, "add_analysis", failing)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(dump)], db, analyzer=analyzer, commit_every=2)
    conn = connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2  # the first batch only
    assert conn.execute("SELECT count(*) FROM sentences WHERE doc_id = 'half'").fetchone()[0] == 0
    monkeypatch.setattr(ingest_mod, "add_analysis", real)
    report = ingest([str(dump)], db, analyzer=analyzer)
    assert (report.skipped, report.stored) == (2, 3)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_exact_and_near_duplicates(tmp_path, db, analyzer):
    base = make_article(1, seed=5)["text"]
    other = make_article(2, seed=5)["text"]
    records = [
        {"id": "orig", "text": base, "published": "2022-02-01"},
        {"id": "same-text-other-id", "text": base + "\n"},        # same cleaned text: stored once
        {"id": "reprint", "text": reprint(base, 1), "published": "2022-02-02"},
        {"id": "reprint-of-reprint", "text": reprint(reprint(base, 1), 2)},
        {"id": "other", "text": other},
        {"id": "orig", "text": "Chile and Peru signed a fisheries agreement on Monday in Lima."},  # id clash
    ]
    report = ingest([str(write_jsonl(tmp_path / "d.jsonl", records))], db, analyzer=analyzer)
    assert report.duplicates == 1 and report.near_duplicates == 2, report
    conn = connect(db)
    dup = {r[0]: r[1] for r in conn.execute("SELECT id, duplicate_of FROM documents")}
    assert dup["reprint"] == "orig" and dup["reprint-of-reprint"] == "orig"
    assert dup["other"] is None
    clash = [i for i in dup if i.startswith("orig~")]
    assert len(clash) == 1 and dup[clash[0]] is None
    stats = queries.stats(conn)
    assert (stats["documents"], stats["unique_stories"], stats["near_duplicates"]) == (5, 3, 2)


def test_dedup_threshold_on_edited_reprints():
    from stellung.corpus.dedup import NearDuplicates

    index = NearDuplicates()
    texts = [make_article(i, seed=9)["text"] for i in range(40)]
    for i, t in enumerate(texts):
        index.add(f"a{i}", minhash(t))
    found = sum(index.find(minhash(reprint(t, i))) == f"a{i}" for i, t in enumerate(texts))
    false = sum(index.find(minhash(make_article(i, seed=10)["text"])) is not None for i in range(40))
    assert found >= 38 and false == 0


# ------------------------------------------------------------------ queries

def test_stats_and_search(corpus):
    conn = connect(corpus)
    s = queries.stats(conn)
    assert s["documents"] == 4 and s["unique_stories"] == 3 and s["outlets"] == 3
    assert (s["first_published"], s["last_published"]) == ("2019-07-12", "2020-05-13")
    assert s["schema_version"] == store_mod.SCHEMA_VERSION
    hits = queries.search(conn, "S-400")
    assert [(h["kind"], h["doc_id"]) for h in hits] == [("article", "s400")]
    assert len(queries.search(conn, "S-400", include_duplicates=True)) == 2
    quote_hits = queries.search(conn, "unacceptable")
    assert [(h["kind"], h["doc_id"], h["sentence"]) for h in quote_hits] == [("article", "accuse", None),
                                                                              ("quote", "accuse", 2)]


def test_actors_quotes_events(corpus):
    conn = connect(corpus)
    top = {r["id"]: r for r in queries.actors(conn, top=50)}
    assert top["state:TUR"]["documents"] == 2  # s400 and pushkov; the reprint is not counted
    assert queries.actors(conn, top=1)[0]["id"] in ("state:TUR", "state:RUS")
    q = queries.quotes(conn, speaker="Pushkov")
    assert len(q) == 1 and q[0]["doc_id"] == "pushkov" and q[0]["text"].startswith("The sanctions will fail")
    assert q[0]["sentence"] == 1
    ev = queries.events(conn, actor="USA", recipient="TUR")
    assert [(e["doc_id"], e["type"], e["sentence"], e["date"]) for e in ev] == [("s400", "SANCTION", 2, "2019-07-12")]
    assert len(queries.events(conn, actor="USA", recipient="TUR", include_duplicates=True)) == 2
    assert queries.events(conn, actor="USA", recipient="TUR", since="2020-01-01") == []
    assert [e["type"] for e in queries.events(conn, actor="DEU")] == ["ACCUSE"]


def test_dyad_and_network(corpus):
    conn = connect(corpus)
    rows = queries.dyad(conn, "USA", "TUR", by="month")
    assert rows == [{"period": "2019-07", "events": 1, "mean_score": rows[0]["mean_score"], "verbal_coop": 0,
                     "material_coop": 0, "verbal_conflict": 0, "material_conflict": 1}]
    assert rows[0]["mean_score"] < 0
    assert queries.dyad(conn, "USA", "TUR", include_duplicates=True)[0]["events"] == 2
    assert queries.dyad(conn, "RUS", "TUR", by="year")[0]["period"] == "2019"
    edges = queries.network(conn)
    pairs = {(e["source"], e["target"]) for e in edges}
    assert {("USA", "TUR"), ("DEU", "RUS"), ("RUS", "TUR")} <= pairs
    graph = ET.fromstring(queries.graphml(edges))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graph.findall(".//g:edge", ns)) == len(edges)


def test_show_rebuilds_the_analysis(corpus):
    conn = connect(corpus)
    stored = json.loads(queries.document_analysis(conn, "s400"))
    assert analysis_from_dict(stored).to_dict() == stored


# ------------------------------------------------------------------ exports

def test_exports_read_back(corpus, tmp_path):
    conn = connect(corpus)
    export(conn, "parquet", tmp_path / "pq")
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet").to_pylist()
    assert {d["id"] for d in docs} == {"s400", "accuse", "pushkov", "s400-copy"}
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert pq.read_table(tmp_path / "pq" / "errors.parquet").num_rows == 0

    export(conn, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "quotes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["doc_id"] == "pushkov" and r["text"].startswith("The sanctions") for r in rows)
    with open(tmp_path / "csv" / "gdelt_events.csv", encoding="utf-8") as fh:
        gdelt = list(csv.DictReader(fh))
    sanction = [g for g in gdelt if g["Actor1Code"] == "USA" and g["Actor2Code"].startswith("TUR")]
    assert len(sanction) == 1 and sanction[0]["SQLDATE"] == "20190712" and sanction[0]["QuadClass"] == "4"
    assert sanction[0]["EventRootCode"] and sanction[0]["SOURCEURL"] == "http://example.org/s400"

    export(conn, "jsonl", tmp_path / "j")
    lines = (tmp_path / "j" / "analyses.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["document"]["id"] == "s400"

    export(conn, "plover", tmp_path / "p")
    records = [json.loads(x) for x in (tmp_path / "p" / "plover.jsonl").read_text("utf-8").splitlines()]
    assert all(r["doc_id"] != "s400-copy" for r in records)
    s = [r for r in records if r["event_type"] == "SANCTION"][0]
    assert (s["source_actor"], s["target_actor"], s["event_date"]) == ("USA", "TUR", "2019-07-12")

    export(conn, "gdelt", tmp_path / "g")
    header = (tmp_path / "g" / "gdelt_events.tsv").read_text("utf-8").splitlines()[0].split("\t")
    assert header[:3] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code"]


# ------------------------------------------------------------------ migration

def test_migration_from_v1(tmp_path, analyzer):
    path = tmp_path / "old.db"
    conn = connect(path, migrate=False)
    assert store_mod.schema_version(conn) == 1
    analysis = analyzer.analyze(S400, id="old", published="2019-07-12")
    data = analysis.to_dict()
    data["document"]["author"] = "A. Writer"
    conn.execute("INSERT INTO documents (id, content_hash, text, ingested_at, analysis) VALUES (?,?,?,?,?)",
                 ("old", "h", S400, "2019-07-12T00:00:00Z", json.dumps(data)))
    conn.execute("INSERT INTO events (doc_id, event_id, type) VALUES ('old', 'e1', 'SANCTION')")
    conn.close()
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(path).execute("SELECT author FROM documents").fetchall()

    conn = connect(path)
    assert store_mod.schema_version(conn) == 2
    assert conn.execute("SELECT author FROM documents").fetchone()[0] == "A. Writer"
    assert conn.execute("SELECT quad_class FROM events").fetchone()[0] == 4
    report = ingest([], conn, analyzer=analyzer)  # still usable after migration
    assert report.read == 0


# ------------------------------------------------------------------ command line

def test_cli_ingest_query_show(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    write_jsonl(news / "d.jsonl", [{"id": "s400", "text": S400, "published": "2019-07-12"},
                                   {"id": "bad", "text": ""}])
    db = tmp_path / "c.db"
    r = run_cli("ingest", str(news), "--db", str(db), "--no-progress")
    assert r.returncode == 1, r.stderr
    assert b"empty input" in r.stderr and b"1 stored" in r.stderr
    r = run_cli("dyad", "USA", "TUR", "--db", str(db), "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["material_conflict"] == 1
    r = run_cli("events", "--actor", "USA", "--db", str(db), "--format", "csv")
    assert r.returncode == 0 and b"SANCTION" in r.stdout and r.stdout.startswith(b"doc_id,sentence")
    r = run_cli("show", "s400", "--db", str(db), "--width", "120")
    assert r.returncode == 0 and b"stellung analysis" in r.stdout and b"SANCTION" in r.stdout
    r = run_cli("stats", "--db", str(db), "--format", "json")
    assert json.loads(r.stdout)["errors"] == 1
    assert run_cli("stats", "--db", str(tmp_path / "none.db")).returncode == 2


def test_disk_full_mid_ingest_rolls_back_and_resumes(tmp_path, db, analyzer, monkeypatch):
    """SQLite reports a full disk as an OperationalError: the batch in progress is rolled
    back, the command says so in one line, and the next run stores the rest."""
    from typer.testing import CliRunner

    from stellung import cli

    dump = write_jsonl(tmp_path / "dump.jsonl", _records(5))
    ingest_mod = sys.modules["stellung.corpus.ingest"]
    real = store_mod.add_analysis
    calls = {"n": 0}

    def disk_full(conn, analysis, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, analysis, **kw)

    monkeypatch.setattr(ingest_mod, "add_analysis", disk_full)
    monkeypatch.setattr("stellung.pipeline.Analyzer", lambda settings=None, **kw: analyzer)
    result = CliRunner().invoke(cli.app, ["ingest", str(dump), "--db", str(db), "--no-progress"])
    assert result.exit_code == 3
    assert "database or disk is full" in result.output and "re-run to resume" in result.output
    conn = connect(db)
    # one batch of 32 records was open: all of it rolled back, nothing half-written
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
    monkeypatch.setattr(ingest_mod, "add_analysis", real)
    report = ingest([str(dump)], db, analyzer=analyzer)
    assert (report.skipped, report.stored) == (0, 5)
