"""Real headless Chromium for the browser tests (Debian packages chromium, chromium-driver)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1400,1000")


def require_browser() -> None:
    missing = [p for p in (CHROMIUM, DRIVER) if not Path(p).exists()]
    if missing:
        msg = f"headless browser test needs {' and '.join(missing)} (Debian packages chromium, chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


@contextmanager
def chromium() -> Iterator:
    """A Chromium with a throw-away profile."""
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="woo-chromium-") as profile:
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for a in (*FLAGS, f"--user-data-dir={profile}"):
            opts.add_argument(a)
        drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
        try:
            yield drv
        finally:
            drv.quit()
