"""Issue 18, straight paths through the Cijfers explorer, in a real headless Chromium on the demo data, at a 390 px
phone and a 1366 px desktop: the city picker to the wijken of Gent in one submit (from the home page and from an
indicator page), steekkaart ↔ wijken, an own group chosen with the keyboard, the table of several indicators × areas ×
years and the indexed evolution of all 13 centrumsteden. On every page: no sideways scrolling, axe-core 0 violations,
a screenshot in screenshots/ (paths-phone-… and paths-desktop-…)."""
import urllib.parse

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from test_browser import _driver  # noqa: E402
from test_phone_print_keyboard import fits_and_passes_axe  # noqa: E402

CENTRUMSTEDEN = ["41002", "11002", "31005", "71016", "44021", "71022", "34022", "24062", "12025", "35013",
                 "36015", "46021", "13040"]


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def _check(browser, width, name):
    fits_and_passes_axe(browser, width, "paths", name)


def _submit(browser, form_css, until):
    """Presses Enter on the form's button (the keyboard's way to submit) and waits for the page it leads to."""
    browser.find_element(By.CSS_SELECTOR, form_css + " button[type=submit]").send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: until in urllib.parse.unquote(d.current_url))


@pytest.mark.parametrize("width", [390, 1366])
def test_straight_paths(server, browser, width):
    browser.set_window_size(width, 900)

    # From the home page to the wijken of Gent: choose the city, one submit.
    browser.get(server + "/")
    Select(browser.find_element(By.ID, "stadkeuze")).select_by_visible_text("Gent")
    _submit(browser, "form.city-picker", "stad=44021")
    assert "Wijkrapport Gent" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Binnenstad" in browser.page_source
    _check(browser, width, "wijkrapport-gent")

    # From an indicator page: the same indicator at wijk level within the city, again in one submit.
    browser.get(server + "/indicator/vp2506_elek_res_n")
    Select(browser.find_element(By.ID, "stadkeuze")).select_by_visible_text("Gent")
    _submit(browser, "form.city-picker", "parent=gemeente2024:44021")
    assert "level=ggw72024" in browser.current_url
    names = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#cijfers tbody th")]
    others = [name for name in names if not name.endswith("(Gent)")]
    assert "Binnenstad (Gent)" in names and len(others) <= 1, others[:5]
    _check(browser, width, "indicator-wijken-gent")

    # Steekkaart ↔ wijken.
    browser.get(server + "/gebied/gemeente2024/44021")
    browser.find_element(By.LINK_TEXT, "Wijken van Gent").send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "/wijkrapport?stad=44021" in d.current_url)
    browser.get(server + "/gebied/ggw72024/440211")
    _check(browser, width, "steekkaart-wijk")
    browser.find_element(By.LINK_TEXT, "Terug naar Gent").send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith("/gebied/gemeente2024/44021"))


@pytest.mark.parametrize("width", [390, 1366])
def test_own_group_table_and_index(server, browser, width):
    browser.set_window_size(width, 900)

    # An own group with the keyboard only: Space ticks a checkbox, the name is typed, Enter sends the form.
    browser.get(server + "/tabel?indicators=vp2506_elek_res_n,v2506_elek_res_cons&level=gemeente2024")
    assert browser.find_elements(By.CSS_SELECTOR, "select[multiple]") == []
    for code in ["44021", "24062", "31005"]:
        box = browser.find_element(By.ID, f"area-{code}")
        box.send_keys(Keys.SPACE)
        assert box.is_selected()
    browser.find_element(By.ID, "groepnaam").send_keys("Mijn steden")
    _submit(browser, "form.selector", "group=Mijn")
    assert browser.find_element(By.CSS_SELECTOR, ".own-group h2").text == "Mijn steden"
    rows = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#tabel tbody th")]
    assert sorted(rows) == ["Brugge", "Gent", "Leuven"]
    foot = browser.find_element(By.CSS_SELECTOR, "#tabel tfoot").text
    assert "Gemiddelde (ongewogen) van de selectie" in foot and "Mediaan van de selectie" in foot
    # Two indicators, each with its years, units in the headers; the table scrolls in its own frame.
    assert len(browser.find_elements(By.CSS_SELECTOR, "#tabel thead th[scope=colgroup]")) == 2
    assert browser.find_elements(By.CSS_SELECTOR, "figure.bars svg")
    _check(browser, width, "tabel-eigen-selectie")
    # The link that keeps the group opens the same table.
    share = browser.find_element(By.LINK_TEXT, "Kopieer of bewaar deze link").get_attribute("href")
    assert "areas=" in urllib.parse.unquote(share)

    # The indexed evolution of all 13 centrumsteden: 13 cities and Vlaanderen, each 100 in its base year.
    browser.get(server + "/evolutie?indicators=vp2506_elek_res_n&view=index&areas=" + ",".join(CENTRUMSTEDEN))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.data tbody tr")
    assert len(rows) == 14
    for row in rows:
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        base = cells[0]
        if base.isdigit():
            assert "100,0" in cells[1:], (row.text, cells)
    assert browser.find_element(By.ID, "view-index").is_selected()
    _check(browser, width, "evolutie-index")
