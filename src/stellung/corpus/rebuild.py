"""An Analysis object back from its stored JSON (``documents.analysis``), for ``stellung show``."""

from __future__ import annotations

from typing import Any

from ..model import Actor, Analysis, Boilerplate, Document, Event, Mention, Paragraph, Quote, Relation, Sentence, Span


def _span(d: dict | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    doc = data["document"]
    document = Document(
        id=doc["id"], text=doc["text"], language=doc["language"], title=doc.get("title"), url=doc.get("url"),
        outlet=doc.get("outlet"), published=doc.get("published"), author=doc.get("author"),
        language_confidence=doc.get("language_confidence"),
        boilerplate=[Boilerplate(b["start"], b["end"], b["text"], b["kind"], b.get("rule"))
                     for b in doc.get("boilerplate", [])],
        paragraphs=[Paragraph(p["index"], p["start"], p["end"]) for p in doc.get("paragraphs", [])])
    return Analysis(
        document=document,
        sentences=[Sentence(s["index"], s["start"], s["end"], s["paragraph"], s.get("boilerplate"))
                   for s in data.get("sentences", [])],
        actors=[Actor(a["id"], a["name"], a["kind"], a.get("country"), a.get("sector"),
                      [Mention(m["start"], m["end"], m["text"], m["sentence"], m["how"],
                                              m.get("country_from") == "context") for m in a.get("mentions", [])],
                      list(a.get("roles", []))) for a in data.get("actors", [])],
        quotes=[Quote(q["id"], q["kind"], q["start"], q["end"], q["text"], q.get("speaker"),
                      _span(q.get("speaker_span")), _span(q.get("cue")), q.get("addressee"),
                      list(q.get("sentences", [])), [_span(p) for p in q.get("parts", [])])
                for q in data.get("quotes", [])],
        events=[Event(e["id"], e["type"], list(e["actors"]), list(e["recipients"]), _span(e["trigger"]),
                      e["sentence"], e.get("negated", False), e.get("modality", "asserted"), e.get("source"),
                      e.get("quote"), e.get("mode"), list(e.get("context", [])), e.get("score"),
                      e.get("cameo_root"), e.get("location"), e.get("date"))
                for e in data.get("events", [])],
        relations=[Relation(r["id"], r["type"], r["subject"], r["object"], r["sentence"], r.get("negated", False),
                            r.get("modality", "asserted"), r.get("source"), r.get("quote"))
                   for r in data.get("relations", [])],
        warnings=list(data.get("warnings", [])), stages=dict(data.get("stages", {})),
        pipeline=dict(data.get("pipeline", {})))
