"""Issue 18: a dashboard an analyst composes from an indicator page, by keyboard and the GET form only, and shares as
its URL. The shared URL is opened again at 1366 and 390 px: the same tiles, a notice where a tile cannot be shown,
each chart one Tab stop, no sideways scrolling, axe without violations. Screenshots land in screenshots/ (dashboard-…)."""
import urllib.parse
import urllib.request

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from test_browser import _driver, audit  # noqa: E402
from test_phone_print_keyboard import SIDEWAYS, fits_and_passes_axe  # noqa: E402

WIJKEN_GENT = "/indicator/vp2506_elek_res_n?level=ggw72024&parent=gemeente2024:44021"


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def _press(browser, element):
    """Enter on a focused control, then wait for the page the form or link leads to."""
    before = browser.current_url
    element.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url != before)


def _button(browser, action):
    return browser.find_element(By.CSS_SELECTOR, f"button[name=actie][value='{action}']")


def _tiles(browser):
    return [tile.find_element(By.TAG_NAME, "h2").text for tile in browser.find_elements(By.CSS_SELECTOR, "section.dash-tile")]


def _choose(browser, field, value):
    """A choice in the new tile's chooser, made on the focused select with the keyboard's choice of option."""
    select = browser.find_element(By.ID, field)
    select.send_keys("")  # focus
    Select(select).select_by_value(value)


def _tiles_tab_stops(browser):
    """Per shown chart drawing, whether it is a Tab stop (the hidden drawing of the other width is display: none; a
    map's legend is a picture, no stop)."""
    charts = browser.find_elements(By.CSS_SELECTOR, "section.dash-tile figure svg.choropleth, section.dash-tile figure svg.bar-chart")
    return [svg.get_attribute("tabindex") for svg in charts if svg.is_displayed()]


def test_compose_by_keyboard_share_and_reload(server, browser):
    browser.set_window_size(1366, 900)
    # From the indicator page: the wijken of Gent, as the first tile of a new dashboard in its edit mode.
    browser.get(server + WIJKEN_GENT)
    _press(browser, browser.find_element(By.LINK_TEXT, "Toevoegen aan dashboard"))
    assert "/dashboard?" in browser.current_url and "bewerk=1" in browser.current_url
    assert len(_tiles(browser)) == 1 and _tiles(browser)[0].startswith("Kaart: ")

    # The same figures as a bar chart: the chooser is preset to the last tile's indicator, level and parent.
    _choose(browser, "nieuw-soort", "staaf")
    _press(browser, _button(browser, "toevoegen"))
    assert [title.split(":")[0] for title in _tiles(browser)] == ["Kaart", "Staafdiagram"]

    # A key figure for Gent and Leuven as an own group of gemeenten.
    _choose(browser, "nieuw-soort", "kerncijfer")
    _choose(browser, "nieuw-niveau", "gemeente2024")
    _choose(browser, "nieuw-binnen", "")
    browser.find_element(By.ID, "nieuw-gebieden").send_keys("44021, 24062")
    _press(browser, _button(browser, "toevoegen"))
    # A table of a period without figures: kept, and said in its place.
    _choose(browser, "nieuw-soort", "tabel")
    browser.find_element(By.ID, "nieuw-periode").send_keys("2099")
    _press(browser, _button(browser, "toevoegen"))
    assert len(_tiles(browser)) == 4
    audit(browser, "dashboard-desktop-edit")

    # Rename: Enter in the title field presses the form's first button, which keeps everything and saves the title.
    title = browser.find_element(By.ID, "dashboard-titel")
    title.clear()
    title.send_keys("Energie in Gent <b>")
    _press(browser, title)
    # Move the key figure up, above the bars; remove nothing.
    _press(browser, _button(browser, "op-3"))
    assert [t.split(":")[0] for t in _tiles(browser)] == ["Kaart", "Kerncijfer", "Staafdiagram", "Tabel"]

    # Done: the dashboard as visitors see it; the share box holds its full address.
    _press(browser, browser.find_element(By.LINK_TEXT, "Klaar: toon het dashboard"))
    shared = browser.find_element(By.ID, "dashboard-adres").get_attribute("value")
    assert shared.startswith(server + "/dashboard?titel=Energie%20in%20Gent%20%3Cb%3E&tegel=kaart~vp2506_elek_res_n~ggw72024")
    assert "bewerk" not in shared
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(shared).query)
    assert len(query["tegel"]) == 4

    # Reload the shared address in a fresh visit: the same dashboard.
    browser.delete_all_cookies()
    browser.get(shared)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Energie in Gent <b>"
    tiles = _tiles(browser)
    assert [t.split(":")[0] for t in tiles] == ["Kaart", "Kerncijfer", "Staafdiagram", "Tabel"]
    notice = browser.find_element(By.CSS_SELECTOR, "#tegel-4 .tile-notice").text
    assert "2099" in notice
    figures = browser.find_element(By.CSS_SELECTOR, "#tegel-2 .key-figures").text
    assert "Gent" in figures and "Leuven" in figures
    # The map and the bars: each one Tab stop; their tables fold out under them.
    assert _tiles_tab_stops(browser) == ["0", "0"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "section.dash-tile details.dash-table table")) == 2
    # Each shown tile downloads its figures.
    assert len(browser.find_elements(By.CSS_SELECTOR, ".dash-download a[href*='format=csv']")) == 3
    assert browser.execute_script(SIDEWAYS) is None
    audit(browser, "dashboard-desktop")

    # A phone: one column, nothing sticking out sideways; the copy button shows only with the clipboard available.
    browser.set_window_size(390, 900)
    browser.get(shared)
    assert len(_tiles(browser)) == 4
    left = {tile.location["x"] for tile in browser.find_elements(By.CSS_SELECTOR, "section.dash-tile")}
    assert len(left) == 1, "one column on a phone"
    assert browser.execute_script(SIDEWAYS) is None
    audit(browser, "dashboard-phone")
    browser.get(shared + "&bewerk=1")
    assert browser.execute_script(SIDEWAYS) is None
    audit(browser, "dashboard-phone-edit")


