"""Corpus benchmarks (issue 6): ingest rate vs plain analysis, dyad query time, dedup precision/recall.

    python benchmarks/corpus_bench.py -n 2000            # the issue's size
    python benchmarks/corpus_bench.py -n 100 --events 1000000

Prints one JSON line. Not run by the tests.
  ingest     the same N generated articles (generate.py) analysed plainly (Analyzer.analyze_records,
             what `stellung analyze --format jsonl` does minus writing) and ingested into a fresh
             store; ratio = ingest time / plain time (target <= 1.2). The model load is excluded
             from both.
  dyad       a store holding E synthetic events (inserted directly into events, event_dyads and
             dyad_day, 40 countries over ten years); median of 20 `dyad RUS TUR --by month` queries
             (target < 100 ms).
  dedup      D generated originals indexed; D edited reprints (reprints.py) and D unrelated
             articles looked up; precision and recall of the reprint -> original links.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_articles, make_article  # noqa: E402
from reprints import reprint  # noqa: E402


def bench_ingest(n: int, seed: int, workdir: Path) -> dict:
    from stellung import Analyzer, Settings
    from stellung.corpus import ingest
    from stellung.text.reading import InputRecord

    articles = list(generate_articles(n, seed))
    dump = workdir / "articles.jsonl"
    dump.write_text("".join(json.dumps({**a, "published": "2024-01-01"}) + "\n" for a in articles), encoding="utf-8")
    analyzer = Analyzer(Settings())
    records = [InputRecord(id=a["id"], text=a["text"], published="2024-01-01") for a in articles]
    list(analyzer.analyze_records(records[:8]))  # warm-up
    t = time.perf_counter()
    for result in analyzer.analyze_records(records):
        json.dumps(result.to_dict())
    plain = time.perf_counter() - t
    t = time.perf_counter()
    report = ingest([str(dump)], workdir / "ingest.db", analyzer=analyzer)
    stored = time.perf_counter() - t
    t = time.perf_counter()
    rerun = ingest([str(dump)], workdir / "ingest.db", analyzer=analyzer)
    rerun_s = time.perf_counter() - t
    return {"articles": n, "plain_s": round(plain, 2), "ingest_s": round(stored, 2),
            "ratio": round(stored / plain, 3), "articles_per_s": round(n / stored, 1),
            "stored": report.stored, "near_duplicates": report.near_duplicates,
            "rerun_s": round(rerun_s, 2), "rerun_skipped": rerun.skipped}


COUNTRIES = ["RUS", "TUR", "USA", "CHN", "DEU", "FRA", "GBR", "UKR", "IRN", "ISR", "EGY", "IND", "PAK", "JPN",
             "KOR", "BRA", "MEX", "NGA", "KEN", "ETH", "SAU", "QAT", "HUN", "SRB", "ARM", "AZE", "GEO", "VEN",
             "IDN", "POL", "SYR", "IRQ", "LBN", "JOR", "GRC", "ITA", "ESP", "CAN", "AUS", "ZAF"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def bench_dyad(events: int, workdir: Path, seed: int = 1) -> dict:
    from stellung.corpus import connect, queries
    from stellung.corpus.store import QUAD_CLASS

    path = workdir / "dyad.db"
    conn = connect(path)
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    days = [(start + timedelta(days=i)).isoformat() for i in range(3653)]
    # RUS and TUR are a busy pair (as in the example): 2% of all events.
    t = time.perf_counter()
    agg: dict[tuple, list] = {}
    conn.execute("BEGIN")
    batch_e, batch_x = [], []
    for i in range(events):
        if rng.random() < 0.02:
            a, r = "RUS", "TUR"
        else:
            a, r = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
        typ = rng.choice(TYPES)
        score = round(rng.uniform(-10, 10), 1)
        day = rng.choice(days)
        doc = f"d{i // 5}"
        eid = f"e{i % 5}"
        batch_e.append((doc, eid, typ, score, day, QUAD_CLASS[typ]))
        batch_x.append((doc, eid, f"state:{a}", f"state:{r}", a, r, day))
        row = agg.setdefault((a, r, 0, day), [0, 0, 0.0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += 1
        row[2] += score
        row[2 + QUAD_CLASS[typ]] += 1
        if len(batch_e) >= 50_000:
            conn.executemany("INSERT INTO events (doc_id, event_id, type, score, day, quad_class) VALUES (?,?,?,?,?,?)", batch_e)
            conn.executemany("INSERT INTO event_dyads VALUES (?,?,?,?,?,?,?)", batch_x)
            batch_e, batch_x = [], []
    conn.executemany("INSERT INTO events (doc_id, event_id, type, score, day, quad_class) VALUES (?,?,?,?,?,?)", batch_e)
    conn.executemany("INSERT INTO event_dyads VALUES (?,?,?,?,?,?,?)", batch_x)
    conn.executemany("INSERT INTO dyad_day VALUES (?,?,?,?,?,?,?,?,?,?,?)", [(*k, *v) for k, v in agg.items()])
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    build = time.perf_counter() - t
    times = []
    for _ in range(20):
        t = time.perf_counter()
        rows = queries.dyad(conn, "RUS", "TUR", by="month")
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    since = queries.dyad(conn, "RUS", "TUR", by="day", since="2020-01-01")
    by_day = time.perf_counter() - t
    t = time.perf_counter()
    net = queries.network(conn, since="2024-01-01")
    network_s = time.perf_counter() - t
    return {"events": events, "dyad_day_rows": len(agg), "build_s": round(build, 1),
            "dyad_month_ms_median": round(statistics.median(times) * 1000, 2),
            "dyad_month_ms_max": round(max(times) * 1000, 2), "periods": len(rows),
            "rus_tur_events": sum(r["events"] for r in rows),
            "dyad_day_since_2020_ms": round(by_day * 1000, 2), "day_rows": len(since),
            "network_2024_ms": round(network_s * 1000, 1), "edges": len(net)}


def bench_dedup(n: int, seed: int = 21) -> dict:
    from stellung.corpus.dedup import NearDuplicates, minhash

    index = NearDuplicates()
    t = time.perf_counter()
    for i in range(n):
        index.add(f"o{i}", minhash(make_article(i, seed)["text"]))
    tp = fp = fn = 0
    for i in range(n):
        found = index.find(minhash(reprint(make_article(i, seed)["text"], i)))
        if found == f"o{i}":
            tp += 1
        else:
            fn += 1
            if found is not None:
                fp += 1
    for i in range(n):  # unrelated articles (another seed): any link is a false positive
        if index.find(minhash(make_article(i, seed + 1)["text"])) is not None:
            fp += 1
    return {"originals": n, "reprints": n, "unrelated": n, "true_links": tp, "false_links": fp, "missed": fn,
            "precision": round(tp / max(tp + fp, 1), 4), "recall": round(tp / n, 4),
            "seconds": round(time.perf_counter() - t, 2)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-n", "--articles", type=int, default=2000, help="articles for the ingest benchmark")
    p.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the dyad benchmark")
    p.add_argument("--dedup", type=int, default=500, help="originals for the dedup benchmark")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        summary = {"ingest": bench_ingest(args.articles, args.seed, work),
                   "dyad": bench_dyad(args.events, work),
                   "dedup": bench_dedup(args.dedup)}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
