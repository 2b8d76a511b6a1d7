"""Issue 18: the site on a phone, on paper and with the keyboard, in a real headless Chromium on the demo data.

- Every main page of every pillar at 390 px and at 1366 px: the page never scrolls sideways, every piece of chart text
  is drawn at 12 px or more, axe-core finds nothing. Screenshots land in screenshots/ (phone-… and desktop-…).
- Keyboard: a chart is one Tab stop with a skip link past it; the CSV link of an indicator page at wijk level is
  reached in a few Tab presses.
- Print: the steekkaart of Leuven fits two A4 pages with its map, date, source and address; the maturity table prints
  on a landscape page with all its columns; forms and navigation never print."""
import base64
import subprocess

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from test_browser import SHOTS, _driver, audit  # noqa: E402

WIJKEN_GENT = "/indicator/vp2506_elek_res_n?level=ggw72024&parent=gemeente2024:44021"
LEUVEN = "/gebied/gemeente2024/24062"
STUDY = "/maturiteit/metingen/klimaatgovernance-2024"

PAGES = [
    ("home", "/"),
    ("search", "/zoeken?q=elektriciteit"),
    ("indicator", "/indicator/vp2506_elek_res_n?level=gemeente2024&parent=centrumsteden:centrumsteden"),
    ("indicator-wijken", WIJKEN_GENT),
    ("steekkaart", LEUVEN),
    ("benchmark", "/benchmark"),
    ("evolution", "/evolutie?indicators=vp2506_elek_res_n&areas=44021,24062"),
    ("wijkrapport", "/wijkrapport"),
    ("maturiteit", "/maturiteit"),
    ("maturiteit-table", STUDY),
    ("maturiteit-profile", STUDY + "/organisaties/hasselt"),
    ("maturiteit-evolution", "/maturiteit/metingen/klimaatgovernance-2026/evolutie"),
    ("maturiteit-advice", STUDY + "/aanbevelingen"),
    ("plannen", "/plannen/voorbeeldstad/mjp-2026-2031"),
    ("kennis", "/kennis"),
    ("diensten", "/diensten"),
    ("leefloon", "/leefloon"),
    ("sign-in", "/aanmelden"),
]

# For every drawn <text> in an SVG: the size it is rendered at, its font size in user units times the SVG's scale on
# the screen. Text that is not drawn (in an SVG the layout hides) has no client rects and is left out.
SMALL_CHART_TEXT = """
const small = [];
for (const text of document.querySelectorAll('svg text')) {
  if (text.getClientRects().length === 0) continue;
  const box = text.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  const matrix = text.getScreenCTM();
  const scale = Math.hypot(matrix.a, matrix.b);
  const size = parseFloat(getComputedStyle(text).fontSize) * scale;
  if (size < 11.95) small.push(`${text.closest('svg').id}: "${text.textContent.trim()}" at ${size.toFixed(1)} px`);
}
return small;
"""

SIDEWAYS = """
const root = document.documentElement;
if (root.scrollWidth <= root.clientWidth) return null;
// What sticks out: elements past the right edge that no scrolling frame around them holds in.
const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
const wide = [...document.body.querySelectorAll('*')]
  .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(e))
  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'));
return `${root.scrollWidth} > ${root.clientWidth}: ${wide.join(', ')}`;
"""


def fits_and_passes_axe(browser, width, prefix, name):
    """No sideways scrolling at this width; then a screenshot (PREFIX-phone-NAME or PREFIX-desktop-NAME) and axe-core
    with no violations."""
    sideways = browser.execute_script(SIDEWAYS)
    assert sideways is None, f"{name} scrolls sideways at {width} px: {sideways}"
    audit(browser, f"{prefix}-{'phone' if width < 800 else 'desktop'}-{name}")


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


@pytest.mark.parametrize("width", [390, 1366])
def test_every_main_page_fits_the_screen_with_readable_charts(server, browser, width):
    browser.set_window_size(width, 900)
    kind = "phone" if width < 800 else "desktop"
    problems = []
    for name, path in PAGES:
        browser.get(server + path)
        assert "Stadsbeeld" in browser.title, path
        sideways = browser.execute_script(SIDEWAYS)
        if sideways:
            problems.append(f"{path} scrolls sideways at {width} px: {sideways}")
        small = browser.execute_script(SMALL_CHART_TEXT)
        if small:
            problems.append(f"{path} at {width} px has chart text under 12 px: {small[:3]} ({len(small)} in all)")
        audit(browser, f"{kind}-{name}")
    assert problems == [], "\n".join(problems)


