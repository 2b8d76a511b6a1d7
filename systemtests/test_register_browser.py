"""The processing register in a real headless Chromium on the demo data: a visitor reads Voorbeeldstad's public
register (only what it publishes; printable; CSV), a member of Gent keeps the own register — a new activity refused
at its fields, then saved, published, screened for a DPIA, edited into a second version and compared — records a
data subject request and a breach with its 72-hour clock, and copies a template of the Kenniscentrum with the
keyboard. Every page is audited with axe-core at 1366 px and at 390 px (where nothing may scroll sideways)."""
import csv
import io
import urllib.request

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from conftest import GENT_ADMIN  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402


def no_sideways_scroll(driver):
    assert driver.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def check(driver, name, width):
    audit(driver, f"register-{name}-{width}")
    if width < 500:
        no_sideways_scroll(driver)


def type_into(driver, field_id, text):
    element = driver.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)


@pytest.mark.parametrize("width", [1366, 390])
def test_a_visitor_reads_a_public_register(server, chrome, width):
    chrome.set_window_size(width, 900)
    chrome.get(server + "/verwerkingsregister?lang=nl")
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Verwerkingsregister"
    chrome.find_element(By.LINK_TEXT, "Stad Voorbeeldstad").click()
    wait_for_path(chrome, "/verwerkingsregister/voorbeeldstad")
    main = chrome.find_element(By.TAG_NAME, "main").text
    assert "Camerabewaking openbaar domein" in main and "Leefloondossier" in main
    assert "Personeelsadministratie" not in main  # not published
    assert "art. 9.2 b" in main
    check(chrome, "01-public", width)
    chrome.get(server + "/verwerkingsregister/voorbeeldstad/afdrukken")
    assert len(chrome.find_elements(By.CSS_SELECTOR, "article.register-activity")) == 4
    check(chrome, "02-print", width)
    chrome.get(server + "/verwerkingsregister/voorbeeldstad?lang=en")
    assert "Processing register of Stad Voorbeeldstad" in chrome.find_element(By.TAG_NAME, "h1").text
    check(chrome, "03-public-en", width)
    chrome.get(server + "/verwerkingsregister?lang=nl")


def test_the_public_register_as_csv(server):
    with urllib.request.urlopen(server + "/verwerkingsregister/voorbeeldstad/register.csv") as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8"))))
    assert rows[0][:3] == ["name", "reference", "status"]
    assert len(rows) == 5
    assert {row[0] for row in rows[1:]} == {"Leefloondossier", "Bewonerskaarten parkeren", "Camerabewaking openbaar domein",
                                            "Nieuwsbrief van de stad"}


