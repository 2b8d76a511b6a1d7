"""Issue 18, survey indicators: the demo's fictitious example survey indicator in a real headless Chromium, at a 390 px
phone and a 1366 px desktop. The indicator page of the 13 centrumsteden shows every value with its 95 % confidence
interval and a significance mark against Vlaanderen in the table, whiskers on the bar chart and a band on the trend;
the evolution page marks the change since the previous period; the benchmark and a steekkaart on a phone show
intervals and marks too, and the RDF Data Cube with the interval attributes still passes IC-1 … IC-21. On every
page: no sideways scrolling, axe-core 0 violations, a screenshot in screenshots/ (survey-phone-… and
survey-desktop-…)."""
import re

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402

from test_browser import _driver  # noqa: E402
from test_phone_print_keyboard import fits_and_passes_axe  # noqa: E402

CODE = "sb_vb_tevreden_groen"
# "42,3 % (39,1–45,6)": Belgian decimals, the interval in brackets.
WITH_INTERVAL = re.compile(r"^\d{1,3},\d % \(\d{1,3},\d–\d{1,3},\d\)$")
MARKS = {"▲ hoger", "▼ lager", "○ niet significant"}


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def _check(browser, width, name):
    fits_and_passes_axe(browser, width, "survey", name)


@pytest.mark.parametrize("width", [390, 1366])
def test_indicator_page_shows_intervals(server, browser, width):
    browser.set_window_size(width, 900)
    browser.get(server + f"/indicator/{CODE}?level=gemeente2024&parent=centrumsteden:centrumsteden")
    assert "(fictief voorbeeld)" in browser.find_element(By.TAG_NAME, "h1").text

    rows = browser.find_elements(By.CSS_SELECTOR, "#cijfers tbody tr")
    assert len(rows) == 13
    values = [row.find_elements(By.CSS_SELECTOR, "td")[0].get_attribute("textContent") for row in rows]
    assert all(WITH_INTERVAL.match(value) for value in values), values
    marks = [row.find_elements(By.CSS_SELECTOR, "td")[-1].get_attribute("textContent") for row in rows]
    assert set(marks) <= MARKS and marks, marks
    header = browser.find_element(By.CSS_SELECTOR, "#cijfers thead").text
    assert "95%-betrouwbaarheidsinterval" in header
    assert "Significant verschil met Vlaanderen" in header
    assert "betrouwbaarheidsinterval" in browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=tabel]").text
    # the chart draws the intervals (in the drawing shown at this width: the page holds a wide and a narrow one);
    # it stays a single Tab stop
    shown = [svg for svg in browser.find_elements(By.CSS_SELECTOR, "figure.bars svg") if svg.is_displayed()]
    assert len(shown) == 1
    assert len(shown[0].find_elements(By.CSS_SELECTOR, "path.interval")) == 13
    assert shown[0].get_attribute("tabindex") == "0"
    assert not shown[0].find_elements(By.CSS_SELECTOR, "[tabindex]")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.trend svg polygon.band")
    _check(browser, width, "indicator")

    browser.get(server + f"/indicator/{CODE}?level=gemeente2024&parent=centrumsteden:centrumsteden&lang=en")
    assert "Value (95% confidence interval)" in browser.find_element(By.CSS_SELECTOR, "#cijfers thead").text
    _check(browser, width, "indicator-en")
    browser.get(server + "/?lang=nl")  # the language is kept in a cookie: back to Dutch for the next test


@pytest.mark.parametrize("width", [390, 1366])
def test_evolution_marks_the_change(server, browser, width):
    browser.set_window_size(width, 900)
    browser.get(server + f"/evolutie?indicators={CODE}&level=gemeente2024&areas=44021,11002,24062")
    marks = [span.text for span in browser.find_elements(By.CSS_SELECTOR, "table.data span.significance")]
    # three areas and Vlaanderen, each with two changes (2017 → 2020 → 2023)
    assert len(marks) == 8 and set(marks) <= MARKS, marks
    assert browser.find_elements(By.CSS_SELECTOR, "svg polygon.band")
    _check(browser, width, "evolution")


def test_benchmark_and_steekkaart_on_a_phone(server, browser):
    """The other pages that show a survey value: the benchmark (interval, mark against Vlaanderen, whiskers) and
    the steekkaart of Gent, at 390 px."""
    browser.set_window_size(390, 900)
    browser.get(server + f"/benchmark?indicators={CODE}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#benchmark tbody tr")
    assert len(rows) == 13
    cells = [row.find_element(By.CSS_SELECTOR, "td") for row in rows]
    values = [cell.get_attribute("textContent").split("▲")[0].split("▼")[0].split("○")[0] for cell in cells]
    assert all(WITH_INTERVAL.match(value) for value in values), values
    marks = [cell.find_element(By.CSS_SELECTOR, "span.significance").text for cell in cells]
    assert set(marks) <= MARKS, marks
    shown = [svg for svg in browser.find_elements(By.CSS_SELECTOR, "figure.bars svg") if svg.is_displayed()]
    assert len(shown) == 1 and len(shown[0].find_elements(By.CSS_SELECTOR, "path.interval")) == 13
    _check(browser, 390, "benchmark")

    browser.get(server + "/gebied/gemeente2024/44021")
    row = browser.find_element(By.XPATH, f"//tr[th/a[contains(@href, '/indicator/{CODE}?')]]")
    value = row.find_element(By.CSS_SELECTOR, "td").get_attribute("textContent")
    assert WITH_INTERVAL.match(value.split("▲")[0].split("▼")[0].split("○")[0]), value
    assert row.find_elements(By.CSS_SELECTOR, "span.significance")
    _check(browser, 390, "steekkaart")


def test_data_cube_with_intervals_keeps_the_integrity_constraints(server):
    """The RDF Data Cube of a survey indicator carries the bounds as attributes and still passes IC-1 … IC-21."""
    pytest.importorskip("rdflib")
    from rdflib import Graph, URIRef

    from test_open_data import broken_constraints, fetch

    _, turtle = fetch(server + f"/api/v1/data?indicators={CODE},{CODE}_n&level=gemeente2024&areas=44021,11002"
                               "&periods=2020,2023&format=turtle")
    graph = Graph().parse(data=turtle, format="turtle")
    assert broken_constraints(graph) == []
    lower = [p for p in set(graph.predicates()) if str(p).endswith("#ci95Lower")]
    assert lower and len(list(graph.subject_objects(URIRef(str(lower[0]))))) == 4
