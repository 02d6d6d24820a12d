"""Serve the built site on 127.0.0.1, at the root and under sub-paths, as a host would.

A directory serves its index.html (and redirects to the address with a slash), a
missing file gets site/404.html with status 404, and text is gzipped when the
browser accepts it, as on GitHub Pages. Under a late mount the theme's script
arrives LATE seconds late and is never cached, as on a slow network.
"""

from __future__ import annotations

import gzip
import mimetypes
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("SITE_DIR", ROOT / "site")).resolve()  # as built
SUBPATH = "/threads/"
SLOW_SUBPATH = "/slow" + SUBPATH  # the same, with the theme's script late
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg")
LATE = 0.2  # seconds
THEME_SCRIPT = re.compile(r"assets/javascripts/bundle\.[^/]*\.min\.js")


def base_path(site: Path = SITE) -> str:
    """The path the site expects to be served at: "/" unless built with site_url.

    MkDocs writes absolute links only into the 404 page, based on site_url's path.
    """
    page = (site / "404.html").read_text(encoding="utf-8")
    found = re.search(r'href="([^"]*)assets/stylesheets/main\.', page)
    return found[1] if found and found[1].startswith("/") else "/"


@cache
def gzipped(file: Path, modified: int) -> bytes:
    return gzip.compress(file.read_bytes(), compresslevel=6)


class SiteHandler(BaseHTTPRequestHandler):
    site: Path = SITE
    mounts: tuple[str, ...] = ("/",)
    late_mounts: tuple[str, ...] = ()

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        mounts = self.mounts + self.late_mounts
        mount = max((m for m in mounts if path.startswith(m)), key=len, default="")
        if not mount:
            return self.send(404, self.site / "404.html")
        if mount in self.late_mounts and THEME_SCRIPT.fullmatch(path[len(mount) :]):
            time.sleep(LATE)
            self.cache = "no-store"  # late on every page, not only the first
        file = (self.site / path[len(mount) :]).resolve()
        if not file.is_relative_to(self.site.resolve()):
            return self.send(404, self.site / "404.html")
        if file.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                return self.end_headers()
            file = file / "index.html"
        if not file.is_file():
            return self.send(404, self.site / "404.html")
        self.send(200, file)

    cache = "max-age=600"

    def send(self, status: int, file: Path) -> None:
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        accepts = self.headers.get("Accept-Encoding", "")
        if "gzip" in accepts and kind.startswith(COMPRESSED):
            body = gzipped(file, file.stat().st_mtime_ns)
            self.send_header("Content-Encoding", "gzip")
        else:
            body = file.read_bytes()
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", self.cache)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@contextmanager
def serve(
    site: Path = SITE,
    mounts: tuple[str, ...] = ("/", SUBPATH),
    late_mounts: tuple[str, ...] = (),
) -> Iterator[str]:
    """Serve site at each of mounts, and at each of late_mounts with the theme's
    script late; yield the server's address, "http://127.0.0.1:N"."""
    attributes = {"site": site, "mounts": mounts, "late_mounts": late_mounts}
    handler = type("Handler", (SiteHandler,), attributes)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server")
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