def test_a_chart_is_one_tab_stop_and_the_csv_link_is_near(server, browser):
    browser.set_window_size(1366, 900)
    browser.get(server + WIJKEN_GENT)
    # No link and no tab stop inside a chart: the table beside it carries the links.
    assert browser.find_elements(By.CSS_SELECTOR, "figure svg a, figure svg [tabindex]") == []
    charts = browser.find_elements(By.CSS_SELECTOR, "figure svg[tabindex='0']")
    assert len(charts) >= 2, "the map and the bar chart can each be reached once"
    for chart in charts:
        assert chart.get_attribute("role") == "img"
        assert chart.get_attribute("aria-labelledby")
    # Before the map: a link past it, to the table.
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip-chart")
    target = skip.get_attribute("href").split("#")[1]
    assert browser.find_element(By.ID, target).find_elements(By.CSS_SELECTOR, "table, caption") or \
        browser.find_element(By.ID, target).tag_name == "table"

    # Tab from the top of the page to the CSV download.
    browser.find_element(By.TAG_NAME, "body").click()
    browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    seen = []
    for stop in range(1, 80):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        active = browser.switch_to.active_element
        seen.append(active.tag_name + ":" + (active.text or active.get_attribute("aria-label") or "")[:30])
        if active.tag_name == "a" and "CSV" in active.text:
            break
    else:
        pytest.fail("the CSV link was not reached in 80 Tab stops: " + " | ".join(seen))
    print(f"the CSV link is Tab stop {stop}")
    assert stop <= 60, f"the CSV link is Tab stop {stop}: " + " | ".join(seen)

    # The skip link jumps past the map: the next Tab stop after following it is in the table's part of the page.
    browser.get(server + WIJKEN_GENT)
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip-chart")
    skip.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#" + target)


def _pdf(browser, landscape=False):
    """Chromium's own print to PDF of the current page, with the page size the print style asks for."""
    answer = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True,
                                                         "landscape": landscape})
    return base64.b64decode(answer["data"])


def _pdf_facts(pdf, name):
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    facts = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    width, _, height = facts["Page size"].split()[:3]
    return int(facts["Pages"]), (round(float(width)), round(float(height))), text


def _printed(browser, selector):
    """Whether elements matching selector are laid out when the page is printed (media emulated)."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        return browser.execute_script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.getClientRects().length > 0)", selector)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_steekkaart_prints_on_two_a4_pages_with_map_date_source_and_address(server, browser):
    browser.set_window_size(1366, 900)
    browser.get(server + LEUVEN)
    pages, size, text = _pdf_facts(_pdf(browser), "print-steekkaart-leuven")
    assert pages <= 2, f"{pages} pages"
    assert size == (595, 842), size  # A4 portrait, in points
    assert "Steekkaart Leuven" in text
    assert (server + LEUVEN) in text.replace("\n", " ") or (server + LEUVEN).replace("http://", "") in text
    printed_on = browser.find_element(By.CSS_SELECTOR, ".print-only .printed-on").get_attribute("textContent")
    assert printed_on.strip() and printed_on.strip().split()[-1] in text
    assert "Bron" in text
    assert _printed(browser, "figure.locator svg") == [True], "the map prints"
    assert not any(_printed(browser, "header nav, form, button, .skip, .skip-chart"))


def test_the_maturity_table_prints_on_a_landscape_page_with_every_column(server, browser):
    browser.set_window_size(1366, 900)
    browser.get(server + STUDY)
    last_column = browser.execute_script(
        "const h = document.querySelectorAll('table.maturity thead th'); return h[h.length - 1].textContent.trim()")
    pages, size, text = _pdf_facts(_pdf(browser), "print-maturiteit-2024")
    assert size == (842, 595), f"landscape A4: {size}"
    assert last_column.split()[0] in text, last_column
    assert not any(_printed(browser, "header nav, form, button, select"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        # At the width of a landscape A4 page between its margins (about 1030 CSS px), nothing is cut off.
        browser.set_window_size(1030, 900)
        clipped = browser.execute_script(
            "const t = document.querySelector('table.maturity'); return t.getBoundingClientRect().right - "
            "document.documentElement.clientWidth")
        assert clipped <= 1, f"the table is {clipped} px wider than the page"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.set_window_size(1366, 900)
