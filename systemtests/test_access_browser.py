"""Accounts in a real headless Chromium: signing in with the keyboard, the account page with its tokens, an
organisation's members, and the administration (organisations, users, access groups, audit trail). Every page gets an
axe-core audit with no violations allowed. A restriction made in the admin pages is checked from a visitor's browser."""
import urllib.error
import urllib.request

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from test_browser import _driver, audit  # noqa: E402


@pytest.fixture()
def chrome():
    driver = _driver()
    yield driver
    driver.quit()


def wait_for_path(driver, path):
    WebDriverWait(driver, 20).until(lambda d: d.current_url.split("?")[0].endswith(path)
                                    and d.execute_script("return document.readyState") == "complete")


def submit(driver, form_selector):
    """Clicks the form's submit button and waits for the answer page to load."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, form_selector + " button[type=submit]").click()
    WebDriverWait(driver, 20).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id
                                    and d.execute_script("return document.readyState") == "complete")


def sign_in(driver, server, account):
    """Signs in with the keyboard only: type, Tab, type, Enter."""
    driver.get(server + "/aanmelden")
    email = driver.find_element(By.ID, "email")
    email.send_keys(account[0])
    email.send_keys(Keys.TAB)
    driver.switch_to.active_element.send_keys(account[1] + Keys.ENTER)
    wait_for_path(driver, "/account")


def test_wrong_password_then_sign_in_and_manage_tokens(server, chrome):
    chrome.get(server + "/aanmelden")
    audit(chrome, "access-01-aanmelden")
    chrome.find_element(By.ID, "email").send_keys(server.admin[0])
    chrome.find_element(By.ID, "wachtwoord").send_keys("helemaal niet juist" + Keys.ENTER)
    WebDriverWait(chrome, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".form-errors"))
    assert "klopt niet" in chrome.find_element(By.CSS_SELECTOR, ".form-errors").text
    audit(chrome, "access-02-aanmelden-fout")

    sign_in(chrome, server, server.admin)
    assert "Beheer Kenniscentrum" in chrome.find_element(By.CSS_SELECTOR, "nav.account").text
    audit(chrome, "access-03-account")

    chrome.find_element(By.ID, "sleutel-naam").send_keys("browsertest")
    Select(chrome.find_element(By.ID, "sleutel-bereik")).select_by_value("read")
    submit(chrome, "form[action='/account/sleutels']")
    secret = chrome.find_element(By.ID, "geheim").get_attribute("value")
    assert secret.startswith("sbt_")
    audit(chrome, "access-04-sleutel")
    # A reload of the page that showed the key answers, without showing it again.
    assert chrome.current_url.endswith("/account/sleutels")
    chrome.refresh()
    wait_for_path(chrome, "/account/sleutels")
    assert "Niet gevonden" not in chrome.find_element(By.TAG_NAME, "h1").text
    assert secret not in chrome.page_source and "sbt_" not in chrome.page_source
    # The token works for a script, and is shown nowhere else.
    request = urllib.request.Request(server + "/api/v1/levels", headers={"Authorization": "Bearer " + secret})
    assert urllib.request.urlopen(request, timeout=10).status == 200
    chrome.get(server + "/account")
    assert secret not in chrome.page_source
    chrome.find_element(By.CSS_SELECTOR, "button[aria-label='Sleutel browsertest intrekken']").click()
    WebDriverWait(chrome, 20).until(lambda d: "ingetrokken" in d.find_element(By.CSS_SELECTOR, ".notice").text)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401

    submit(chrome, "form[action='/afmelden']")
    chrome.get(server + "/account")
    wait_for_path(chrome, "/aanmelden")


def test_organisation_admin_adds_a_member(server, chrome):
    sign_in(chrome, server, server.gent_admin)
    chrome.find_element(By.LINK_TEXT, "Organisatie").click()
    wait_for_path(chrome, "/organisatie/gent/leden")
    audit(chrome, "access-05-leden")
    chrome.find_element(By.ID, "lid-email").send_keys("nieuw.lid@gent.be")
    chrome.find_element(By.ID, "lid-naam").send_keys("Nieuw Lid")
    Select(chrome.find_element(By.ID, "lid-rol")).select_by_value("editor")
    submit(chrome, "form[action='/organisatie/gent/leden']")
    assert "nieuw.lid@gent.be" in chrome.find_element(By.CSS_SELECTOR, "table").text
    temporary = chrome.find_element(By.CSS_SELECTOR, ".notice code").text
    assert len(temporary) >= 20
    # The page says what a reset and disabling end.
    assert "API-sleutels worden ingetrokken" in chrome.find_element(By.ID, "inhoud").text
    audit(chrome, "access-06-lid-toegevoegd")
    # The administration is for platform admins only.
    chrome.get(server + "/beheer")
    assert "Dat lukte niet" in chrome.find_element(By.TAG_NAME, "h1").text

    # The new member signs in with the temporary password: only the password form is open until it is changed.
    chrome.get(server + "/account")
    submit(chrome, "form[action='/afmelden']")
    sign_in(chrome, server, ("nieuw.lid@gent.be", temporary))
    assert "tijdelijk wachtwoord" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    audit(chrome, "access-06b-tijdelijk-wachtwoord")
    chrome.get(server + "/")
    wait_for_path(chrome, "/account")
    chrome.find_element(By.ID, "huidig").send_keys(temporary)
    chrome.find_element(By.ID, "nieuw").send_keys("een eigen lange zin voor het lid")
    chrome.find_element(By.ID, "herhaling").send_keys("een eigen lange zin voor het lid")
    submit(chrome, "form[action='/account/wachtwoord']")
    assert "gewijzigd" in chrome.find_element(By.CSS_SELECTOR, ".notice").text
    chrome.get(server + "/")
    assert chrome.current_url.split("?")[0] == server + "/"


def test_platform_admin_restricts_an_indicator(server, chrome):
    indicator = "v2506_elek_res_injectie"
    visitor_url = server + f"/api/v1/indicators/{indicator}"
    assert urllib.request.urlopen(visitor_url, timeout=10).status == 200

    sign_in(chrome, server, server.admin)
    chrome.get(server + "/beheer")
    audit(chrome, "access-07-beheer")
    for path, name in [("/beheer/organisaties", "organisaties"), ("/beheer/gebruikers", "gebruikers"),
                       ("/beheer/audit", "audit")]:
        chrome.get(server + path)
        audit(chrome, f"access-08-{name}")
    chrome.get(server + "/beheer/toegangsgroepen")
    audit(chrome, "access-09-toegangsgroepen")
    chrome.find_element(By.ID, "groep-code").send_keys("injectie-detail")
    chrome.find_element(By.ID, "groep-naam").send_keys("Injectie in detail")
    submit(chrome, "form[action='/beheer/toegangsgroepen']")
    audit(chrome, "access-10-toegangsgroep")
    gent = chrome.find_element(By.XPATH, "//label[text()='Stad Gent']/preceding-sibling::input")
    gent.click()
    chrome.find_element(By.ID, "afgeschermd").send_keys(indicator)
    submit(chrome, "form.form:not(.inline)")
    assert "bewaard" in chrome.find_element(By.CSS_SELECTOR, ".notice").text

    # A visitor no longer finds the indicator; the admin still does.
    with pytest.raises(urllib.error.HTTPError) as hidden:
        urllib.request.urlopen(visitor_url, timeout=10)
    assert hidden.value.code == 404
    chrome.get(server + f"/indicator/{indicator}")
    assert "Niet gevonden" not in chrome.find_element(By.TAG_NAME, "h1").text

    # Undo, so the other tests see the demo data as it was.
    chrome.get(server + "/beheer/toegangsgroepen")
    chrome.find_element(By.LINK_TEXT, "Injectie in detail").click()
    chrome.find_element(By.CSS_SELECTOR, "button[aria-label='Toegangsgroep Injectie in detail verwijderen']").click()
    WebDriverWait(chrome, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".notice"))
    assert urllib.request.urlopen(visitor_url, timeout=10).status == 200

    chrome.get(server + "/beheer/audit?module=toegang")
    assert "toegangsgroep injectie-detail verwijderd" in chrome.page_source


def test_audit_trail_fits_a_phone(server, chrome):
    """A long unbroken value (a key's name, a checksum) wraps inside the audit table: no sideways scrolling at 390 px."""
    sign_in(chrome, server, server.admin)
    chrome.find_element(By.ID, "sleutel-naam").send_keys("sleutel-" + "x" * 90)
    Select(chrome.find_element(By.ID, "sleutel-bereik")).select_by_value("read")
    submit(chrome, "form[action='/account/sleutels']")
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        chrome.get(server + "/beheer/audit")
        assert "x" * 90 in chrome.page_source
        overflow = chrome.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        wide = chrome.execute_script(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
            "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className)")
        assert overflow[0] <= overflow[1], f"the page is {overflow[0]} px wide in a {overflow[1]} px window: {wide}"
    finally:
        chrome.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        # Revoke the key again, so other tests see the account as it was.
        chrome.get(server + "/account")
        for button in chrome.find_elements(By.CSS_SELECTOR, "button[aria-label^='Sleutel sleutel-x']"):
            button.click()
            break
