"""Issue 18, downloads of exactly what is shown and embedding, on the demo data with real readers and a real browser.

- The Belgian CSV read as a Belgian Excel user's tools read it (pandas with `;`, decimal comma, `utf-8-sig`) gives the
  same floats as the JSON API; the plain CSV reads with pandas' defaults; both carry name, unit and status per row.
- openpyxl opens the XLSX: numbers are numbers, the notes sheet says what the file holds.
- In Chromium: the embed page has no axe violations at 390 and 1366 px and does not scroll sideways; the PNG link
  that site.js adds turns the chart's SVG into a PNG data URL."""
import io
import json
import urllib.parse
import urllib.request

import pytest

pandas = pytest.importorskip("pandas")
openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from test_browser import _driver, audit  # noqa: E402

SELECTION = "indicators=vp2506_elek_res_n,v2506_elek_res_cons&level=gemeente2024&parent=centrumsteden&periods=latest"
PAGE = "/indicator/v2506_elek_res_cons?level=gemeente2024&parent=centrumsteden:centrumsteden"


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers, response.read()


@pytest.fixture(scope="module")
def api_values(server):
    _, body = fetch(f"{server}/api/v1/data?{SELECTION}")
    return {(r["indicator"], r["area"], r["period"]): r["value"] for r in json.loads(body)["data"]}


def test_belgian_csv_reads_as_the_json_values(server, api_values):
    headers, body = fetch(f"{server}/api/v1/data?{SELECTION}&format=csv-be")
    assert body.startswith(b"\xef\xbb\xbf")
    disposition = headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="') and "_gemeente-de-13-vlaamse-centrumsteden_20" in disposition
    assert "filename*=UTF-8''" in disposition
    frame = pandas.read_csv(io.BytesIO(body), sep=";", decimal=",", encoding="utf-8-sig", dtype={"area": str})
    assert list(frame.columns) == ["indicator", "level", "area", "area_name", "period", "value", "status",
                                   "indicator_name", "unit"]
    assert frame["value"].dtype == float
    assert len(frame) == len(api_values) > 0
    for row in frame.itertuples():
        expected = api_values[(row.indicator, row.area, str(row.period))]
        if expected is None:
            assert pandas.isna(row.value) and row.status != "ok"
        else:
            assert row.value == pytest.approx(expected, rel=1e-12)
    assert frame["indicator_name"].notna().all()


def test_plain_csv_reads_with_the_defaults(server, api_values):
    _, body = fetch(f"{server}/api/v1/data?{SELECTION}&format=csv")
    assert not body.startswith(b"\xef\xbb\xbf")
    frame = pandas.read_csv(io.BytesIO(body), dtype={"area": str})
    assert frame["value"].dtype == float
    with_value = frame[frame["value"].notna()]
    assert all(row.value == pytest.approx(api_values[(row.indicator, row.area, str(row.period))])
               for row in with_value.itertuples())


def test_xlsx_has_numbers_and_a_notes_sheet(server):
    headers, body = fetch(f"{server}/api/v1/data?{SELECTION}&format=xlsx")
    assert ".xlsx" in headers["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    data = workbook[workbook.sheetnames[0]]
    values = [cell.value for cell in data["D"][1:] if cell.value is not None]
    assert values and all(isinstance(value, (int, float)) for value in values)
    notes = workbook["Toelichting"]
    labels = {row[0].value: row[1].value for row in notes.iter_rows() if row[0].value}
    assert "gedownload op" in labels and "afgeschermde waarden" in labels
    assert "centrumsteden" in str(labels.get("binnen")).lower()


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def test_embed_page_and_png(server, browser):
    # setup: the indicator page, its embed code for the bar chart
    browser.set_window_size(1366, 1000)
    browser.get(server + PAGE)
    code = browser.find_element(By.ID, "insluiten-staaf").get_attribute("value")
    assert code.startswith('<iframe src="') and "/insluiten/indicator/v2506_elek_res_cons/staaf?" in code
    embed = code.split('"')[1]
    # act: the PNG link site.js put beside the SVG link
    png = browser.find_element(By.CSS_SELECTOR, ".chart-downloads a.chart-png")
    browser.execute_script("arguments[0].scrollIntoView()", png)
    png.click()
    WebDriverWait(browser, 20).until(lambda d: (png.get_attribute("href") or "").startswith("data:image/png"))
    # check: a real PNG (its signature), named for what it shows
    assert png.get_attribute("href").startswith("data:image/png;base64,iVBORw0KGgo")
    assert png.get_attribute("download").endswith("_2021_kaart.png")
    # the embed page, at a phone's and a desktop's width: nothing for axe, no sideways scrolling
    path = urllib.parse.urlsplit(embed)
    for width, name in [(390, "phone"), (1366, "desktop")]:
        browser.set_window_size(width, 900)
        browser.get(f"{server}{path.path}?{path.query}")
        assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Staafdiagram")
        assert not browser.find_elements(By.TAG_NAME, "nav")
        assert browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        audit(browser, f"{name}-embed-staaf")
