"""Writing analyses: JSON, JSON Lines, and a human-readable summary with Rich."""

from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from .model import Analysis, Failure

FORMATS = ("text", "json", "jsonl")


def dumps(result: Analysis | Failure, indent: int | None = None) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=indent)


class JsonWriter:
    """One object for one result; a JSON array once a second result arrives (streamed)."""

    def __init__(self, fh: IO[str]):
        self.fh, self.first, self.count = fh, None, 0

    def write(self, result: Analysis | Failure) -> None:
        self.count += 1
        if self.count == 1:
            self.first = result
            return
        if self.count == 2:
            self.fh.write("[\n" + dumps(self.first, 2))
        self.fh.write(",\n" + dumps(result, 2))

    def close(self) -> None:
        if self.count == 1:
            self.fh.write(dumps(self.first, 2) + "\n")
        elif self.count > 1:
            self.fh.write("\n]\n")


class JsonlWriter:
    def __init__(self, fh: IO[str]):
        self.fh = fh

    def write(self, result: Analysis | Failure) -> None:
        self.fh.write(dumps(result) + "\n")
        self.fh.flush()

    def close(self) -> None:
        pass


class TextWriter:
    """The summary a person reads: the document, its segmentation, and what was extracted."""

    def __init__(self, fh: IO[str] | None = None, width: int | None = None):
        self.console = Console(file=fh, width=width, highlight=False, soft_wrap=False)

    def write(self, result: Analysis | Failure) -> None:
        if isinstance(result, Failure):
            self.console.print(f"[bold red]error[/] {escape(result.source or '')} "
                               f"(id {escape(str(result.id))}): {escape(result.error)}")
            return
        render_analysis(self.console, result)

    def close(self) -> None:
        pass


def make_writer(fmt: str, fh: IO[str], width: int | None = None):
    if fmt == "json":
        return JsonWriter(fh)
    if fmt == "jsonl":
        return JsonlWriter(fh)
    return TextWriter(fh, width)


def _sentence_text(a: Analysis, index: int | None) -> str:
    if index is None or not 0 <= index < len(a.sentences):
        return ""
    s = a.sentences[index]
    return a.document.text[s.start:s.end]


def render_analysis(console: Console, a: Analysis) -> None:
    d = a.document
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("title", escape(d.title or "—"))
    head.add_row("id", escape(d.id))
    for label, value in (("outlet", d.outlet), ("published", d.published), ("url", d.url), ("author", d.author)):
        if value:
            head.add_row(label, escape(value))
    conf = f" (confidence {d.language_confidence:.2f})" if d.language_confidence is not None else ""
    head.add_row("language", f"{d.language}{conf}")
    head.add_row("text", f"{len(d.text):,} characters, {len(d.paragraphs)} paragraphs, {len(a.sentences)} sentences")
    if a.pipeline:
        head.add_row("pipeline", escape(", ".join(f"{k} {v}" for k, v in a.pipeline.items())))
    console.print(Panel(head, title="stellung analysis", title_align="left"))
    for w in a.warnings:
        console.print(f"[yellow]warning[/] {escape(w)}")

    if d.boilerplate:
        table = Table(title=f"Boilerplate: {len(d.boilerplate)} spans excluded from extraction", title_justify="left")
        table.add_column("kind")
        table.add_column("text")
        table.add_column("why", style="dim")
        for b in d.boilerplate:
            table.add_row(b.kind, escape(b.text), escape(b.rule or ""))
        console.print(table)
    else:
        console.print("Boilerplate: none found")

    names = {actor.id: actor.name for actor in a.actors}
    _section(console, a, "actors", "Actors", [
        (f"{escape(x.name)} [dim]{x.kind} {x.code or ''}[/] — {len(x.mentions)} mention(s): "
         + escape(", ".join(sorted({m.text for m in x.mentions})[:6])),
         x.mentions[0].sentence if x.mentions else None)
        for x in a.actors
    ])
    _section(console, a, "quotes", "Quotes", [
        (f"[bold]{escape(names.get(q.speaker, q.speaker_span.text if q.speaker_span else 'unknown speaker'))}[/]"
         f" [dim]{q.kind}, cue: {escape(q.cue.text if q.cue else '—')}[/]: “{escape(q.text)}”",
         q.sentences[0] if q.sentences else None)
        for q in a.quotes
    ])
    _section(console, a, "events", "Events", [
        (f"[bold]{e.type}[/]{'/' + e.mode if e.mode else ''}"
         f" {escape(', '.join(names.get(i, i) for i in e.actors) or '?')} → "
         f"{escape(', '.join(names.get(i, i) for i in e.recipients) or '—')}"
         f" [dim]trigger “{escape(e.trigger.text)}”, {e.modality}{', negated' if e.negated else ''}"
         f"{', according to ' + escape(names.get(e.source, e.source)) if e.source else ''}[/]", e.sentence)
        for e in a.events
    ])
    _section(console, a, "relations", "Relations", [
        (f"{escape(names.get(r.subject, r.subject))} [bold]{r.type}[/] {escape(names.get(r.object, r.object))}"
         f" [dim]{r.modality}{', negated' if r.negated else ''}"
         f"{', according to ' + escape(names.get(r.source, r.source)) if r.source else ''}[/]", r.sentence)
        for r in a.relations
    ])


def _section(console: Console, a: Analysis, stage: str, title: str, rows: list[tuple[str, int | None]]) -> None:
    status = a.stages.get(stage, "done")
    if status != "done":
        console.print(f"[bold]{title}[/]: not extracted — {escape(status)}")
        return
    if not rows:
        console.print(f"[bold]{title}[/]: none found")
        return
    console.print(f"[bold]{title}[/] ({len(rows)})")
    for line, sentence in rows:
        console.print(f"  • {line}")
        support = _sentence_text(a, sentence)
        if support:
            console.print(f"    [dim]sentence {sentence}: {escape(support)}[/]")
