"""http(s) inputs against a local server: limits, redirects and failures."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from stellung.errors import InputError
from stellung.settings import Settings
from stellung.text.fetch import fetch_url
from stellung.text.reading import iter_records

PAGE = (b"<html><head><title>Port talks</title></head><body><article>"
        b"<p>Greece and Turkey agreed on Friday to reopen talks on maritime borders, officials in Athens said.</p>"
        b"<p>The next meeting will take place in Ankara in the autumn, a spokesman added.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE, {}),
            "/plain": (200, "text/plain; charset=iso-8859-1", "Zürich hosts talks on Monday.".encode("latin-1"), {}),
            "/to-article": (302, "text/html", b"", {"Location": "/article"}),
            "/to-file": (302, "text/html", b"", {"Location": "file:///etc/passwd"}),
            "/big": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>", {}),
            "/pdf": (200, "application/pdf", b"%PDF-1.4", {}),
            "/missing": (404, "text/html", b"not here", {}),
        }
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.1)
            return
        status, ctype, body, headers = routes.get(self.path, (404, "text/plain", b"", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_html_page_is_fetched(server):
    page = fetch_url(server + "/article", Settings())
    assert page.content_type == "text/html" and b"maritime borders" in page.body


def test_http_redirect_is_followed(server):
    page = fetch_url(server + "/to-article", Settings())
    assert page.url.endswith("/article")


def test_redirect_to_another_scheme_is_refused(server):
    with pytest.raises(InputError, match="refused redirect"):
        fetch_url(server + "/to-file", Settings())


def test_size_limit(server):
    with pytest.raises(InputError, match="limit"):
        fetch_url(server + "/big", Settings(max_bytes=1000))


def test_time_limit(server):
    with pytest.raises(InputError, match="within"):
        fetch_url(server + "/slow", Settings(fetch_timeout=0.5))


@pytest.mark.parametrize("path, reason", [("/missing", "HTTP 404"), ("/pdf", "application/pdf")])
def test_http_failures(server, path, reason):
    with pytest.raises(InputError, match=reason):
        fetch_url(server + path, Settings())


def test_unreachable_url_is_an_error_record():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (rec,) = list(iter_records([f"http://127.0.0.1:{port}/news"], Settings(fetch_timeout=2)))
    assert "unreachable" in rec.error and rec.id.endswith("/news")


def test_url_records_carry_html_or_declared_charset_text(server):
    html_rec, text_rec = iter_records([server + "/article", server + "/plain"], Settings())
    assert html_rec.html is not None and html_rec.url.endswith("/article")
    assert text_rec.text == "Zürich hosts talks on Monday."
