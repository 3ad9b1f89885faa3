"""The UI in a real headless chromium: run a canned query, open an entity page, follow an
evidence link (or, while extraction yields no evidence yet, an article link)."""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture()
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Debian chromium / chromium-driver not installed (scripts/test.sh installs them as root)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="ckg-chromium-")
    for a in ("--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}"):
        opts.add_argument(a)
    if os.geteuid() == 0:
        opts.add_argument("--no-sandbox")
    d = webdriver.Chrome(service=Service(driver), options=opts)
    d.set_page_load_timeout(60)
    try:
        yield d
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _click_and_load(b, element, css: str) -> list:
    """Click what navigates, then read the new page: wait until the old page is gone and
    ``css`` is present on the new one (find_elements right after a click can read the old page)."""
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    def gone(_driver) -> bool:
        # Chromium may answer a look at the old page mid-navigation with "Node … does not belong
        # to the document" instead of a stale-element error: that, too, says the old page is gone
        try:
            return EC.staleness_of(old)(_driver)
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise

    old = b.find_element(By.TAG_NAME, "html")
    element.click()
    try:
        WebDriverWait(b, 30).until(gone)
        return WebDriverWait(b, 30).until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, css)))
    except TimeoutException:
        return []


def test_canned_query_entity_and_evidence(browser, live_server):
    from selenium.webdriver.common.by import By

    b = browser
    b.get(f"{live_server}/queries/wikidata_linked")
    rows = _click_and_load(b, b.find_element(By.ID, "run"), "table.results tbody tr")
    assert rows, "the canned query showed no rows"
    assert b.find_element(By.CSS_SELECTOR, "[lang=ar]").get_attribute("dir") == "rtl"
    # open an entity page from the result table
    link = b.find_element(By.CSS_SELECTOR, "table.results tbody a[href^='/id/entity/']")
    assert _click_and_load(b, link, "a.wikidata")
    assert "/id/entity/" in b.current_url
    evidence = b.find_elements(By.CSS_SELECTOR, "a.evidence-link")
    if evidence:
        assert _click_and_load(b, evidence[0], "mark.current")
    else:  # no evidence extracted yet: follow the entity's article instead
        article = b.find_element(By.CSS_SELECTOR, "a[href^='/id/article/']")
        assert _click_and_load(b, article, "div.article")
        assert b.find_element(By.CSS_SELECTOR, "div.article").text.strip()


def test_editor_loads_yasgui(browser, live_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    b = browser
    b.get(f"{live_server}/editor")
    WebDriverWait(b, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    b.find_element(By.CSS_SELECTOR, "button.example[data-name='wikidata_linked']").click()
    assert "owl:sameAs" in b.execute_script("return yasgui.getTab().getQuery()")


def test_query_by_name_and_the_language_toggle(browser, live_server):
    """A name typed into the form (offered by the datalist) runs the query; the toggle turns the
    page Arabic and right-to-left, and the labels with it."""
    from selenium.webdriver.common.by import By

    b = browser
    b.get(f"{live_server}/queries/pledges?lang=en")
    field = b.find_element(By.CSS_SELECTOR, "input[name=donor]")
    assert field.get_attribute("list") == "names-donor"
    options = [o.get_attribute("value") for o in b.find_elements(By.CSS_SELECTOR, "#names-donor option")]
    assert "United States" in options
    field.clear()
    field.send_keys("الولايات المتحدة")
    q30 = "table.results tbody a[href='/id/entity/Q30']"
    cells = _click_and_load(b, b.find_element(By.ID, "run"), q30)
    assert cells and cells[0].get_attribute("textContent") == "United States"
    assert cells[0].get_attribute("title") == "https://w3id.org/coalition-kg/id/entity/Q30"
    cells = _click_and_load(b, b.find_element(By.CSS_SELECTOR, "a.lang-toggle"), q30)
    assert b.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    assert b.find_element(By.ID, "run").text == "تشغيل"
    assert cells and cells[0].get_attribute("textContent") == "الولايات المتحدة"
