"""The packaged schema is the shared contract; the model serialises to it."""

import json
from importlib import resources
from pathlib import Path

import pytest

from stellung.model import (
    Actor, Analysis, Document, Event, Mention, Quote, Relation, Sentence, Span,
)

SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schema" / "analysis.schema.json"


def test_packaged_schema_matches_the_shared_contract():
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared is not beside the project")
    packaged = (resources.files("stellung") / "schema" / "analysis.schema.json").read_text("utf-8")
    assert json.loads(packaged) == json.loads(SHARED_SCHEMA.read_text("utf-8"))


def test_every_model_class_serialises_to_the_schema(validate):
    text = "Russia and Turkey signed a deal. “We are partners,” Putin said."
    doc = Document(id="d1", text=text, language="en")
    p, q, said = text.index("Putin"), text.index("We"), text.index("said")
    putin = Actor("person:vladimir-putin", "Vladimir Putin", "person", "RUS", "GOV",
                  [Mention(p, p + 5, "Putin", 1, "name")], ["President of Russia"])
    a = Analysis(
        document=doc,
        sentences=[Sentence(0, 0, 32, 0), Sentence(1, 33, 63, 0)],
        actors=[putin, Actor("state:RUS", "Russia", "state", "RUS", None, [Mention(0, 6, "Russia", 0, "name")])],
        quotes=[Quote("q1", "direct", q, q + 15, text[q:q + 15], putin.id, Span.of(text, p, p + 5),
                      Span.of(text, said, said + 4), None, [1])],
        events=[Event("e1", "AGREE", ["state:RUS"], [], Span.of(text, 18, 24), 0, cameo_root="03", score=3.0)],
        relations=[Relation("r1", "partner_of", "state:RUS", "person:vladimir-putin", 1, source=putin.id, quote="q1")],
    )
    d = a.to_dict()
    validate(d)
    assert d["actors"][0]["code"] == "RUSGOV" and d["actors"][1]["code"] == "RUS"
    assert d["quotes"][0]["text"] == "We are partners" and d["quotes"][0]["cue"]["text"] == "said"
