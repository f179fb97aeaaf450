"""The actor knowledge base: packaged data validates, users extend it, errors say where."""

import datetime as dt

import pytest

from stellung.actors.kb import load_kb, name_key
from stellung.errors import KnowledgeError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_state_and_its_capital(kb):
    assert kb.state("RUS").name == "Russia" and kb.state("TUR").name == "Turkey"
    assert len([e for e in kb.entries.values() if e.kind == "state"]) >= 249
    moscow = kb.entries["city:moscow"]
    assert moscow.stands_for == ("state:RUS", "GOV")
    assert kb.entries["city:ankara"].stands_for == ("state:TUR", "GOV")


def test_packaged_data_sizes(kb):
    kinds = [e.kind for e in kb.entries.values()]
    assert kinds.count("media") >= 100
    assert kinds.count("armed_group") + kinds.count("group") >= 60
    assert kinds.count("person") >= 300
    assert kb.sector_nouns["armed forces"] == "MIL" and kb.sector_nouns["senator"] == "LEG"


def test_seats_and_organisations(kb):
    assert kb.entries["seat:kremlin"].stands_for == ("state:RUS", "GOV")
    nato = kb.entries["igo:nato"]
    assert nato.country == "IGO" and "TUR" in nato.extra["members"]
    assert "North Atlantic Alliance" in nato.aliases


def test_aliases_are_unique_or_known_ambiguities(kb):
    index = kb.aliases()
    shared = {alias: ids for alias, ids in index.items() if len(ids) > 1}
    # Acronyms two real organisations share stay ambiguous for context to decide, and
    # "Vatican" is both the state and its seat of government, "Brussels" Belgium's capital and
    # the EU's seat, "Congo" both Congos; nothing else may be twice.
    assert set(shared) <= {"rsf", "aa", "aap", "pti", "vatican", "brussels", "congo"}, shared


def test_transliteration_variants_share_a_key():
    assert name_key("Alexei Pushkov") == name_key("Alexej Pushkov") == name_key("Aleksey Pushkov")
    assert name_key("Zelensky") == name_key("Selenskyj") == name_key("Zelenskiy")
    assert name_key("Erdoğan") == name_key("Erdogan")
    assert name_key("Putin") != name_key("Pushkov")


def test_roles_are_bounded_in_time(kb):
    chancellors = {e.name: e for e in kb.entries.values()
                   if any(r.office == "head_of_government" and r.country == "DEU" for r in e.roles)}
    on = lambda day: sorted(name for name, e in chancellors.items()
                            if any(r.office == "head_of_government" and r.country == "DEU" and r.held_on(day)
                                   for r in e.roles))
    assert on(dt.date(2015, 6, 1)) == ["Angela Merkel"]
    assert on(dt.date(2023, 6, 1)) == ["Olaf Scholz"]


def write(tmp_path, name, content):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return tmp_path


def test_user_directory_adds_and_overrides(tmp_path):
    write(tmp_path, "outlets.yaml", "- {id: kyiv-ledger, name: Kyiv Ledger, aliases: [KL], country: UKR, type: online}\n")
    write(tmp_path, "people/mine.yaml", """
- id: olena-example
  name: Olena Example
  aliases: []
  gender: f
  country: UKR
  roles:
    - {title: Mayor of Example, office: other, country: UKR, sector: GOV, start: 2020, end: null}
""")
    kb = load_kb((str(tmp_path),))
    assert kb.entries["media:kyiv-ledger"].country == "UKR"
    assert kb.entries["person:olena-example"].sector == "GOV"
    assert "media:kyiv-ledger" not in load_kb().entries  # the packaged base is untouched


@pytest.mark.parametrize("name, content, message", [
    ("outlets.yaml", "- {id: x, name: X, country: XYZ, type: agency}\n",
     "outlets.yaml: entry 1 (x): field 'country': 'XYZ' is not an ISO 3166-1 alpha-3 code"),
    ("outlets.yaml", "- {id: x, name: X, country: FRA, type: blog}\n", "entry 1 (x): field 'type'"),
    ("groups.yaml", "- {id: g, name: G, kind: armed_group, country: SYR, sector: BAD}\n",
     "groups.yaml: entry 1 (g): field 'sector': 'BAD' is not a PLOVER sector code"),
    ("people/p.yaml", "- {id: p, name: P, gender: m, country: FRA, roles: [{title: T, office: king, country: FRA, sector: GOV, start: 2020, end: null}]}\n",
     "people/p.yaml: entry 1 (p): field 'roles.office'"),
    ("people/p.yaml", "- {id: p, name: P, gender: m, country: FRA, roles: [{title: T, office: minister, country: FRA, sector: GOV, start: 2020}]}\n",
     "field 'roles.end': missing"),
    ("people/p.yaml", "- {id: p, name: P, gender: m, country: FRA, roles: [{title: T, office: minister, country: FRA, sector: GOV, start: 'last year', end: null}]}\n",
     "field 'start': 'last year' is not a date"),
    ("seats.yaml", "- {id: s, name: S, country: FRA}\n", "seats.yaml: entry 1 (s): field 'sector': missing"),
    ("outlets.yaml", "outlets: [\n", "outlets.yaml: not valid YAML"),
    ("outlets.yaml", "{id: x}\n", "outlets.yaml: expected a list of entries"),
])
def test_bad_entries_name_file_entry_and_field(tmp_path, name, content, message):
    write(tmp_path, name, content)
    with pytest.raises(KnowledgeError) as err:
        load_kb((str(tmp_path),))
    assert message in str(err.value)


def test_missing_user_directory(tmp_path):
    with pytest.raises(KnowledgeError, match="not a directory"):
        load_kb((str(tmp_path / "nope"),))


def test_the_built_kb_is_cached_and_reused(tmp_path, monkeypatch):
    from stellung.actors import kb as kb_module

    monkeypatch.setenv("STELLUNG_CACHE_DIR", str(tmp_path))
    first = kb_module._load_kb.__wrapped__(())
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 1
    monkeypatch.setattr(kb_module, "_build_kb", lambda dirs: pytest.fail("rebuilt despite the cache"))
    second = kb_module._load_kb.__wrapped__(())
    assert second.entries.keys() == first.entries.keys()
