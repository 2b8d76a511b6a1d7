"""Screening in a real headless Chromium on the demo data: a social worker of Gent signs in, fills a client profile
(age, household, municipality Gent, income, statuses), sees the conditions met, not met and still unknown — in
words, not only symbols — saves the profile as a case of her organisation and finds it in the list. Every page is
audited with axe-core at 1366 px and at 360 px (where nothing may scroll sideways)."""
import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402
from test_maturiteit_browser import make_user, sign_out  # noqa: E402

WORKER = ("hulpverlener@gent.be", "een cliënt verdient elk recht")


def no_sideways_scroll(driver):
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def choose(driver, status, answer):
    driver.find_element(By.ID, f"screening-status-{status}-{answer}").click()


def screen_a_profile(driver, server, width, reference):
    driver.set_window_size(width, 900)
    driver.get(server + "/rechten/screening?gemeente=44021&lang=nl")
    assert "Een profiel screenen op rechten" in driver.find_element(By.TAG_NAME, "h1").text
    # The municipality of the link is chosen already.
    assert Select(driver.find_element(By.ID, "screening-gemeente")).first_selected_option.text == "Gent"
    audit(driver, f"screening-01-form-{width}")
    no_sideways_scroll(driver)

    driver.find_element(By.ID, "screening-leeftijd").send_keys("34")
    Select(driver.find_element(By.ID, "screening-huishouden")).select_by_value("alleenstaand")
    driver.find_element(By.ID, "screening-kinderen").send_keys("0")
    driver.find_element(By.ID, "screening-inkomenMaand").send_keys("1.250")
    choose(driver, "leefloon", "ja")
    choose(driver, "bevolkingsregister", "ja")
    choose(driver, "huurder-prive", "ja")
    choose(driver, "eigenaar", "nee")
    choose(driver, "stookolie", "nee")
    submit(driver, "form.screening-form")

    # The results: per right its conditions, each saying met, not met or unknown in words.
    assert "Resultaat van de screening" in driver.find_element(By.TAG_NAME, "h1").text
    page = driver.find_element(By.TAG_NAME, "main").text
    assert "Dit resultaat is niet bewaard" in page
    assert "Voldaan: Netto-inkomen onder het leefloon van de eigen categorie" in page
    assert "Niet voldaan: Verwarmt met stookolie" in page
    assert "Onbekend: Lang op de wachtlijst voor een sociale woning" in page
    assert "Vraag nog na" in page
    likely = driver.find_element(By.ID, "screening-likely").text
    assert likely.startswith("Waarschijnlijk (")
    audit(driver, f"screening-02-results-{width}")
    no_sideways_scroll(driver)

    # Save it as a case of Gent.
    driver.find_element(By.ID, "screening-referentie").send_keys(reference)
    Select(driver.find_element(By.ID, "screening-bewaartermijn")).select_by_value("30")
    submit(driver, "form[action='/rechten/dossiers']")
    assert f"Dossier {reference}" in driver.find_element(By.TAG_NAME, "h1").text
    assert "Het dossier is bewaard." in driver.find_element(By.TAG_NAME, "main").text
    assert "nog 30 dagen" in driver.find_element(By.TAG_NAME, "main").text
    audit(driver, f"screening-03-case-{width}")
    no_sideways_scroll(driver)

    # And it is in the organisation's list.
    driver.get(server + "/rechten/dossiers")
    wait_for_path(driver, "/rechten/dossiers")
    assert reference in driver.find_element(By.TAG_NAME, "table").text
    audit(driver, f"screening-04-cases-{width}")
    no_sideways_scroll(driver)


def test_a_social_worker_screens_a_profile_and_saves_the_case(server, chrome):
    make_user(server, WORKER, "Hulpverlener Gent", "gent", "viewer")
    sign_in(chrome, server, WORKER)
    screen_a_profile(chrome, server, 1366, "GENT-2026-001")
    screen_a_profile(chrome, server, 360, "GENT-2026-002")

    # The rules in plain language, for everyone, on a phone too.
    sign_out(chrome, server)
    for width in (1366, 360):
        chrome.set_window_size(width, 900)
        chrome.get(server + "/rechten/regels")
        assert "De regels van de screening" in chrome.find_element(By.TAG_NAME, "h1").text
        assert "Leefloon" in chrome.find_element(By.TAG_NAME, "main").text
        audit(chrome, f"screening-05-rules-{width}")
        no_sideways_scroll(chrome)
    # Signed out, the cases are not there to see.
    chrome.get(server + "/rechten/dossiers")
    wait_for_path(chrome, "/aanmelden")
