"""Kennis in a real headless Chromium, against a real SMTP server on loopback (aiosmtpd): a new visitor finds a good
practice on climate from the search box by a stem of a word that is only in its PDF, opens it, follows its link to
the maturity theme and back; a member of Gent proposes a practice and a Kenniscentrum editor publishes it; a visitor
subscribes to the newsletter, confirms by the link in the e-mail, receives the next newsletter and unsubscribes in one
click (RFC 8058 POST, no cookie). Every page is audited with axe-core at 1366 px, and the search and practice pages
also at 390 px."""
import email
import email.policy
import glob
import json
import os
import pathlib
import re
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.request

import pytest

pytest.importorskip("selenium")
pytest.importorskip("aiosmtpd")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from conftest import _binary, _free_port  # noqa: E402
from test_access_browser import chrome, sign_in, submit, wait_for_path  # noqa: E402,F401
from test_browser import audit  # noqa: E402
from test_maturiteit_browser import make_user, sign_out  # noqa: E402

PRACTICE = "/kennis/warmtezoneringsplan-kortrijk"
THEME_PREFIX = "/maturiteit/modellen/klimaatgovernance/themas/"
MEMBER = ("lid@gent.be", "groene daken op elk schoolgebouw")
EDITOR = ("redactie@kenniscentrum.be", "een nieuwsbrief vol goede praktijken")
READER = "lezer@voorbeeld.org"


@pytest.fixture()
def smtp():
    """aiosmtpd on a free loopback port; yields the folder its messages land in."""
    folder = tempfile.mkdtemp(prefix="stadsbeeld-smtp-")
    port = _free_port()
    process = subprocess.Popen(["python3", str(pathlib.Path(__file__).with_name("smtp_server.py")), "--port", str(port),
                                "--dir", folder])
    for _ in range(100):
        if os.path.exists(os.path.join(folder, "ready")):
            break
        time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("smtp_server.py did not start")
    yield port, folder
    process.terminate()
    process.wait(timeout=10)


def deliver(server, port):
    """Delivers what is due in the outbox over real SMTP, as the server's mail worker does."""
    env = dict(os.environ, DATABASE_PATH=server.database, STADSBEELD_SMTP_URL=f"smtp://127.0.0.1:{port}?tls=none",
               STADSBEELD_MAIL_FROM="kennis@stadsbeeld.example")
    env.pop("DATABASE_URL", None)
    subprocess.run([str(_binary()), "mail", "deliver"], env=env, check=True, capture_output=True, timeout=120)


def messages_to(folder, address):
    """The messages the SMTP server accepted for `address`, oldest first, parsed."""
    found = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json")), key=lambda p: int(pathlib.Path(p).stem)):
        info = json.load(open(path))
        if address in info["to"]:
            with open(path[:-5] + ".eml", "rb") as file:
                found.append(email.message_from_binary_file(file, policy=email.policy.default))
    return found


