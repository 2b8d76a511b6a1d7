"""A real headless Chromium walks the user's path through the explorer: home → search 'elektriciteit' → the map of
the wijken of Gent → the 13 centrumsteden → CSV download → the steekkaart of Leuven, printed. Every page gets an
axe-core audit that must report no violations. Screenshots land in screenshots/ for people to look at."""
import base64
import csv
import io
import pathlib
import shutil
import urllib.request

import pytest

selenium = pytest.importorskip("selenium")
from axe_selenium_python import Axe  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

SHOTS = pathlib.Path(__file__).resolve().parents[1] / "screenshots"


def _driver(javascript=True):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--window-size=1280,2000")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def submit_selector(driver):
    """Submits the selector form and waits for the new page (its URL carries the new selection)."""
    before = driver.current_url
    driver.find_element(By.CSS_SELECTOR, "form.selector button[type=submit]").click()
    WebDriverWait(driver, 20).until(
        lambda d: d.current_url != before and d.execute_script("return document.readyState") == "complete")


def audit(driver, name):
    """Screenshot, then axe-core: no violations allowed."""
    SHOTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])


def test_user_path(server, browser):
    # home
    browser.get(server + "/")
    assert "Stadsbeeld" in browser.title
    assert browser.find_element(By.ID, "themas").is_displayed()
    assert "Leuven" in browser.find_element(By.CLASS_NAME, "cities").text
    audit(browser, "01-home")

    # search 'elektriciteit' from the header
    box = browser.find_element(By.CSS_SELECTOR, "header input[name=q]")
    box.send_keys("elektriciteit")
    box.submit()
    WebDriverWait(browser, 20).until(expected_conditions.url_contains("/zoeken"))
    assert "/zoeken" in browser.current_url
    audit(browser, "02-search")
    browser.find_element(By.LINK_TEXT, "Consumptie elektriciteit per residentiële klant").click()
    WebDriverWait(browser, 20).until(expected_conditions.url_contains("/indicator/"))
    assert "/indicator/vp2506_elek_res_n" in browser.current_url

    # the wijken of Gent on a map
    Select(browser.find_element(By.ID, "sel-level")).select_by_value("ggw72024")
    submit_selector(browser)
    Select(browser.find_element(By.ID, "sel-parent")).select_by_value("gemeente2024:44021")
    submit_selector(browser)
    assert "parent=gemeente2024%3A44021" in browser.current_url or "parent=gemeente2024:44021" in browser.current_url
    paths = browser.find_elements(By.CSS_SELECTOR, "figure.map svg path")
    assert len(paths) >= 20, "a path per wijk of Gent"
    assert "Binnenstad" in browser.find_element(By.ID, "cijfers").text
    audit(browser, "03-wijken-gent")

    # switch to the 13 centrumsteden
    Select(browser.find_element(By.ID, "sel-level")).select_by_value("gemeente2024")
    Select(browser.find_element(By.ID, "sel-parent")).select_by_value("centrumsteden:centrumsteden")
    submit_selector(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "#cijfers tbody tr")
    assert len(rows) == 13
    audit(browser, "04-centrumsteden")

    # the CSV of exactly what is shown
    href = browser.find_element(By.PARTIAL_LINK_TEXT, "CSV (internationaal)").get_attribute("href")
    records = list(csv.DictReader(io.StringIO(urllib.request.urlopen(href).read().decode())))
    assert {r["area_name"] for r in records} == {r.find_element(By.TAG_NAME, "th").text for r in rows}

    # sortable table (JavaScript enhancement)
    header = browser.find_element(By.CSS_SELECTOR, "#cijfers thead th:nth-child(2) button")
    header.click()
    assert browser.find_element(By.CSS_SELECTOR, "#cijfers thead th:nth-child(2)").get_attribute("aria-sort") == "ascending"

    # the steekkaart of Leuven, printed
    browser.find_element(By.LINK_TEXT, "Leuven").click()
    WebDriverWait(browser, 20).until(expected_conditions.url_contains("/gebied/"))
    assert "Steekkaart Leuven" in browser.find_element(By.TAG_NAME, "h1").text
    assert "som van de 13 centrumsteden" in browser.page_source
    audit(browser, "05-steekkaart-leuven")
    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF")
    (SHOTS / "05-steekkaart-leuven.pdf").write_bytes(pdf)


def test_benchmark_page(server, browser):
    browser.get(server + "/benchmark")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#benchmark tbody tr")) == 13
    assert "13 centrumsteden" in browser.find_element(By.CSS_SELECTOR, "#benchmark tfoot").text
    audit(browser, "06-benchmark")


def test_evolution_and_wijk_report(server, browser):
    browser.get(server + "/evolutie?indicators=vp2506_elek_res_n&areas=44021,24062")
    rows = [r.find_element(By.TAG_NAME, "th").text for r in browser.find_elements(By.CSS_SELECTOR, "table.data tbody tr")]
    assert rows == ["Gent", "Leuven", "Vlaanderen"]
    assert browser.find_elements(By.CSS_SELECTOR, "figure svg polyline, figure svg path")
    audit(browser, "08-evolutie")

    browser.get(server + "/wijkrapport")
    Select(browser.find_element(By.ID, "sel-stad")).select_by_visible_text("Leuven")
    submit_selector(browser)
    assert "Wijkrapport Leuven" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "figure.map svg path")
    ranks = browser.find_elements(By.CSS_SELECTOR, "section.wijkblock table tbody tr td:nth-child(3)")
    assert "1" in [r.text for r in ranks]
    audit(browser, "09-wijkrapport")


def test_not_found_page(server, browser):
    browser.get(server + "/indicator/bestaat_niet")
    assert "Niet gevonden" in browser.find_element(By.TAG_NAME, "h1").text
    audit(browser, "07-niet-gevonden")


def test_pages_work_without_javascript(server):
    driver = _driver(javascript=False)
    try:
        driver.get(server + "/indicator/v2506_elek_res_cons")
        Select(driver.find_element(By.ID, "sel-parent")).select_by_value("centrumsteden:centrumsteden")
        submit_selector(driver)
        assert len(driver.find_elements(By.CSS_SELECTOR, "#cijfers tbody tr")) == 13
        assert driver.find_elements(By.CSS_SELECTOR, "figure.map svg path")
    finally:
        driver.quit()
