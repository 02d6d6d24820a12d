"""Debian's Chromium, driven by Playwright, as the browser tests and the audit use it.

Playwright's own browser download cannot work here: CHROMIUM names the
executable (default /usr/bin/chromium, which `make test` installs if missing).
"""

from __future__ import annotations

import os

from playwright.sync_api import Browser, Playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-dev-shm-usage",  # containers' /dev/shm is small
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    # The browser's own services (sign-in, autofill, updates) still try to call
    # home: let no host name but the test server's resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}


def launch(playwright: Playwright) -> Browser:
    if not os.path.isfile(CHROMIUM):
        raise FileNotFoundError(
            f"no browser at {CHROMIUM}: `make test` installs Debian's chromium"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
