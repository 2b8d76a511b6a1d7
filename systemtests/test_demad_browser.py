"""DEMaD in a real headless Chromium on the demo data. A worker of Gent (which has no demo cases) opens a case by
typing a dossier number with the keyboard, finds the same case again with the number written differently, adds a
measurement (a bad date is refused with its message on the page), and imports a CSV file (a bad file is refused
with its row and column, nothing written). An admin of Aalst (a demo city) reads the dashboard with its charts and
tables, reaches each chart with one Tab stop, and compares the cities, where Turnhout's small cells show x. Every
page is audited with axe-core at 1366 px and 390 px, where nothing may scroll sideways."""
import os
import subprocess
import tempfile

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from conftest import GENT_ADMIN, _binary  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402

AALST_ADMIN = ("beheer@aalst.be", "een lange zin voor de stad aalst")


def no_sideways_scroll(driver):
    assert driver.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


@pytest.fixture(scope="module")
def aalst_admin(server):
    env = dict(os.environ, DATABASE_PATH=server.database, STADSBEELD_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    subprocess.run([str(_binary()), "users", "create", "--email", AALST_ADMIN[0], "--name", "Beheer Aalst", "--organisation", "aalst",
                    "--role", "organisation_admin", "--password-stdin"], env=env, input=AALST_ADMIN[1] + "\n", text=True, check=True,
                   capture_output=True, timeout=120)
    return AALST_ADMIN


@pytest.mark.parametrize("width", [1366, 390])
def test_a_worker_opens_a_case_and_measures_it(server, chrome, width):
    chrome.set_window_size(width, 900)
    sign_in(chrome, server, GENT_ADMIN)
    chrome.get(server + "/demad/dossiers?lang=nl")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Dossiers"
    audit(chrome, f"demad-01-cases-{width}")
    no_sideways_scroll(chrome)

    # Open a case with the keyboard: type the number, Enter.
    number = f"GENT-{width}-77"
    field = chrome.find_element(By.ID, "dossier")
    field.send_keys(number.lower().replace("-", " -", 1) + Keys.ENTER)
    WebDriverWait(chrome, 20).until(lambda d: "/demad/dossiers/" in d.current_url and d.execute_script("return document.readyState") == "complete")
    assert "geopend" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    case_url = chrome.current_url.split("?")[0]
    assert number not in chrome.page_source and number.lower() not in chrome.page_source
    audit(chrome, f"demad-02-case-{width}")
    no_sideways_scroll(chrome)

    # The same number, written differently, finds the same case.
    chrome.get(server + "/demad/dossiers")
    chrome.find_element(By.ID, "dossier").send_keys(number + Keys.ENTER)
    wait_for_path(chrome, case_url.split(server)[1])
    assert chrome.current_url.split("?")[0] == case_url
    assert "al een dossier" in chrome.find_element(By.CSS_SELECTOR, ".notice").text

    # A bad date: refused with its message, the scores kept.
    date = chrome.find_element(By.ID, "datum")
    date.clear()
    date.send_keys("2026-02-30")
    Select(chrome.find_element(By.ID, "score-inkomen")).select_by_value("2")
    submit(chrome, "form[action$='/metingen']")
    assert "is geen datum" in chrome.find_element(By.CSS_SELECTOR, ".form-errors").text
    assert Select(chrome.find_element(By.ID, "score-inkomen")).first_selected_option.get_attribute("value") == "2"
    audit(chrome, f"demad-03-measure-problem-{width}")
    no_sideways_scroll(chrome)

    # A good one, then a second one later: the change shows.
    for day, income in [("2025-01-10", "2"), ("2025-09-10", "4")]:
        date = chrome.find_element(By.ID, "datum")
        date.clear()
        date.send_keys(day)
        Select(chrome.find_element(By.ID, "score-inkomen")).select_by_value(income)
        submit(chrome, "form[action$='/metingen']")
        assert "bewaard" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    changes = chrome.find_element(By.ID, "demad-case-changes").text
    assert "Inkomen" in changes and "+2,00" in changes
    audit(chrome, f"demad-04-measured-{width}")
    no_sideways_scroll(chrome)


def test_an_import_is_all_or_nothing(server, chrome):
    chrome.set_window_size(1366, 900)
    sign_in(chrome, server, GENT_ADMIN)
    folder = tempfile.mkdtemp(prefix="demad-")
    bad = os.path.join(folder, "fout.csv")
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write("dossier;datum;inkomen;schulden\nIMP-1;2025-01-10;2;1\nIMP-1;2025-13-10;9;1\n")
    chrome.get(server + "/demad/import?lang=nl")
    audit(chrome, "demad-05-import")
    chrome.find_element(By.ID, "bestand").send_keys(bad)
    submit(chrome, "form[action='/demad/import']")
    problems = chrome.find_element(By.ID, "demad-import-problems").text
    assert "fout.csv, rij 3, kolom datum" in problems and "fout.csv, rij 3, kolom inkomen" in problems
    assert "niets bewaard" in problems
    audit(chrome, "demad-06-import-refused")
    good = os.path.join(folder, "goed.csv")
    with open(good, "w", encoding="utf-8") as handle:
        handle.write("dossier;datum;inkomen;schulden\nIMP-1;2025-01-10;2;1\nIMP-1;2025-08-10;3;2\nIMP-2;2025-02-01;1;1\n")
    chrome.find_element(By.ID, "bestand").send_keys(good)
    submit(chrome, "form[action='/demad/import']")
    assert "Ingelezen: 3 metingen in 2 dossiers, waarvan 2 nieuw" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    audit(chrome, "demad-07-import-done")


@pytest.mark.parametrize("width", [1366, 390])
def test_an_admin_reads_the_dashboard_and_the_benchmark(server, chrome, aalst_admin, width):
    chrome.set_window_size(width, 900)
    sign_in(chrome, server, aalst_admin)
    chrome.get(server + "/demad?lang=nl")
    assert chrome.find_element(By.ID, "demad-outcome-table")
    assert chrome.find_element(By.ID, "demad-workload-table")
    assert "Demo-medewerker" in chrome.find_element(By.ID, "demad-workload-table").text
    audit(chrome, f"demad-08-dashboard-{width}")
    no_sideways_scroll(chrome)
    # Each chart is one Tab stop: from the element before the first chart, Tab lands on the figure itself.
    figures = chrome.find_elements(By.CSS_SELECTOR, "figure.demad-chart")
    assert len(figures) >= 3
    assert all(f.get_attribute("tabindex") == "0" and f.find_elements(By.CSS_SELECTOR, "svg") for f in figures)
    chrome.execute_script("const h = document.querySelector('#demad-outcome'); h.setAttribute('tabindex', '-1'); h.focus()")
    chrome.switch_to.active_element.send_keys(Keys.TAB)
    assert "demad-chart" in chrome.switch_to.active_element.get_attribute("class")
    chrome.switch_to.active_element.send_keys(Keys.TAB)
    assert chrome.switch_to.active_element.get_attribute("role") == "region"

    chrome.get(server + "/demad/benchmark?domein=schulden")
    table = chrome.find_element(By.ID, "demad-benchmark-table").text
    assert "Stad Turnhout" in table and "x" in table
    assert "afgeschermd" in chrome.find_element(By.ID, "demad-benchmark-domain").text or "x" in table
    audit(chrome, f"demad-09-benchmark-{width}")
    no_sideways_scroll(chrome)
    chrome.get(server + "/demad/benchmark?lang=en")
    assert "Comparison between cities" in chrome.find_element(By.TAG_NAME, "h1").text
    audit(chrome, f"demad-10-benchmark-en-{width}")
    chrome.get(server + "/demad/schaal?lang=nl")
    audit(chrome, f"demad-11-scale-{width}")
    no_sideways_scroll(chrome)
