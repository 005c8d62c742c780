"""The HTML report in headless Chromium: every image loads, every internal link resolves, no console errors.

Needs Chromium (``python3 tasks.py test`` installs Debian's ``chromium`` when it is missing and it
runs as root). Without it the test is skipped, except under CI, where it fails.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow

# Flags that work on machines with no network and no display (see the project's machine notes).
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = REPO / "build" / "report-screenshot.png"


@pytest.fixture(scope="module")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        message = "Chromium is not installed: run 'python3 tasks.py test' as root, or apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh, empty profile (user data dir).
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def visit(browser, url: str) -> tuple[object, list[str]]:
    """Open a page; return it and every console error, uncaught exception and failed request."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} ({r.failure})"))
    page.goto(url, wait_until="load")
    return page, problems


def test_every_page_of_the_report_loads_its_images_and_links(browser, built_report):
    index = built_report / "build" / "report" / "index.html"
    pending, seen, checked_links = [index.as_uri()], set(), 0
    while pending:
        url = pending.pop()
        if url in seen:
            continue
        seen.add(url)
        page, problems = visit(browser, url)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        broken_images = page.evaluate(
            "Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)")
        assert page.evaluate("document.images.length") > 0 or url != index.as_uri()
        assert broken_images == [], (url, broken_images)
        for href in page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"):
            target, fragment = urldefrag(href)
            if urlparse(target).scheme != "file":
                continue  # sources and citations link to the publishers' pages, which are not checked offline
            path = Path(unquote(urlparse(target).path))
            assert path.is_file(), f"{url} links to missing {path}"
            checked_links += 1
            if fragment and target == url:
                assert page.query_selector(f"[id='{fragment}']"), f"{url} links to missing anchor #{fragment}"
            if path.suffix == ".html":
                pending.append(target)
        if url == index.as_uri():
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        page.close()
        assert problems == [], (url, problems)
    # the index, and the rendered notebook of each of the five runs
    assert len(seen) == 6 and checked_links > 30


def test_code_is_hidden_until_asked_for(browser, built_report):
    page_file = built_report / "build" / "report" / "runs" / "profile" / "default.html"
    page, problems = visit(browser, page_file.as_uri())
    code = page.locator(".jp-CodeCell .jp-Cell-inputWrapper").first
    assert not code.is_visible()
    page.click("#code")
    assert code.is_visible() and page.inner_text("#code") == "Hide code"
    page.close()
    page, more = visit(browser, page_file.as_uri() + "#code")
    assert page.locator(".jp-CodeCell .jp-Cell-inputWrapper").first.is_visible()
    page.close()
    assert problems + more == []
