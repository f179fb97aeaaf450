"""Readers and decoding, on inputs written here."""

import json

import pytest

from stellung.errors import InputError
from stellung.settings import Settings
from stellung.text.reading import (
    clean_text, decode_bytes, extract_html, iter_records, record_from_json,
)

ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Ministers meet in Vienna | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Maria Costa">
<meta property="article:published_time" content="2024-05-14T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Hungary met in Vienna on Monday to discuss border controls, the Austrian government said.</p>
<p>“We agreed to keep talking,” the Austrian minister told reporters after the meeting, which lasted three hours.</p>
<p>Hungary’s delegation left without comment. A further meeting is planned for June in Budapest.</p>
</article>
<footer><p>© The Daily Ledger. All rights reserved.</p></footer>
</body></html>"""


# ---------------------------------------------------------------- decoding

def test_utf8_is_read_as_is():
    text, warnings = decode_bytes("Erdoğan traf Selenskyj in İstanbul.".encode("utf-8"))
    assert text == "Erdoğan traf Selenskyj in İstanbul." and warnings == []


def test_legacy_encoding_is_detected_not_mojibaked():
    original = "Le président français a rencontré le chancelier allemand à Genève pour évoquer la sécurité européenne."
    text, warnings = decode_bytes(original.encode("cp1252"))
    assert text == original
    assert warnings and "not UTF-8" in warnings[0]


def test_utf16_with_bom():
    text, _ = decode_bytes("„Wir verhandeln“, sagte sie.".encode("utf-16"))
    assert text == "„Wir verhandeln“, sagte sie."


def test_a_few_broken_bytes_keep_the_utf8_reading():
    data = "Der Außenminister sprach über Sanktionen gegen den Iran und über die Lage in der Ukraine. ".encode() * 5
    data = data[:50] + b"\xff" + data[50:]
    text, warnings = decode_bytes(data)
    assert "Außenminister" in text and "\ufffd" in text
    assert "invalid UTF-8" in warnings[0]


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"   \n\t ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"text\x00with\x00nul\x00bytes", "NUL"),
])
def test_bad_bytes_give_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


def test_clean_text_repairs_mojibake_and_normalises():
    raw = "The minister didnâ€™t comment.\r\nCafe\u0301 talks   \r\n\r\nNext paragraph."
    text = clean_text(raw)
    assert "didn’t" in text
    assert "Café" in text and "\u0301" not in text  # NFC
    assert "\r" not in text and "talks\n" in text


def test_clean_text_keeps_typographic_quotes():
    raw = "„Wir bleiben“, sagte er. «Nous restons», a-t-il dit. “We stay,” he said."
    assert clean_text(raw) == raw


# ---------------------------------------------------------------- HTML

def test_html_main_text_and_metadata():
    art = extract_html(ARTICLE_HTML, url="https://ledger.example/world/vienna")
    assert art.title == "Ministers meet in Vienna"
    assert art.author == "Maria Costa"
    assert art.published.startswith("2024-05-14")
    assert art.outlet == "The Daily Ledger"
    assert "The foreign ministers of Austria and Hungary met in Vienna" in art.text
    assert "Home" not in art.text.split("\n\n")  # navigation left out
    assert "\n\n" in art.text  # paragraphs are blank-line separated


def test_html_without_article_text_is_an_error():
    with pytest.raises(InputError, match="no article text"):
        extract_html("<html><body><nav><a href='/'>Home</a> | <a href='/x'>News</a></nav></body></html>")


# ---------------------------------------------------------------- records

def test_jsonl_records_stream_in_order_with_errors_in_place(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Kenya and Uganda signed a trade pact.", "outlet": "Nation"}),
        "",
        '{"id": "r2", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 4, "title": "no body"}),
        json.dumps({"id": "r5", "html": "<p>x</p>", "published": 2024}),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "r6", "text": "bad \xff byte"}\n')
    recs = list(iter_records([str(path)], Settings()))
    assert [r.id for r in recs] == ["r1", "r2", None, "4", "r5", "r6"]
    assert recs[0].error is None and recs[0].outlet == "Nation" and recs[0].text.startswith("Kenya")
    assert "malformed JSON" in recs[1].error and recs[1].source.endswith(":3")
    assert "JSON object" in recs[2].error
    assert "neither" in recs[3].error
    assert "'published' must be a string" in recs[4].error
    assert "invalid UTF-8" in recs[5].error


def test_record_with_text_and_html_prefers_text():
    rec = record_from_json(json.dumps({"id": "x", "text": "plain", "html": "<p>markup</p>"}), "t:1")
    assert rec.text == "plain" and rec.html is None


def test_oversized_file_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # a sparse 50 MB file: cheap to make, never read
        fh.truncate(50_000_000)
    (rec,) = list(iter_records([str(path)], Settings()))
    assert "50.0 MB" in rec.error and "--max-bytes" in rec.error


def test_oversized_jsonl_line(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 400}) + "\n" + json.dumps({"id": "ok", "text": "Short."}) + "\n")
    recs = list(iter_records([str(path)], Settings(max_bytes=1000)))
    assert recs[0].id == "big" and "limit" in recs[0].error
    assert recs[1].id == "ok" and recs[1].error is None


def test_folder_is_read_recursively_by_extension(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha text.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>Beta</p></body></html>")
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "Gamma."}) + "\n")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    recs = list(iter_records([str(tmp_path)], Settings()))
    assert [r.id for r in recs] == ["a", "b", "c1"]
    assert recs[1].html is not None


def test_missing_file_is_an_error_record(tmp_path):
    (rec,) = list(iter_records([str(tmp_path / "nope.txt")], Settings()))
    assert "cannot read" in rec.error


def test_stdin_sniffs_html_and_jsonl():
    import io

    (rec,) = list(iter_records(["-"], Settings(), stdin=io.BytesIO(ARTICLE_HTML.encode())))
    assert rec.html is not None and rec.source == "stdin"
    stream = io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    assert [r.id for r in iter_records(["-"], Settings(), stdin=stream)] == ["s1", "s2"]


def test_unknown_input_format_is_refused():
    with pytest.raises(InputError, match="unknown input format"):
        list(iter_records(["x"], Settings(), input_format="pdf"))
