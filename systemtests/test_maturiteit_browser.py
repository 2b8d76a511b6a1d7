"""Maturiteit in a real headless Chromium, as the Kenniscentrum and two cities use it: the Kenniscentrum opens a new
climate-governance campaign for Gent and Leuven; both fill in their self-evaluation through the form; nobody else sees
it; the Kenniscentrum validates a score and publishes; a visitor then compares it with 2024. Every page is audited
with axe-core, no violations allowed."""
import os
import subprocess
import urllib.error
import urllib.request

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from conftest import _binary  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402

CAMPAIGN = "/maturiteit/metingen/klimaatgovernance-2026"
THEMES = ["strategie", "aanpak", "monitoring", "hr_cultuur", "regelgeving", "middelen", "risicobeheer", "communicatie"]
LEUVEN = ("lies@leuven.be", "een lange zin voor leuven")


def make_user(server, account, name, organisation, role):
    env = dict(os.environ, DATABASE_PATH=server.database, STADSBEELD_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    subprocess.run([str(_binary()), "users", "create", "--email", account[0], "--name", name, "--organisation", organisation,
                    "--role", role, "--password-stdin"], env=env, input=account[1] + "\n", text=True, check=True,
                   capture_output=True, timeout=120)


def sign_out(driver, server):
    driver.get(server + "/account")
    submit(driver, "form[action='/afmelden']")


def status(url):
    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


def fill_in(driver, server, organisation, scores, name):
    """Opens the organisation's form from the campaign page, chooses a score per theme and submits."""
    driver.get(server + CAMPAIGN)
    driver.find_element(By.PARTIAL_LINK_TEXT, "Zelfevaluatie van").click()
    wait_for_path(driver, CAMPAIGN + "/zelfevaluatie/" + organisation)
    audit(driver, f"maturiteit-{name}-formulier")
    for theme, score in zip(THEMES, scores):
        Select(driver.find_element(By.ID, "score-" + theme)).select_by_value(score)
        if score == "geen":
            driver.find_element(By.ID, "reden-" + theme).send_keys("nog geen afspraken gemaakt")
    driver.find_element(By.ID, "onderbouwing-strategie").send_keys("Klimaatplan goedgekeurd door de gemeenteraad")
    driver.find_element(By.ID, "links-strategie").send_keys("https://www.example.be/klimaatplan")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[value=indienen]").click()
    wait_for_path(driver, CAMPAIGN)
    assert old.id != driver.find_element(By.TAG_NAME, "html").id
    assert "ingediend" in driver.find_element(By.CSS_SELECTOR, ".notice").text


def badges(driver, organisation):
    row = driver.find_element(By.XPATH, f"//table[contains(@class,'maturity')]//tr[th/a[text()='{organisation}']]")
    return [badge.text for badge in row.find_elements(By.CSS_SELECTOR, ".badge")]


def test_a_new_campaign_filled_validated_published_and_compared(server, chrome):
    make_user(server, LEUVEN, "Lies Leuven", "leuven", "editor")

    # The Kenniscentrum opens the campaign for Gent and Leuven.
    sign_in(chrome, server, server.admin)
    chrome.get(server + "/maturiteit")
    audit(chrome, "maturiteit-01-start")
    chrome.find_element(By.LINK_TEXT, "Nieuwe meting openen").click()
    wait_for_path(chrome, "/maturiteit/nieuwe-meting")
    Select(chrome.find_element(By.ID, "model")).select_by_visible_text("Klimaatgovernance, versie 1")
    chrome.find_element(By.ID, "code").send_keys("klimaatgovernance-2026")
    chrome.find_element(By.ID, "naam").send_keys("Klimaatgovernance 2026")
    chrome.find_element(By.ID, "moment").send_keys("najaar 2026")
    chrome.find_element(By.ID, "deelnemer-gent").click()
    chrome.find_element(By.ID, "deelnemer-leuven").click()
    audit(chrome, "maturiteit-02-nieuwe-meting")
    submit(chrome, "form[action='/maturiteit/nieuwe-meting']")
    wait_for_path(chrome, CAMPAIGN)
    assert "De meting is geopend" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    audit(chrome, "maturiteit-03-meting-open")
    sign_out(chrome, server)

    # Not public, not even its existence.
    assert status(server + CAMPAIGN) == 404
    assert status(server + CAMPAIGN + "/scores.csv") == 404

    # Gent and Leuven each fill in their own.
    sign_in(chrome, server, server.gent_admin)
    fill_in(chrome, server, "gent", ["4", "3", "2.5", "3", "3.5", "3", "3", "4"], "gent")
    assert badges(chrome, "Gent") == ["4", "3", "2,5", "3", "3,5", "3", "3", "4"]
    sign_out(chrome, server)
    sign_in(chrome, server, LEUVEN)
    fill_in(chrome, server, "leuven", ["3", "3", "2", "geen", "2", "2.5", "2", "4"], "leuven")
    assert badges(chrome, "Leuven") == ["3", "3", "2", "–", "2", "2,5", "2", "4"]
    # Leuven cannot open Gent's form.
    chrome.get(server + CAMPAIGN + "/zelfevaluatie/gent")
    assert "eigen organisatie" in chrome.find_element(By.TAG_NAME, "main").text
    sign_out(chrome, server)

    # The Kenniscentrum validates Gent's strategy score after the talk, and publishes.
    sign_in(chrome, server, server.admin)
    chrome.get(server + CAMPAIGN)
    chrome.find_element(By.XPATH, "//a[contains(., 'Valideren') and contains(., 'Gent')]").click()
    wait_for_path(chrome, CAMPAIGN + "/validatie/gent")
    audit(chrome, "maturiteit-04-validatie")
    Select(chrome.find_element(By.ID, "gevalideerd-strategie")).select_by_value("3")
    chrome.find_element(By.ID, "opmerking-strategie").send_keys("Het plan is nog niet vertaald in streefwaarden")
    submit(chrome, f"form[action='{CAMPAIGN}/validatie/gent']")
    wait_for_path(chrome, CAMPAIGN)
    chrome.find_element(By.XPATH, "//button[text()='Resultaten publiceren']").click()
    wait_for_path(chrome, CAMPAIGN)
    assert "ja, gepubliceerd" in chrome.find_element(By.TAG_NAME, "main").text
    sign_out(chrome, server)

    # A visitor sees the published table: self-score and validated score side by side; medians over both cities.
    chrome.get(server + CAMPAIGN)
    assert badges(chrome, "Gent")[0] == "4 → 3"
    median = chrome.find_element(By.CSS_SELECTOR, "tr.median")
    assert [badge.text for badge in median.find_elements(By.CSS_SELECTOR, ".badge")] == \
        ["3,5", "3", "2,25", "3", "2,75", "2,75", "2,5", "4"]
    audit(chrome, "maturiteit-05-gepubliceerd")

    # Compared with 2024.
    chrome.find_element(By.LINK_TEXT, "Evolutie tegenover een andere meting").click()
    wait_for_path(chrome, CAMPAIGN + "/evolutie")
    Select(chrome.find_element(By.ID, "met")).select_by_value("klimaatgovernance-2024")
    submit(chrome, "form.selectors")
    text = chrome.find_element(By.TAG_NAME, "main").text
    assert "Van Klimaatgovernance 2024 (najaar 2024) naar Klimaatgovernance 2026 (najaar 2026)" in text
    gent = chrome.find_element(By.XPATH, "//table[contains(@class,'maturity')]//tr[th[text()='Gent']]")
    assert gent.find_elements(By.CSS_SELECTOR, ".badge")[0].text == "3,5 → 4"
    audit(chrome, "maturiteit-06-evolutie")


def test_the_2024_study_pages(server, chrome):
    chrome.get(server + "/maturiteit/metingen/klimaatgovernance-2024")
    assert badges(chrome, "Gent") == ["3,5", "2,5", "2,5", "3,5", "3,5", "3", "2,5", "3,5"]
    audit(chrome, "maturiteit-10-2024")
    Select(chrome.find_element(By.ID, "groep")).select_by_value("provincie-limburg")
    submit(chrome, "form.selectors")
    assert "Mediaan Centrumsteden in Limburg" in chrome.find_element(By.TAG_NAME, "main").text
    chrome.find_element(By.LINK_TEXT, "Hasselt").click()
    wait_for_path(chrome, "/organisaties/hasselt")
    assert chrome.find_element(By.CSS_SELECTOR, "svg.maturity-profile").is_displayed()
    audit(chrome, "maturiteit-11-profiel")
    chrome.get(server + "/maturiteit/metingen/klimaatgovernance-2024/aanbevelingen")
    Select(chrome.find_element(By.ID, "trekker")).select_by_value("Gent")
    submit(chrome, "form.selectors")
    titles = chrome.find_element(By.ID, "werkpakketten-kop").find_element(By.XPATH, "..").text
    assert "Kader klimaatfinanciering" in titles and "Proactieve klimaathandhaving" not in titles
    audit(chrome, "maturiteit-12-aanbevelingen")
