"""Plannen in a real headless Chromium, as a city uses it: a visitor opens Voorbeeldstad's demo plan and filters the
prioritaire actions; the city's admin makes an editor owner of one action; the owner updates it and sees the parent's
progress change with its calculation; the admin closes the period and prints the council report (Chromium's own PDF,
read back with pdftotext); a visitor reads the public view, on a desktop and on a phone. Every page is audited with
axe-core, no violations allowed."""
import base64
import re
import shutil
import subprocess

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402
from test_maturiteit_browser import make_user, sign_out  # noqa: E402

PLAN = "/plannen/voorbeeldstad/mjp-2026-2031"
ACTION, PARENT = "AC010301", "AP0103"
ADMIN = ("beheer@voorbeeldstad.be", "een lange zin voor het stadhuis")
OWNER = ("eigenaar@voorbeeldstad.be", "groene fietsen op het marktplein")


def progress_of(driver):
    """The rolled-up progress the item page shows, as a number."""
    text = driver.find_element(By.CSS_SELECTOR, ".plan-state .progress-value").text
    return float(text.replace("%", "").replace(",", ".").strip())


def calculation(driver):
    return driver.find_element(By.XPATH, "//p[strong[contains(., 'Berekening')]]").text


def no_horizontal_scroll(driver):
    width = driver.execute_script("return document.documentElement.clientWidth")
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= width + 1, f"page is {scroll}px wide in a {width}px viewport"


def test_a_city_follows_up_its_plan_reports_and_publishes(server, chrome):
    make_user(server, ADMIN, "Beheer Voorbeeldstad", "voorbeeldstad", "organisation_admin")
    make_user(server, OWNER, "Eline Eigenaar", "voorbeeldstad", "editor")

    # A new visitor opens the plan from the menu and keeps only the prioritaire items.
    chrome.get(server + "/")
    chrome.find_element(By.LINK_TEXT, "Plannen").click()
    wait_for_path(chrome, "/plannen")
    audit(chrome, "plannen-01-start")
    chrome.find_element(By.CSS_SELECTOR, f"a[href='{PLAN}']").click()
    wait_for_path(chrome, PLAN)
    assert "150 van 150 acties" in chrome.page_source
    audit(chrome, "plannen-02-boom")
    Select(chrome.find_element(By.ID, "f-prioritair")).select_by_value("ja")
    submit(chrome, "form.plan-filter")
    assert "prioritair=ja" in chrome.current_url
    shown = re.search(r"(\d+) van 150 acties", chrome.page_source)
    assert shown and 0 < int(shown.group(1)) < 150
    assert chrome.find_element(By.LINK_TEXT, "Mobipunten aan het station en in vier wijken")
    audit(chrome, "plannen-03-prioritair")

    # The parent's progress and its calculation before the update.
    chrome.get(server + f"{PLAN}/items/{PARENT}")
    before = progress_of(chrome)
    before_calculation = calculation(chrome)

    # The city's admin makes the editor owner of the action.
    sign_in(chrome, server, ADMIN)
    chrome.get(server + f"{PLAN}/items/{ACTION}")
    label = chrome.find_element(By.XPATH, "//label[contains(., 'Eline Eigenaar')]")
    chrome.find_element(By.ID, label.get_attribute("for")).click()
    submit(chrome, f"form[action='{PLAN}/items/{ACTION}/eigenaars']")
    assert "Eline Eigenaar" in chrome.page_source
    sign_out(chrome, server)

    # The owner updates the action in the open period.
    sign_in(chrome, server, OWNER)
    chrome.get(server + f"{PLAN}/items/{ACTION}")
    audit(chrome, "plannen-04-item-eigenaar")
    Select(chrome.find_element(By.ID, "u-status")).select_by_value("op-schema")
    progress = chrome.find_element(By.ID, "u-voortgang")
    progress.clear()
    progress.send_keys("95")
    chrome.find_element(By.ID, "u-toelichting").send_keys("Drie mobipunten staan er; het vierde opent in december.")
    chrome.find_element(By.ID, "u-bewijs").send_keys("https://www.voorbeeldstad.be/mobipunten")
    submit(chrome, f"form[action='{PLAN}/items/{ACTION}/opvolging']")
    assert "gelukt=opvolging" in chrome.current_url
    assert chrome.find_element(By.CSS_SELECTOR, ".notice").is_displayed()
    assert "Drie mobipunten staan er" in chrome.page_source

    # The parent's progress changed, and its calculation shows the new 95.
    chrome.get(server + f"{PLAN}/items/{PARENT}")
    after = progress_of(chrome)
    assert after > before
    assert calculation(chrome) != before_calculation and "95" in calculation(chrome)
    audit(chrome, "plannen-05-ouder")
    sign_out(chrome, server)

    # The admin closes the period and prints the council report for it.
    sign_in(chrome, server, ADMIN)
    chrome.get(server + f"{PLAN}/beheer")
    audit(chrome, "plannen-06-beheer")
    submit(chrome, f"form[action='{PLAN}/perioden/2026-S2/vaststellen']")
    assert "vastgesteld" in chrome.page_source
    chrome.get(server + f"{PLAN}/rapport?periode=2026-S2")
    audit(chrome, "plannen-07-rapport")
    assert chrome.find_element(By.CSS_SELECTOR, "button[data-print]")
    pdf = base64.b64decode(chrome.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True})["data"])
    text = pdf_text(pdf)
    assert "Mobipunten aan het station en in vier wijken" in text
    assert "Drie mobipunten staan er" in text
    assert "Zoeken" not in text  # the site's header search is not printed
    sign_out(chrome, server)

    # A visitor reads the public view, on a desktop and on a phone.
    chrome.get(server + f"{PLAN}/publiek")
    audit(chrome, "plannen-08-publiek")
    assert "Voorbeeldstad is vlot, veilig en duurzaam bereikbaar" in chrome.page_source
    assert "Eline Eigenaar" not in chrome.page_source
    chrome.set_window_size(390, 900)
    try:
        for path in [f"{PLAN}/publiek", PLAN, f"{PLAN}/items/{PARENT}", f"{PLAN}/rapport"]:
            chrome.get(server + path)
            no_horizontal_scroll(chrome)
        chrome.get(server + f"{PLAN}/publiek")
        audit(chrome, "plannen-09-publiek-telefoon")
    finally:
        chrome.set_window_size(1366, 900)


def pdf_text(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the printed report")
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")