def test_a_member_keeps_the_register(server, chrome):
    chrome.set_window_size(1366, 900)
    sign_in(chrome, server, GENT_ADMIN)
    chrome.get(server + "/verwerkingsregister/beheer?lang=nl")
    assert "Verwerkingsregister van Stad Gent" in chrome.find_element(By.TAG_NAME, "h1").text
    check(chrome, "04-manage", 1366)

    # A new activity with a special category but no art. 9.2 ground, active without retention: refused at the fields.
    chrome.find_element(By.LINK_TEXT, "Nieuwe verwerking").click()
    wait_for_path(chrome, "/verwerkingsregister/beheer/nieuw")
    check(chrome, "05-form", 1366)
    type_into(chrome, "name", "Sportkampen")
    Select(chrome.find_element(By.ID, "status")).select_by_value("active")
    type_into(chrome, "controller-name", "Stad Gent")
    type_into(chrome, "dpoContact", "dpo@gent.be")
    chrome.find_element(By.ID, "publicTask").send_keys(Keys.SPACE)
    type_into(chrome, "purposes-1-description", "Inschrijvingen voor sportkampen")
    Select(chrome.find_element(By.ID, "purposes-1-basis")).select_by_value("e")
    type_into(chrome, "purposes-1-basisDetail", "Decreet lokaal bestuur")
    type_into(chrome, "subjectCategories", "Kinderen\nOuders")
    type_into(chrome, "dataCategories-1-name", "Allergieën")
    Select(chrome.find_element(By.ID, "dataCategories-1-kind")).select_by_value("special")
    type_into(chrome, "securityMeasures", "Toegang per rol")
    submit(chrome, "form.register-form")
    errors = chrome.find_element(By.CSS_SELECTOR, ".form-errors")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#dataCategories-1-ground']")
    assert errors.find_element(By.CSS_SELECTOR, "a[href='#retention']")
    assert chrome.find_element(By.ID, "name").get_attribute("value") == "Sportkampen"
    check(chrome, "06-form-problems", 1366)

    # Fixed: the ground and the retention.
    Select(chrome.find_element(By.ID, "dataCategories-1-ground")).select_by_value("a")
    type_into(chrome, "retention", "1 jaar na het kamp")
    submit(chrome, "form.register-form")
    assert "De verwerking is bewaard." in chrome.find_element(By.TAG_NAME, "main").text
    activity = chrome.current_url.split("?")[0]
    check(chrome, "07-activity", 1366)
    submit(chrome, "form.register-inline")
    assert "staat in het publieke register" in chrome.find_element(By.TAG_NAME, "main").text

    # DPIA: vulnerable subjects and sensitive data → required.
    chrome.get(activity + "/dpia")
    for question in ["sensitiveData", "vulnerableSubjects"]:
        chrome.find_element(By.ID, f"{question}-yes").send_keys(Keys.SPACE)
    submit(chrome, "form.register-dpia")
    assert chrome.find_element(By.ID, "uitkomst").text == "Een DPIA is nodig"
    check(chrome, "08-dpia", 1366)

    # A second version and the difference.
    chrome.get(activity + "/bewerken")
    type_into(chrome, "retention", "6 maanden na het kamp")
    submit(chrome, "form.register-form")
    chrome.get(activity + "/versies")
    diff = chrome.find_element(By.ID, "verschillen").text
    assert "1 jaar na het kamp" in diff and "6 maanden na het kamp" in diff
    check(chrome, "09-versions", 1366)

    # The public register of Gent now shows it.
    chrome.get(server + "/verwerkingsregister/gent")
    assert "Sportkampen" in chrome.find_element(By.TAG_NAME, "main").text

    # A data subject request: a day that does not exist is refused at its field, then recorded.
    chrome.get(server + "/verwerkingsregister/beheer/verzoeken/nieuw")
    type_into(chrome, "reference", "AVG-BROWSER-1")
    Select(chrome.find_element(By.ID, "kind")).select_by_value("access")
    chrome.execute_script("document.getElementById('received').type = 'text'")
    type_into(chrome, "received", "2026-02-30")
    submit(chrome, "form.register-form")
    assert chrome.find_element(By.CSS_SELECTOR, ".form-errors a[href='#received']")
    check(chrome, "10-request-problem", 1366)
    chrome.execute_script("document.getElementById('received').type = 'text'")
    type_into(chrome, "received", chrome.execute_script(
        "const d = new Date(); return d.toISOString().slice(0, 10)"))
    submit(chrome, "form.register-form")
    assert "Verzoek AVG-BROWSER-1" in chrome.find_element(By.TAG_NAME, "h1").text
    check(chrome, "11-request", 1366)
    chrome.get(server + "/verwerkingsregister/beheer/verzoeken")
    assert "AVG-BROWSER-1" in chrome.find_element(By.ID, "verzoeken").text
    check(chrome, "12-requests", 1366)

    # A breach with its clock.
    chrome.get(server + "/verwerkingsregister/beheer/datalekken/nieuw")
    type_into(chrome, "title", "Verloren USB-stick")
    type_into(chrome, "facts", "Een USB-stick met inschrijvingen is verloren.")
    submit(chrome, "form.register-form")
    assert "nog 7" in chrome.find_element(By.ID, "klok-tekst").text  # 71 or 72 hours left
    check(chrome, "13-breach", 1366)

    # The phone width: nothing scrolls sideways on the long form and the lists.
    chrome.set_window_size(390, 900)
    for path, name in [("/verwerkingsregister/beheer/nieuw", "14-form"), (activity.replace(server, ""), "15-activity"),
                       ("/verwerkingsregister/beheer/verzoeken", "16-requests"), ("/verwerkingsregister/beheer/datalekken", "17-breaches"),
                       (activity.replace(server, "") + "/versies", "18-versions")]:
        chrome.get(server + path)
        check(chrome, name, 390)


def test_a_member_copies_a_template_with_the_keyboard(server, chrome):
    chrome.set_window_size(1366, 900)
    sign_in(chrome, server, GENT_ADMIN)
    chrome.get(server + "/verwerkingsregister/sjablonen?lang=nl")
    check(chrome, "19-templates", 1366)
    button = chrome.find_element(By.CSS_SELECTOR, "button[aria-label='Sjabloon: nieuwsbrief overnemen in mijn register']")
    # Tab from the template's link to its button, then Enter.
    link = chrome.find_element(By.LINK_TEXT, "Sjabloon: nieuwsbrief")
    link.send_keys(Keys.TAB)
    while chrome.switch_to.active_element != button:
        chrome.switch_to.active_element.send_keys(Keys.TAB)
    old = chrome.find_element(By.TAG_NAME, "html")
    chrome.switch_to.active_element.send_keys(Keys.ENTER)
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(chrome, 20).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id)
    main = chrome.find_element(By.TAG_NAME, "main").text
    assert "Het sjabloon staat nu als ontwerp in je register." in main and "Stad Gent" in main
    check(chrome, "20-copied", 1366)
    chrome.set_window_size(390, 900)
    chrome.get(server + "/verwerkingsregister/sjablonen")
    check(chrome, "21-templates", 390)
