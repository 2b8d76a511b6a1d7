"""`stadsbeeld rights import|status` as an operator runs it, on a fresh database of its own: the LPDC fixture pages
from a folder and over HTTP (Python's http.server), a second run that changes nothing, and a broken page that exits
non-zero with its location and writes nothing."""
import http.server
import json
import os
import pathlib
import shutil
import sqlite3
import subprocess
import threading
import urllib.parse

from conftest import _binary

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "Tests" / "AppTests" / "Fixtures" / "lpdc"


def _run(args, database):
    env = dict(os.environ, DATABASE_PATH=str(database))
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(_binary()), *args], env=env, capture_output=True, text=True, timeout=300)


def _shown(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM rights_services WHERE archived = 0").fetchone()[0]


def test_folder_import_then_a_second_run_changes_nothing(tmp_path):
    database = tmp_path / "rechten.sqlite"
    first = _run(["rights", "import", str(FIXTURES)], database)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "pagina's gelezen: 3" in first.stdout
    assert "nieuw: 4" in first.stdout
    assert "instancesnapshot?pageNumber=1 niet gevonden" in first.stdout
    second = _run(["rights", "import", str(FIXTURES)], database)
    assert second.returncode == 0, second.stderr
    assert "(verder vanaf de vorige keer)" in second.stdout
    assert "nieuw: 0" in second.stdout and "vervangen: 0" in second.stdout and "ongewijzigd: 3" in second.stdout
    status = _run(["rights", "status"], database)
    assert "rechten in de catalogus: 4" in status.stdout
    assert f"bron: {FIXTURES}" in status.stdout
    assert _shown(database) == 4


def test_a_broken_page_exits_non_zero_with_its_location_and_writes_nothing(tmp_path):
    folder = tmp_path / "pagina"
    shutil.copytree(FIXTURES, folder)
    page = folder / "instancesnapshot-page-0.json"
    data = json.loads(page.read_text())
    data["member"][2]["generatedAtTime"] = "morgen"
    page.write_text(json.dumps(data))
    database = tmp_path / "rechten.sqlite"
    result = _run(["rights", "import", str(folder)], database)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "instancesnapshot-page-0.json" in output
    assert "lid 2 (http://data.lblod.info/id/public-service-snapshot/42f89ef6-338c-44c3-819f-5ab22a44bbe6)" in output
    assert "veld generatedAtTime: 'morgen' is geen datum-tijd" in output
    assert _shown(database) == 0


class _Pages(http.server.BaseHTTPRequestHandler):
    """Serves the fixture pages at the path and query of their @id, with their page IRIs pointing to itself."""
    pages = {}

    def do_GET(self):
        text = self.pages.get(self.path)
        if text is None:
            self.send_error(404)
            return
        own = f"http://{self.headers['Host']}"
        body = text.replace("http://ipdc-stub", own).replace("http://hostname", own).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_stream_is_read_over_http(tmp_path):
    for file in FIXTURES.glob("*.json"):
        text = file.read_text()
        address = urllib.parse.urlsplit(json.loads(text)["@id"])
        _Pages.pages[address.path + ("?" + address.query if address.query else "")] = text
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        database = tmp_path / "rechten.sqlite"
        result = _run(["rights", "import", f"{base}/doc/conceptsnapshot?pageNumber=0"], database)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "pagina's gelezen: 2" in result.stdout and "nieuw: 2" in result.stdout
        again = _run(["rights", "import", f"{base}/doc/conceptsnapshot?pageNumber=0"], database)
        assert "pagina's gelezen: 1" in again.stdout and "ongewijzigd: 1" in again.stdout
        assert _shown(database) == 2
    finally:
        server.shutdown()
