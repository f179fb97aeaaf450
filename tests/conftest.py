import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from stellung import Analyzer, Settings

BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((resources.files("stellung") / "schema" / "analysis.schema.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def validate(schema):
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)

    def check(obj: dict) -> None:
        errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
        # Every span's text is the stretch of document.text it claims to be.
        text = obj["document"]["text"]
        for b in obj["document"]["boilerplate"]:
            assert text[b["start"]:b["end"]] == b["text"]
        for s in obj["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(text)

    return check


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    return subprocess.run([str(BIN / "stellung"), *args], input=stdin, capture_output=True, timeout=300, env=env)


def sample_text() -> str:
    return (resources.files("stellung") / "data" / "sample-article.txt").read_text("utf-8")
