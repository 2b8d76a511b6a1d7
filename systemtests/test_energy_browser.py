"""The energy-sharing calculator in a real headless Chromium on the demo data: a visitor reads the entry, explores a
made-up building (choosing the key with the keyboard) and reads the year with its charts and tables, and is sent
back with located problems for bad input; a member of Gent records a building, has a bad meter file refused with its
file, row and column (nothing stored), uploads a good one and reads the year with the numbers worked out by hand.
Every page is audited with axe-core at 1366 px and at 390 px, where nothing may scroll sideways."""
import pathlib
import tempfile

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from conftest import GENT_ADMIN  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402


def no_sideways_scroll(driver):
    assert driver.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def ean(number):
    """54144882 + a 9-digit number + the GS1 check digit (weights 3,1,3,… from the left)."""
    first17 = "54144882" + f"{number:09d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(first17))
    return first17 + str((10 - total % 10) % 10)


HEADER = "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus"


def row(meter, register, volume):
    return f'15-06-2024;12:00;15-06-2024;12:15;="{meter}";1SAG1100000001;Digitale Meter;{register};{volume};kWh;Gemeten'


def fill(driver, fields):
    for field, value in fields.items():
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)


def choose_key(driver, key):
    """The key with the keyboard: Space on the first radio, then arrow keys through the group."""
    order = ["fixed", "relative", "optimal"]
    driver.find_element(By.ID, "key-fixed").send_keys(Keys.SPACE)
    for _ in range(order.index(key)):
        driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert driver.find_element(By.ID, f"key-{key}").is_selected()


@pytest.mark.parametrize("width", [1366, 390])
def test_a_visitor_explores_a_made_up_building(server, chrome, width):
    chrome.set_window_size(width, 900)
    chrome.get(server + "/energiedelen?lang=nl")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Energiedelen rekentool"
    audit(chrome, f"energy-01-home-{width}")
    no_sideways_scroll(chrome)

    chrome.find_element(By.LINK_TEXT, "Verkennen zonder meterdata").click()
    wait_for_path(chrome, "/energiedelen/verkennen")
    fill(chrome, {"apartments": "8", "kWp": "12", "seed": "3"})
    choose_key(chrome, "relative")
    submit(chrome, "form.energy-explore")
    main = chrome.find_element(By.TAG_NAME, "main").text
    assert "Resultaat: 8 appartementen, 2025" in main
    assert chrome.find_element(By.ID, "energy-key").text == "Relatieve verdeelsleutel"
    assert "kWh" in chrome.find_element(By.ID, "energy-shared").text
    assert len(chrome.find_elements(By.CSS_SELECTOR, "table.energy-apartments tbody tr")) == 8
    assert len(chrome.find_elements(By.CSS_SELECTOR, "table.energy-months tbody tr")) == 12
    charts = chrome.find_elements(By.CSS_SELECTOR, "figure.energy-chart")
    assert len(charts) == 2 and all(c.get_attribute("tabindex") == "0" for c in charts)
    assert all(len(c.find_elements(By.TAG_NAME, "svg")) == 1 for c in charts)
    audit(chrome, f"energy-02-explored-{width}")
    no_sideways_scroll(chrome)

    # Bad input: the form again, each problem linked to its field, the typed value kept.
    fill(chrome, {"apartments": "0", "kWp": "veel"})
    submit(chrome, "form.energy-explore")
    errors = chrome.find_element(By.CSS_SELECTOR, ".form-errors")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#apartments']")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#kWp']")
    assert chrome.find_element(By.ID, "kWp").get_attribute("value") == "veel"
    audit(chrome, f"energy-03-problems-{width}")
    no_sideways_scroll(chrome)


def test_a_member_records_a_building_and_uploads_its_meters(server, chrome):
    chrome.set_window_size(1366, 900)
    sign_in(chrome, server, GENT_ADMIN)
    chrome.get(server + "/energiedelen/gebouwen?lang=nl")
    audit(chrome, "energy-04-buildings")
    chrome.find_element(By.LINK_TEXT, "Nieuw gebouw").click()
    wait_for_path(chrome, "/energiedelen/gebouwen/nieuw")
    fill(chrome, {"name": "Residentie Browser", "installationEAN": ean(9), "kWp": "5", "installationCost": "9000",
                  "energyPrice": "0,30", "injectionPrice": "0,05", "networkCosts": "0,12",
                  "apartments": f"1A; {ean(1)}; 50\n1B; {ean(2)}; 50"})
    choose_key(chrome, "fixed")
    audit(chrome, "energy-05-setup")
    submit(chrome, "form.energy-settings")
    assert "Het gebouw is vastgelegd." in chrome.find_element(By.TAG_NAME, "main").text
    meters_url = chrome.current_url.split("?")[0]

    folder = pathlib.Path(tempfile.mkdtemp(prefix="energie-"))
    bad = folder / "slecht.csv"
    bad.write_text("\n".join([HEADER, row(ean(1), "Afname Dag", "4,000"), row(ean(2), "Afname Dag", "twee")]) + "\n")
    good = folder / "juni.csv"
    good.write_text("\n".join([HEADER, row(ean(1), "Afname Dag", "4,000"), row(ean(2), "Afname Dag", "2,000"),
                               row(ean(9), "Injectie Dag", "5,000")]) + "\n")

    # A bad file: every problem with its file, row and column; nothing stored.
    chrome.find_element(By.ID, "files").send_keys(str(bad))
    submit(chrome, "form.energy-upload")
    problems = chrome.find_element(By.CSS_SELECTOR, ".energy-problems table").text
    assert "slecht.csv" in problems and "Volume" in problems and "'twee' is not a number" in problems
    assert "Er is nog geen meterdata." in chrome.find_element(By.TAG_NAME, "main").text
    audit(chrome, "energy-06-upload-problems")

    chrome.get(meters_url)
    chrome.find_element(By.ID, "files").send_keys(str(good))
    submit(chrome, "form.energy-upload")
    assert "3 EAN-jaren toegevoegd, 0 vervangen" in chrome.find_element(By.TAG_NAME, "main").text
    audit(chrome, "energy-07-meters")

    chrome.get(meters_url.rsplit("/", 1)[0])
    # By hand: 1A is offered 2,5 kWh and takes it; 1B takes its 2 kWh; 0,5 kWh returns.
    assert chrome.find_element(By.ID, "energy-shared").text == "4,5 kWh"
    assert chrome.find_element(By.ID, "energy-returned").text == "0,5 kWh"
    assert chrome.find_element(By.ID, "energy-self-sufficiency").text == "75,0 %"
    assert chrome.find_element(By.ID, "energy-savings").text == "€ 0,81"
    assert chrome.find_element(By.PARTIAL_LINK_TEXT, "Per appartement (CSV)")
    audit(chrome, "energy-08-year")
    chrome.set_window_size(390, 900)
    chrome.get(chrome.current_url)
    no_sideways_scroll(chrome)
    audit(chrome, "energy-09-year-phone")
