"""Issue 18: maps that zoom and pan, write the names of the chosen areas and show the larger area around them; the
main menu that folds into one "Menu" button on a phone. One headless Chromium for the module, on the demo data.
Screenshots land in screenshots/ (maps-… and menu-…)."""
import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from test_browser import _driver, audit  # noqa: E402
from test_phone_print_keyboard import SIDEWAYS  # noqa: E402

WIJKEN_GENT = "/indicator/vp2506_elek_res_n?level=ggw72024&parent=gemeente2024:44021"
CENTRUMSTEDEN = "/indicator/vp2506_elek_res_n?level=gemeente2024&parent=centrumsteden:centrumsteden"


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def _shown_map(browser):
    """The map's one drawing (it scales to its frame; the names it shows depend on the frame's width)."""
    maps = [svg for svg in browser.find_elements(By.CSS_SELECTOR, "figure.map svg.choropleth") if svg.is_displayed()]
    assert len(maps) == 1, "exactly one drawing of the map is shown"
    return maps[0]


# The names the map shows at this width, with their boxes on the screen and the map's own box: a map carries a set of
# names for a roomy frame and one for a phone, and shows one of them (the other is display: none, no client rects).
SHOWN_NAMES = """
const svg = arguments[0];
const shown = [...svg.querySelectorAll('g.map-labels text')].filter(t => t.getClientRects().length > 0);
const box = r => [r.left, r.top, r.right, r.bottom];
return {names: shown.map(t => t.textContent), boxes: shown.map(t => box(t.getBoundingClientRect())),
        map: box(svg.getBoundingClientRect())};
"""


def _shown_names(svg):
    return svg.parent.execute_script(SHOWN_NAMES, svg)


def _view_box(svg):
    """The viewBox as the page has it now (Selenium's get_attribute does not read this camel-cased SVG attribute)."""
    return svg.parent.execute_script("return arguments[0].getAttribute('viewBox')", svg)


def _view_width(svg):
    return float(_view_box(svg).split()[2])


def test_the_map_zooms_and_pans_by_keyboard_names_areas_and_outlines_the_city(server, browser):
    browser.set_window_size(1366, 900)
    browser.get(server + WIJKEN_GENT)
    svg = _shown_map(browser)
    whole = _view_box(svg)
    assert whole == "0 0 600 450"

    # The outline of Gent over its wijken, in grey; no surroundings needed inside a city.
    assert len(svg.find_elements(By.CSS_SELECTOR, "g.map-outline path")) == 1
    # Names: the highest and lowest three of Gent's wijken (those that fit), each a wijk from the table.
    names = _shown_names(svg)["names"]
    assert 2 <= len(names) <= 6, names
    table = browser.find_element(By.ID, "cijfers").text
    assert all(name in table for name in names), names

    # The buttons are there because JavaScript runs; each is a Tab stop, and Enter works them.
    buttons = {b.get_attribute("data-zoom"): b for b in browser.find_elements(By.CSS_SELECTOR, ".map-zoom button")}
    assert set(buttons) == {"in", "out", "reset"} and all(b.is_displayed() for b in buttons.values())
    buttons["in"].send_keys(Keys.ENTER)
    assert _view_width(svg) == pytest.approx(400)
    buttons["in"].send_keys(Keys.ENTER)
    buttons["out"].send_keys(Keys.ENTER)
    assert _view_width(svg) == pytest.approx(400)
    buttons["reset"].send_keys(Keys.ENTER)
    assert _view_box(svg) == whole

    # The next Tab stop after the buttons is the map itself: + zooms, an arrow pans, 0 shows the whole map again.
    buttons["reset"].send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == svg.get_attribute("id")
    active.send_keys("+")
    zoomed = _view_box(svg).split()
    assert float(zoomed[2]) == pytest.approx(400)
    active.send_keys(Keys.ARROW_RIGHT)
    assert float(_view_box(svg).split()[0]) > float(zoomed[0])
    audit(browser, "maps-desktop-zoomed")
    active.send_keys("0")
    assert _view_box(svg) == whole


def test_the_centrumsteden_lie_among_the_other_gemeenten_with_their_names(server, browser):
    browser.set_window_size(390, 900)
    browser.get(server + CENTRUMSTEDEN)
    svg = _shown_map(browser)
    # One drawing for every width (the outlines are not sent twice), scaled to the phone's frame.
    assert _view_box(svg) == "0 0 600 450"
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure.map svg.choropleth")) == 1
    # The other gemeenten of Flanders beneath the 13 cities, so they do not float.
    assert len(svg.find_elements(By.CSS_SELECTOR, "g.map-surroundings path")) > 100
    shown = _shown_names(svg)
    names, boxes, frame = shown["names"], shown["boxes"], shown["map"]
    assert "Gent" in names and "Antwerpen" in names, names
    # The phone's names: whole inside the map, none cut off at an edge (issue 18).
    for name, (left, top, right, bottom) in zip(names, boxes):
        assert frame[0] <= left and right <= frame[2] and frame[1] <= top and bottom <= frame[3], (name, frame)
    # Names never overlap one another.
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_the_menu_folds_on_a_phone_opens_by_keyboard_and_lies_open_on_a_desktop(server, browser):
    browser.set_window_size(390, 900)
    browser.get(server + "/")
    summary = browser.find_element(By.CSS_SELECTOR, "nav.site-menu summary")
    links = browser.find_elements(By.CSS_SELECTOR, "nav.site-menu ul a")
    assert len(links) >= 4
    assert summary.is_displayed() and not any(link.is_displayed() for link in links)
    assert browser.execute_script(SIDEWAYS) is None
    audit(browser, "menu-phone-closed")

    # By keyboard from the top of the page: skip link, brand, then the Menu button; Enter opens it.
    browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(5):
        if browser.switch_to.active_element.tag_name == "summary":
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.tag_name == "summary"
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert all(link.is_displayed() for link in links)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("href") == links[0].get_attribute("href")
    assert browser.execute_script(SIDEWAYS) is None
    audit(browser, "menu-phone-open")

    browser.set_window_size(1366, 900)
    browser.get(server + "/")
    assert not browser.find_element(By.CSS_SELECTOR, "nav.site-menu summary").is_displayed()
    assert all(link.is_displayed() for link in browser.find_elements(By.CSS_SELECTOR, "nav.site-menu ul a"))
    browser.find_element(By.CSS_SELECTOR, "nav.site-menu ul a[href='/kennis']").click()
    assert browser.current_url == server + "/kennis"
    audit(browser, "menu-desktop")
