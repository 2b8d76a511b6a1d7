"""The leefloon advice in a real headless Chromium on the demo data: a caseworker fills the form for a household
(with the keyboard), reads the advice and its trail with the rules and sources, is sent back with located problems
for bad input, then signs in as a member of Gent and confirms the advice, and departs from a second one with a
reason; the decisions list shows both. The amounts page lists the sources. Every page is audited with axe-core at
1366 px and at 390 px (where nothing may scroll sideways)."""
import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from conftest import GENT_ADMIN  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402


def no_sideways_scroll(driver):
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def fill_household(driver, month, household, fields):
    """Types the month, picks the household with the keyboard (arrow keys move through the radio group) and types
    the amounts."""
    month_field = driver.find_element(By.ID, "month")
    month_field.clear()
    month_field.send_keys(month)
    radio = driver.find_element(By.ID, "household-alone")
    radio.send_keys(Keys.SPACE)
    order = ["alone", "partner", "others", "children"]
    for _ in range(order.index(household)):
        driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert driver.find_element(By.ID, f"household-{household}").is_selected()
    for field, value in fields.items():
        element = driver.find_element(By.ID, field)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        elif element.get_attribute("type") == "checkbox":
            if not element.is_selected():
                element.send_keys(Keys.SPACE)
        else:
            element.clear()
            element.send_keys(value)


@pytest.mark.parametrize("width", [1366, 390])
def test_a_caseworker_asks_an_advice_and_reads_its_trail(server, chrome, width):
    chrome.set_window_size(width, 900)
    chrome.get(server + "/leefloon?lang=nl")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Leefloonadvies"
    audit(chrome, f"leefloon-01-form-{width}")
    no_sideways_scroll(chrome)

    # A household: the applicant with a parent who earns 1.000 a month, counted for half; January 2020.
    fill_household(chrome, "2020-01", "others", {"relative1Relation": "parent", "relative1Income": "1000",
                                                 "relative1Counting": "partial", "relative1Share": "50"})
    submit(chrome, "form.leefloon-form")
    main = chrome.find_element(By.TAG_NAME, "main").text
    # 12.000 − 7.520,85 = 4.479,15; half = 2.239,58; (7.520,85 − 2.239,58) / 12 = 440,11
    assert chrome.find_element(By.ID, "leefloon-monthly").text == "€ 440,11 per maand"
    assert "Categorie 1 — samenwonend" in main
    rows = chrome.find_elements(By.CSS_SELECTOR, "table.leefloon-trail tbody tr")
    assert len(rows) >= 5
    trail = chrome.find_element(By.CSS_SELECTOR, "table.leefloon-trail").text
    assert "art. 34 §2 KB 11 juli 2002" in trail and "art. 14 §1 wet 26 mei 2002" in trail
    assert "primaire bron" in trail
    assert "Wat jij nog moet nagaan" in main
    audit(chrome, f"leefloon-02-advice-{width}")
    no_sideways_scroll(chrome)

    # Bad input: the form again, the problem linked to its field.
    chrome.get(server + "/leefloon")
    fill_household(chrome, "2020-13", "alone", {"work": "veel"})
    submit(chrome, "form.leefloon-form")
    errors = chrome.find_element(By.CSS_SELECTOR, ".form-errors")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#month']")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#work']")
    audit(chrome, f"leefloon-03-problems-{width}")
    no_sideways_scroll(chrome)


def test_a_member_confirms_and_departs_from_an_advice(server, chrome):
    chrome.set_window_size(1366, 900)
    sign_in(chrome, server, GENT_ADMIN)
    chrome.get(server + "/leefloon?lang=nl")
    fill_household(chrome, "2020-01", "alone", {"benefits": "300"})
    submit(chrome, "form.leefloon-form")
    assert chrome.find_element(By.ID, "leefloon-monthly").text == "€ 640,11 per maand"

    # Confirm.
    chrome.find_element(By.ID, "reference").send_keys("BROWSER-1")
    chrome.find_element(By.ID, "decision-confirmed").send_keys(Keys.SPACE)
    submit(chrome, "form.leefloon-decide")
    assert "De beslissing is vastgelegd." in chrome.find_element(By.TAG_NAME, "main").text
    assert chrome.find_element(By.ID, "decided-amount").text == "€ 640,11"
    audit(chrome, "leefloon-04-decision")

    # Depart without a reason: refused at the field; then with a reason.
    chrome.get(server + "/leefloon")
    fill_household(chrome, "2020-01", "alone", {"benefits": "300"})
    submit(chrome, "form.leefloon-form")
    chrome.find_element(By.ID, "reference").send_keys("BROWSER-2")
    chrome.find_element(By.ID, "decision-overridden").send_keys(Keys.SPACE)
    chrome.find_element(By.ID, "amount").send_keys("700,00")
    submit(chrome, "form.leefloon-decide")
    assert chrome.find_element(By.CSS_SELECTOR, ".form-errors a[href='#reason']")
    audit(chrome, "leefloon-05-decision-problem")
    chrome.find_element(By.ID, "reference").clear()
    chrome.find_element(By.ID, "reference").send_keys("BROWSER-2")
    chrome.find_element(By.ID, "decision-overridden").send_keys(Keys.SPACE)
    chrome.find_element(By.ID, "amount").clear()
    chrome.find_element(By.ID, "amount").send_keys("700,00")
    chrome.find_element(By.ID, "reason").send_keys("Tijdelijk hogere kosten")
    submit(chrome, "form.leefloon-decide")
    assert chrome.find_element(By.ID, "decided-amount").text == "€ 700,00"

    chrome.get(server + "/leefloon/beslissingen")
    table = chrome.find_element(By.TAG_NAME, "table").text
    assert "BROWSER-1" in table and "BROWSER-2" in table and "Afgeweken" in table
    audit(chrome, "leefloon-06-decisions")
    chrome.set_window_size(390, 900)
    chrome.get(server + "/leefloon/beslissingen")
    no_sideways_scroll(chrome)
    audit(chrome, "leefloon-07-decisions-phone")


@pytest.mark.parametrize("width", [1366, 390])
def test_the_amounts_page_lists_every_entry_with_its_source(server, chrome, width):
    chrome.set_window_size(width, 900)
    chrome.get(server + "/leefloon/bedragen?lang=nl")
    table = chrome.find_element(By.CSS_SELECTOR, "table.leefloon-amounts").text
    assert "01-01-2020" in table and "€ 626,74 per maand" in table
    assert "secundaire bron" in table and "primaire bron" in table
    audit(chrome, f"leefloon-08-amounts-{width}")
    no_sideways_scroll(chrome)
    chrome.get(server + "/leefloon/bedragen?lang=en")
    assert "€626.74 a month" in chrome.find_element(By.CSS_SELECTOR, "table.leefloon-amounts").text
    audit(chrome, f"leefloon-09-amounts-en-{width}")