def test_desktop_shows_tiles_side_by_side_and_bad_tiles_say_why(server, browser):
    browser.set_window_size(1366, 900)
    tiles = ["kerncijfer~vp2506_elek_res_n~gemeente2024~~~44021", "taart~x~y", "tabel~bestaat_niet~gemeente2024"]
    browser.get(server + "/dashboard?titel=Proef&" + "&".join("tegel=" + t for t in tiles))
    sections = browser.find_elements(By.CSS_SELECTOR, "section.dash-tile")
    assert len(sections) == 3
    assert len({section.location["y"] for section in sections[:2]}) == 1, "tiles side by side on a desktop"
    notices = [n.text for n in browser.find_elements(By.CSS_SELECTOR, ".tile-notice")]
    assert len(notices) == 2 and "taart" in notices[0] and "bestaat_niet" in notices[1]
    WebDriverWait(browser, 5).until(expected_conditions.presence_of_element_located((By.ID, "dashboard-adres")))
    audit(browser, "dashboard-desktop-notices")


@pytest.mark.parametrize("width", [390, 1366])
def test_append_from_an_indicator_page_and_take_the_tile_as_a_file(server, browser, width):
    """The chooser narrows its lists to the choice; its link to an indicator page carries the dashboard, which that page's
    own form keeps; "Voeg deze figuren toe" appends the page's map as a tile after the existing one. The tile's SVG is
    a standalone file of that map, and the PNG link appears beside it with JavaScript."""
    browser.set_window_size(width, 900)
    browser.get(server + "/dashboard?titel=Energie&tegel=tabel~vp2506_elek_res_n~gemeente2024~centrumsteden:centrumsteden&bewerk=1")
    # "Kies": the wijken, and then the gemeenten are the areas to narrow to.
    _choose(browser, "nieuw-niveau", "ggw72024")
    _press(browser, _button(browser, "kies"))
    assert "nieuw-niveau=ggw72024" in browser.current_url
    parents = [o.get_attribute("value") for o in browser.find_elements(By.CSS_SELECTOR, "#nieuw-binnen option")]
    assert "gemeente2024:44021" in parents and not any(p.startswith("ggw72024:") for p in parents)
    fits_and_passes_axe(browser, width, "dashboard", "chooser")

    # To the indicator page with the dashboard; narrowing to Gent there keeps it.
    _press(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "kies op de pagina van"))
    assert "dashboard=" in browser.current_url
    parent = browser.find_element(By.ID, "sel-parent")
    parent.send_keys("")
    Select(parent).select_by_value("gemeente2024:44021")
    _press(browser, parent.find_element(By.XPATH, "ancestor::form//button"))
    assert "dashboard=" in browser.current_url and "parent=gemeente2024" in browser.current_url
    assert "(1 van 12 tegels)" in browser.find_element(By.ID, "dashboard-toevoegen").text
    fits_and_passes_axe(browser, width, "dashboard", "append-indicator")

    # Append: the existing tile stays first, the map of the wijken of Gent follows.
    _press(browser, browser.find_element(By.LINK_TEXT, "Voeg deze figuren toe aan het dashboard"))
    assert [t.split(":")[0] for t in _tiles(browser)] == ["Tabel", "Kaart"]
    assert "Energie" in browser.find_element(By.TAG_NAME, "h1").text
    fits_and_passes_axe(browser, width, "dashboard", "appended")

    # The map tile as a file: the SVG link (and the PNG link site.js adds), a standalone SVG of that map.
    tile = browser.find_element(By.ID, "tegel-2")
    svg = tile.find_element(By.CSS_SELECTOR, "a.chart-svg")
    assert tile.find_elements(By.CSS_SELECTOR, "a.chart-png")
    with urllib.request.urlopen(svg.get_attribute("href"), timeout=30) as response:
        assert response.headers["Content-Type"].startswith("image/svg+xml")
        assert "wijk-gent" in response.headers["Content-Disposition"]
        text = response.read().decode("utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in text and "<title>Kaart: " in text and 'id="tegel-1-kaart"' in text
