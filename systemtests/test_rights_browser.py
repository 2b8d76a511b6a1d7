"""The Rechtenverkenner in a real headless Chromium on the demo data plus the LPDC fixture pages imported on the
command line: a visitor picks a municipality by postcode (9000 → Gent), finds a right by theme with the keyboard
(Tab and Enter through the facet form) and by a search word, opens its page, and finds it in the site search too.
Every page is audited with axe-core at 1366 px and at 390 px (where nothing may scroll sideways)."""
import subprocess

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from conftest import ROOT, _binary  # noqa: E402
from test_access_browser import chrome, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402


def import_fixtures(server):
    """`stadsbeeld rights import` of the LPDC fixture pages into the running server's database."""
    env = {"DATABASE_PATH": server.database, "PATH": "/usr/bin:/bin"}
    result = subprocess.run([str(_binary()), "rights", "import", str(ROOT / "Tests/AppTests/Fixtures/lpdc")], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def no_sideways_scroll(driver):
    # clientWidth, not innerWidth: innerWidth counts the vertical scrollbar, so it would hide an overflow of its width.
    assert driver.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_a_visitor_finds_a_right_in_gent(server, chrome):
    import_fixtures(server)
    chrome.set_window_size(1366, 900)

    # The start: type a postcode, press Enter.
    chrome.get(server + "/rechten?lang=nl")
    assert "Rechtenverkenner" in chrome.find_element(By.TAG_NAME, "h1").text
    audit(chrome, "rights-01-start")
    field = chrome.find_element(By.ID, "plaats")
    field.send_keys("9000" + Keys.ENTER)
    wait_for_path(chrome, "/rechten/gemeente/44021")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Rechten in Gent"
    body = chrome.find_element(By.TAG_NAME, "main").text
    assert "Verwarmingstoelage in Gent" in body and "Minimalistische instantie updatet" in body
    assert "Leuvense energiepremie" not in body
    audit(chrome, "rights-02-gent")

    # By theme, with the keyboard: choose the theme, Tab to the button, Enter.
    theme = chrome.find_element(By.ID, "rechten-thema")
    Select(theme).select_by_value("OnderwijsWetenschap")
    theme.send_keys(Keys.TAB)
    for _ in range(3):
        chrome.switch_to.active_element.send_keys(Keys.TAB)
    assert chrome.switch_to.active_element.tag_name == "button"
    old = chrome.find_element(By.TAG_NAME, "html")
    chrome.switch_to.active_element.send_keys(Keys.ENTER)
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(chrome, 20).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id)
    assert "thema=OnderwijsWetenschap" in chrome.current_url
    body = chrome.find_element(By.TAG_NAME, "main").text
    assert "Schooltoeslag" in body and "Vlaamse huurpremie" not in body
    audit(chrome, "rights-03-theme")

    # By a search word (the theme cleared first).
    chrome.get(server + "/rechten/gemeente/44021")
    search = chrome.find_element(By.ID, "rechten-q")
    search.send_keys("huurpremie" + Keys.ENTER)
    wait_for_path(chrome, "/rechten/gemeente/44021")
    assert "q=huurpremie" in chrome.current_url
    links = chrome.find_elements(By.CSS_SELECTOR, ".rights-card h3 a")
    assert [link.text for link in links] == ["Vlaamse huurpremie"]

    # The right's page.
    links[0].click()
    wait_for_path(chrome, "/rechten/recht/demo-vlaamse-huurpremie")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Vlaamse huurpremie"
    main = chrome.find_element(By.TAG_NAME, "main").text
    assert "Voorwaarden" in main and "Huurcontract" in main and "Productnummer" in main
    assert chrome.find_element(By.CSS_SELECTOR, "a.rights-button").get_attribute("href").endswith(
        "/rechten/screening?recht=demo-vlaamse-huurpremie")
    audit(chrome, "rights-04-right")

    # A right from the fixture pages, whose description is HTML.
    chrome.get(server + "/rechten/recht/705d401c-1a41-4802-a863-b22499f71b84")
    assert chrome.find_elements(By.CSS_SELECTOR, ".rights-text ul li")
    audit(chrome, "rights-05-fixture-right")

    # The site search finds rights too.
    chrome.get(server + "/zoeken?q=verwarmingstoelage")
    hrefs = [a.get_attribute("href") for a in chrome.find_elements(By.CSS_SELECTOR, "main a")]
    assert any(href and href.endswith("/rechten/recht/demo-verwarmingstoelage") for href in hrefs)


def test_the_pages_fit_a_phone(server, chrome):
    chrome.set_window_size(390, 844)
    for name, path in [("start", "/rechten?lang=nl&plaats=gen"), ("gent", "/rechten/gemeente/44021?gebeurtenis=geldzorgen"),
                       ("all", "/rechten/alle?lang=en"), ("right", "/rechten/recht/demo-gent-verwarmingstoelage?lang=nl")]:
        chrome.get(server + path)
        no_sideways_scroll(chrome)
        audit(chrome, f"rights-phone-{name}")
