"""The PLOVER event lexicon: YAML files in ``lexicon/``, one per event type, validated on load.

Users extend it with directories of files in the same format (``Settings.lexicon_dirs``);
a bad entry is reported by file, entry and field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeError
from ..model import EVENT_TYPES

MODES = {
    "AGREE": set(), "CONSULT": {"visit", "third-party", "multilateral", "phone"}, "SUPPORT": set(),
    "CONCEDE": {"disarm", "release", "return", "ceasefire", "policy", "other"}, "COOPERATE": set(),
    "AID": {"economic", "military", "humanitarian"}, "RETREAT": {"withdraw", "release", "return", "disarm", "resign", "ease-blockade"},
    "REQUEST": set(), "ACCUSE": {"disapprove", "investigate", "allege"}, "REJECT": set(), "THREATEN": set(),
    "PROTEST": {"demonstrate", "riot", "hunger-strike", "strike", "boycott", "obstruct"},
    "SANCTION": {"expel", "ban", "embargo", "cut", "convict"},
    "MOBILIZE": {"troops", "weapons", "police", "militia", "cyber"},
    "COERCE": {"seize", "arrest", "detain", "destroy", "obstruct", "censor", "deport", "torture", "cyber", "curfew"},
    "ASSAULT": {"firearms", "explosives", "aerial", "heavy-weapons", "beat", "primitive", "wmd", "assassinate", "torture"},
}
ROLE_VALUES = {"actor", "recipient", "location", "topic"}  # topic: what it is about, no party


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    lemma: str  # verb or noun lemma
    pos: str  # "verb" | "noun"
    objects: frozenset = frozenset()  # verb fires only with one of these direct objects (empty: any)
    # noun fires only with one of these compound/adjective modifiers: "hunger strike", "air strike"
    modifiers: frozenset = frozenset()
    mode: str | None = None
    cameo: str | None = None
    score: float | None = None
    context: tuple[str, ...] = ()
    roles: dict = field(default_factory=dict)
    reciprocal: bool = False
    source: str = ""
    # verb fires only without a direct object: "protesters demonstrated", not "demonstrated its resolve"
    intransitive: bool = False
    # noun does not fire with these modifiers: "a press release" is no release of anyone
    not_modifiers: frozenset = frozenset()
    # verb fires only with this particle ("pulled out", "backed down", "called off"); a verb
    # with a particle that some entry names fires only through such entries
    particle: str | None = None
    # verb fires only with one of these subjects: "protesters stormed the embassy" (PROTEST)
    subjects: frozenset = frozenset()
    # (type, mode) the event becomes when no target is named: "fired a ballistic missile
    # into the sea" is a weapons test (MOBILIZE), not an attack
    untargeted: tuple[str, str | None] | None = None
    # type the event becomes when actors of two or more states do it together: French and
    # Egyptian warships holding war games is a joint exercise (COOPERATE), not a mobilisation
    shared: str | None = None
    # verb fires only with one of these complements: "ordered the diplomat to leave" (expel)
    complements: frozenset = frozenset()
    # type the event becomes when its target is an international organisation: withdrawing
    # from ECOWAS cuts ties (SANCTION), withdrawing from a town is a retreat
    from_organisation: str | None = None
    # a noun with 'modifier' fires too with a phrase of one of these prepositions: "a strike on
    # the consulate" is an attack whatever its modifiers; a verb fires only with such a phrase:
    # "spoke by telephone", "spoke with", not "spoke at a rally"
    prepositions: frozenset = frozenset()
    # type the event becomes when all its targets are of the actor's own state: barring one's
    # own opposition from an election is repression (COERCE, CAMEO 172), not a sanction
    domestic: str | None = None
    # type the event becomes when every actor is a state, a government or an international
    # body: a government that protests (to another) lodges a complaint (ACCUSE, CAMEO 11), it
    # does not take to the streets (PROTEST)
    official: str | None = None
    # verb fires only for an act announced or put as a condition (future, hypothetical,
    # intended), never for one told as done: "will respond in kind" threatens a response,
    # "responded to questions" is no event
    announced: bool = False


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)  # type -> CAMEO root

    def add(self, trig: Trigger) -> None:
        table = self.verbs if trig.pos == "verb" else self.nouns
        table.setdefault(trig.lemma, []).append(trig)

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _fail(source: str, i: int, entry, key: str, problem: str):
    label = entry.get("verb") or entry.get("noun") or entry.get("phrase") if isinstance(entry, dict) else None
    raise KnowledgeError(f"{source}: entry {i}" + (f" ({label})" if label else "") + f": field '{key}': {problem}")


def _words(e: dict, key: str, pos: str, kind: str, source: str, i: int, problem: str) -> frozenset:
    """A field holding one word or a list of words, allowed on one kind of entry only."""
    words = e.get(key) or []
    if isinstance(words, str):
        words = [words]
    if words and kind != pos or not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        _fail(source, i, e, key, problem)
    return frozenset(w.strip().lower() for w in words)


def parse_file(content: str, source: str, lexicon: Lexicon) -> None:
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or data.get("type") not in EVENT_TYPES:
        raise KnowledgeError(f"{source}: expected a mapping with 'type' (one of {', '.join(EVENT_TYPES)}) and 'entries'")
    etype = data["type"]
    lexicon.roots.setdefault(etype, str(data.get("cameo_root") or ""))
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise KnowledgeError(f"{source}: 'entries' must be a list")
    for i, e in enumerate(entries, start=1):
        if not isinstance(e, dict):
            raise KnowledgeError(f"{source}: entry {i}: expected a mapping")
        kinds = [k for k in ("verb", "noun", "phrase") if k in e]
        if len(kinds) != 1:
            _fail(source, i, e, "verb/noun/phrase", "exactly one of verb, noun or phrase is required")
        objects = e.get("object") or []
        if isinstance(objects, str):
            objects = [objects]
        if kinds[0] == "phrase":
            words = e["phrase"]
            if not isinstance(words, list) or len(words) < 2 or not all(isinstance(w, str) for w in words):
                _fail(source, i, e, "phrase", "a list of a verb lemma and object lemmas")
            lemma, objects, pos = words[0], list(words[1:]) + list(objects), "verb"
        else:
            lemma, pos = e[kinds[0]], kinds[0]
        if not isinstance(lemma, str) or not lemma.strip():
            _fail(source, i, e, kinds[0], "must be a non-empty string")
        mode = e.get("mode")
        if mode is not None and MODES[etype] and mode not in MODES[etype]:
            _fail(source, i, e, "mode", f"{mode!r} is not a mode of {etype} ({', '.join(sorted(MODES[etype]))})")
        score = e.get("score")
        if score is not None and (not isinstance(score, (int, float)) or not -10 <= score <= 10):
            _fail(source, i, e, "score", "must be a number from -10 to 10")
        roles = e.get("roles") or {}
        if isinstance(roles, dict):
            # YAML 1.1 reads a bare `on:` key as true; it is the preposition
            if any(not isinstance(k, (str, bool)) for k in roles):
                _fail(source, i, e, "roles", "keys must be words (subject, object, possessor or a preposition)")
            roles = {("on" if k is True else k): v for k, v in roles.items()}
        if not isinstance(roles, dict) or any(v not in ROLE_VALUES for v in roles.values()):
            _fail(source, i, e, "roles", f"a mapping of argument to one of {sorted(ROLE_VALUES)}")
        modifiers = _words(e, "modifier", "noun", kinds[0], source, i,
                           "a list of modifier lemmas, on a noun entry (verbs take 'object')")
        not_modifiers = _words(e, "not_modifier", "noun", kinds[0], source, i, "a list of modifier lemmas, on a noun entry")
        prepositions = _words(e, "preposition", kinds[0], kinds[0], source, i,
                              "a list of prepositions, on a verb or on a noun entry with 'modifier'")
        if prepositions and kinds[0] == "noun" and not modifiers:
            _fail(source, i, e, "preposition", "a list of prepositions, on a verb or on a noun entry with 'modifier'")
        subjects = _words(e, "subject", "verb", kinds[0], source, i, "a list of subject lemmas, on a verb entry")
        complements = _words(e, "complement", "verb", kinds[0], source, i,
                             "a list of verb lemmas of the complement, on a verb entry")
        intransitive = e.get("intransitive", False)
        if not isinstance(intransitive, bool) or intransitive and (kinds[0] != "verb" or objects):
            _fail(source, i, e, "intransitive", "true or false, on a verb entry without 'object'")
        announced = e.get("announced", False)
        if not isinstance(announced, bool) or announced and kinds[0] != "verb":
            _fail(source, i, e, "announced", "true or false, on a verb entry")
        particle = e.get("particle")
        if particle is not None and (kinds[0] == "noun" or not isinstance(particle, str) or " " in particle.strip()):
            _fail(source, i, e, "particle", "one word, on a verb entry")
        untargeted = e.get("untargeted")
        if untargeted is not None:
            if not isinstance(untargeted, dict) or untargeted.get("type") not in EVENT_TYPES:
                _fail(source, i, e, "untargeted", f"a mapping with 'type' (one of {', '.join(EVENT_TYPES)}) and 'mode'")
            umode = untargeted.get("mode")
            if umode is not None and MODES[untargeted["type"]] and umode not in MODES[untargeted["type"]]:
                _fail(source, i, e, "untargeted", f"{umode!r} is not a mode of {untargeted['type']}")
            untargeted = (untargeted["type"], umode)
        for key in ("shared", "from_organisation", "domestic", "official"):
            if e.get(key) is not None and e[key] not in EVENT_TYPES:
                _fail(source, i, e, key, f"one of {', '.join(EVENT_TYPES)}")
        context = e.get("context") or []
        if not isinstance(context, list):
            _fail(source, i, e, "context", "must be a list")
        cameo = e.get("cameo")
        lexicon.add(Trigger(
            etype, lemma.strip().lower(), pos, frozenset(o.lower() for o in objects),
            modifiers, mode,
            str(cameo) if cameo is not None else None, float(score) if score is not None else None,
            tuple(context), dict(roles), bool(e.get("reciprocal", False)), source, intransitive,
            not_modifiers, particle.strip().lower() if particle else None, subjects, untargeted,
            e.get("shared"), complements, e.get("from_organisation"), prepositions, e.get("domestic"),
            e.get("official"), announced,
        ))


@lru_cache(maxsize=4)
def load_lexicon(extra_dirs: tuple[str, ...] = ()) -> Lexicon:
    lexicon = Lexicon()
    folder = resources.files(__package__) / "lexicon"
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if node.name.endswith(".yaml"):
            parse_file(node.read_text(encoding="utf-8"), f"events/lexicon/{node.name}", lexicon)
    for d in extra_dirs:
        path = Path(d)
        if not path.is_dir():
            raise KnowledgeError(f"--lexicon {d}: not a directory")
        for node in sorted(path.glob("*.yaml")):
            parse_file(node.read_text(encoding="utf-8"), str(node), lexicon)
    return lexicon
