"""Fetching an http(s) URL with limits: size, time, redirects, and schemes.

The standard library's opener follows redirects to ftp:// too and reads any
size; here a redirect may only lead to http or https, the body is read in chunks
up to ``Settings.max_bytes``, and the whole fetch has a deadline.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError
from ..settings import Settings

ALLOWED_SCHEMES = ("http", "https")
CHUNK = 65536


@dataclass(slots=True)
class Page:
    url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, max_redirects: int):
        self.max_repeats = self.max_redirections = max_redirects

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri")
        if target:
            scheme = urlsplit(urljoin(req.full_url, target)).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                raise InputError(f"refused redirect from {req.full_url} to a {scheme}:// URL; only http(s) is followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch_url(url: str, settings: Settings) -> Page:
    if urlsplit(url).scheme.lower() not in ALLOWED_SCHEMES:
        raise InputError(f"not an http(s) URL: {url}")
    opener = urllib.request.build_opener(_LimitedRedirects(settings.max_redirects))
    request = urllib.request.Request(url, headers={
        "User-Agent": f"stellung/{__version__} (news analysis)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    })
    deadline = time.monotonic() + settings.fetch_timeout
    try:
        with opener.open(request, timeout=settings.fetch_timeout) as resp:
            headers: Message = resp.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                raise InputError(f"{url} is {int(declared) / 1e6:.1f} MB, over the {settings.max_bytes / 1e6:.1f} MB limit (--max-bytes)")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: no complete answer within {settings.fetch_timeout:g} s")
                chunk = resp.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > settings.max_bytes:
                    raise InputError(f"{url} is larger than the {settings.max_bytes / 1e6:.1f} MB limit (--max-bytes)")
                chunks.append(chunk)
            content_type = headers.get_content_type()
            if content_type.startswith(("image/", "audio/", "video/")) or content_type in ("application/pdf", "application/zip", "application/octet-stream"):
                raise InputError(f"{url} serves {content_type}, not text or HTML")
            return Page(resp.geturl(), b"".join(chunks), content_type, headers.get_content_charset())
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, InputError):
            raise reason from None
        raise InputError(f"{url} is unreachable: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise InputError(f"{url}: no answer within {settings.fetch_timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: {type(exc).__name__}: {exc}") from None