def text_of(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content()


def no_horizontal_scroll(driver):
    width = driver.execute_script("return document.documentElement.clientWidth")
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= width + 1, f"page is {scroll}px wide in a {width}px viewport"


def test_a_visitor_finds_a_practice_by_a_word_in_its_pdf_and_follows_it_to_the_maturity_theme(server, chrome):
    chrome.get(server + "/")
    box = chrome.find_element(By.CSS_SELECTOR, "header input[name=q]")
    # 'restwarmtebronnen' is written only in the practice's PDF; the visitor types another form of the word.
    box.send_keys("restwarmtebron")
    box.submit()
    wait_for_path(chrome, "/zoeken")
    audit(chrome, "kennis-01-zoeken")
    results = chrome.find_elements(By.CSS_SELECTOR, f"a[href='{PRACTICE}']")
    assert results, "the practice is found"
    assert chrome.find_elements(By.CSS_SELECTOR, "mark"), "the snippet highlights the word"
    results[0].click()
    wait_for_path(chrome, PRACTICE)
    audit(chrome, "kennis-02-praktijk")
    assert "Kortrijk" in chrome.page_source
    assert chrome.find_elements(By.CSS_SELECTOR, "a[href$='.pdf']"), "the PDF is offered"

    theme = chrome.find_element(By.CSS_SELECTOR, f"a[href^='{THEME_PREFIX}']")
    theme.click()
    WebDriverWait(chrome, 20).until(lambda d: THEME_PREFIX in d.current_url
                                    and d.execute_script("return document.readyState") == "complete")
    audit(chrome, "kennis-03-maturiteitsthema")
    back = chrome.find_element(By.CSS_SELECTOR, f"a[href='{PRACTICE}']")
    back.click()
    wait_for_path(chrome, PRACTICE)

    # The same on a phone: nothing wider than the screen.
    chrome.set_window_size(390, 900)
    try:
        for path in ["/zoeken?q=klimaat", PRACTICE, "/kennis"]:
            chrome.get(server + path)
            no_horizontal_scroll(chrome)
            audit(chrome, "kennis-04-telefoon-" + re.sub(r"[^a-z]+", "-", path)[:30])
    finally:
        chrome.set_window_size(1366, 900)


def test_a_member_proposes_a_practice_and_an_editor_publishes_it(server, chrome):
    make_user(server, MEMBER, "Lies Lid", "gent", "viewer")
    make_user(server, EDITOR, "Rik Redactie", "kenniscentrum", "editor")
    title = "Fietsbibliotheek voor gezinnen in Gent"
    slug = "/kennis/fietsbibliotheek-voor-gezinnen-in-gent"

    sign_in(chrome, server, MEMBER)
    chrome.get(server + "/kennis/nieuw")
    audit(chrome, "kennis-05-voorstel")
    chrome.find_element(By.ID, "f-titel").send_keys(title)
    chrome.find_element(By.ID, "f-samenvatting").send_keys("Gezinnen lenen fietsen voor hun kinderen die snel groeien.")
    chrome.find_element(By.ID, "f-tekst").send_keys("## Wat\n\nEen uitleendienst voor kinderfietsen in de wijken.")
    Select(chrome.find_element(By.ID, "f-stad")).select_by_value("gent")
    chrome.find_element(By.ID, "f-onderwerpen-mobiliteit").click()
    submit(chrome, "form[action='/kennis/nieuw']")
    wait_for_path(chrome, slug)
    assert title in chrome.page_source
    audit(chrome, "kennis-06-concept")
    submit(chrome, "form:has(input[name=stap][value=indienen])")
    sign_out(chrome, server)
    # Not public yet.
    try:
        urllib.request.urlopen(server + slug, timeout=10)
        raise AssertionError("a proposal in review is not public")
    except urllib.error.HTTPError as error:
        assert error.code == 404

    sign_in(chrome, server, EDITOR)
    chrome.get(server + "/kennis/nazicht")
    audit(chrome, "kennis-07-nazicht")
    chrome.find_element(By.CSS_SELECTOR, f"a[href='{slug}']").click()
    wait_for_path(chrome, slug)
    submit(chrome, "form:has(input[name=stap][value=publiceren])")
    sign_out(chrome, server)

    chrome.get(server + slug)
    assert title in chrome.find_element(By.TAG_NAME, "h1").text
    chrome.get(server + "/zoeken?q=fietsbibliotheek")
    assert chrome.find_elements(By.CSS_SELECTOR, f"a[href='{slug}']"), "published, so found"


def test_a_visitor_subscribes_confirms_receives_the_newsletter_and_unsubscribes(server, chrome, smtp):
    port, folder = smtp
    if not _exists(server, EDITOR[0]):
        make_user(server, EDITOR, "Rik Redactie", "kenniscentrum", "editor")

    chrome.get(server + "/nieuwsbrief")
    audit(chrome, "kennis-08-nieuwsbrief")
    chrome.find_element(By.ID, "nieuwsbrief-email").send_keys(READER)
    submit(chrome, "form[action='/nieuwsbrief/inschrijven']")
    audit(chrome, "kennis-09-ingeschreven")
    deliver(server, port)
    confirmation = messages_to(folder, READER)
    assert len(confirmation) == 1
    link = re.search(r"https?://\S+/nieuwsbrief/bevestigen/\S+", text_of(confirmation[0])).group(0)
    chrome.get(link)
    audit(chrome, "kennis-10-bevestigen")
    submit(chrome, "main form")
    assert _status(server, READER) == "bevestigd"

    sign_in(chrome, server, EDITOR)
    chrome.get(server + "/nieuwsbrief/beheer")
    audit(chrome, "kennis-11-beheer")
    chrome.find_element(By.ID, "nieuwsbrief-onderwerp").send_keys("Nieuws uit de kennisbank")
    chrome.find_element(By.ID, "nieuwsbrief-inleiding").send_keys("Drie praktijken over **klimaat**.")
    chrome.find_element(By.ID, f"item-{PRACTICE.rsplit('/', 1)[1]}").click()
    submit(chrome, "form[action='/nieuwsbrief/beheer/nieuw']")
    assert re.search(r"/nieuwsbrief/beheer/\d+(\?|$)", chrome.current_url), chrome.current_url
    audit(chrome, "kennis-12-voorbeeld")
    chrome.find_element(By.ID, "bevestig-versturen").click()
    submit(chrome, "form.newsletter-send")
    sign_out(chrome, server)
    deliver(server, port)

    letters = [m for m in messages_to(folder, READER) if m["Subject"] == "Nieuws uit de kennisbank"]
    assert len(letters) == 1, "the subscriber received the newsletter"
    letter = letters[0]
    assert letter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.match(r"<(.+)>", letter["List-Unsubscribe"]).group(1)
    assert "/kennis/warmtezoneringsplan-kortrijk" in text_of(letter)

    # One click in the mail program: a POST without cookie or form token.
    request = urllib.request.Request(unsubscribe, data=b"List-Unsubscribe=One-Click", method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert urllib.request.urlopen(request, timeout=10).status == 200
    assert _status(server, READER) == "uitgeschreven"
    # The link itself still shows a page (with a button) to a visitor who opens it.
    chrome.get(unsubscribe)
    audit(chrome, "kennis-13-uitgeschreven")


def _status(server, address):
    with sqlite3.connect(server.database) as db:
        row = db.execute("SELECT status FROM newsletter_subscribers WHERE email = ?", (address,)).fetchone()
    return row[0] if row else None


def _exists(server, address):
    with sqlite3.connect(server.database) as db:
        return db.execute("SELECT 1 FROM users WHERE email = ?", (address,)).fetchone() is not None
