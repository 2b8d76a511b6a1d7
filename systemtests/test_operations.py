"""Stadsbeeld run as a service (docs/operations.md): health, readiness and metrics over a real socket; a backup taken
while an import runs is consistent once restored elsewhere; JSON log lines carry no secrets; on SIGTERM the server
stops accepting, answers the request it is in the middle of, and exits cleanly.

One server for the module, on its own copy of the demo database (made with `stadsbeeld backup` from the session's
server while that one serves). The tests run in file order: the last one stops it."""
import csv
import http.cookiejar
import io
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import ADMIN, _binary, _free_port

INDICATORS = ["v2506_elek_res_cons", "v2506_gas_res_cons", "v2506_elek_res_n", "v2506_gas_res_n"]
PERIODS = ["2030", "2031", "2032"]


def _run(args, database, timeout=300, **kwargs):
    env = dict(os.environ, DATABASE_PATH=database, STADSBEELD_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(_binary()), *args], env=env, capture_output=True, text=True, timeout=timeout, **kwargs)


class Service:
    def __init__(self, process, url, database, log):
        self.process, self.url, self.database, self.log = process, url, database, log


@pytest.fixture(scope="module")
def service(server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("operations")
    database = str(folder / "stadsbeeld.sqlite")
    copied = _run(["backup", database], server.database)
    assert copied.returncode == 0, copied.stderr
    port = _free_port()
    log = open(folder / "server.log", "w")
    env = dict(os.environ, DATABASE_PATH=database, STADSBEELD_BCRYPT_COST="4", STADSBEELD_COOKIE_SECURE="0",
               LOG_FORMAT="json", LOG_LEVEL="trace", STADSBEELD_SHUTDOWN_SECONDS="60")
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen([str(_binary()), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("server did not start")
    yield Service(process, url, database, folder / "server.log")
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)
    log.close()


def _get(url, headers=None):
    try:
        response = urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30)
        return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_health_ready_and_metrics_over_loopback(service):
    assert _get(service.url + "/health")[0::2] == (200, '{"status":"ok"}')
    assert _get(service.url + "/ready")[0::2] == (200, '{"status":"ready"}')
    status, headers, text = _get(service.url + "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain; version=0.0.4")
    # every line is a comment or a sample: name{labels} value
    sample = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? [-+0-9.eEInfa]+$')
    assert all(line.startswith("#") or sample.match(line) for line in text.splitlines() if line), text[:2000]
    assert 'stadsbeeld_http_requests_total{method="GET",route="/health",status="2xx"}' in text
    assert "stadsbeeld_database_up 1" in text
    # through a proxy on this machine the visitor is not local
    assert _get(service.url + "/metrics", {"X-Forwarded-For": "203.0.113.9"})[0] == 403


def _export_rows(database, indicators=(INDICATORS[0], INDICATORS[-1])):
    """(indicator, period) → number of municipalities with a value, from the `export` command (any storage layout);
    the first and the last indicator of the file (one process per indicator, so two)."""
    counts = {}
    for indicator in indicators:
        result = _run(["export", "--indicator", indicator, "--level", "gemeente2024", "--periods", ",".join(PERIODS)], database)
        assert result.returncode == 0, result.stderr
        for row in csv.DictReader(io.StringIO(result.stdout)):
            if row["value"] != "":
                counts[(indicator, row["period"])] = counts.get((indicator, row["period"]), 0) + 1
    return counts


def test_backup_during_an_import_restores_to_all_or_nothing_of_it(service, tmp_path):
    # setup: new periods for every statistical sector, big enough to take a while
    with sqlite3.connect(service.database) as db:
        sectors = [row[0] for row in db.execute(
            "SELECT a.code FROM areas a JOIN area_levels l ON l.id = a.level_id WHERE l.code = 'statsec2024' ORDER BY a.code")]
    assert len(sectors) > 10_000
    data = tmp_path / "nieuwe_jaren.csv"
    with open(data, "w") as out:
        out.write("period;geolevel;geoitem;" + ";".join(INDICATORS) + "\n")
        for period in PERIODS:
            for index, code in enumerate(sectors):
                out.write(f"{period};statsec2024;{code};" + ";".join(str(100 + (index * 7 + k) % 900) for k in range(4)) + "\n")
    # act: the import on the command line while the server serves; backups one after the other until it ends
    env = dict(os.environ, DATABASE_PATH=service.database)
    env.pop("DATABASE_URL", None)
    importing = subprocess.Popen([str(_binary()), "import", str(data)], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
    backups, during = [], 0
    deadline = time.monotonic() + 600
    while importing.poll() is None and time.monotonic() < deadline:
        target = str(tmp_path / f"kopie-{len(backups)}.sqlite")
        result = _run(["backup", target], service.database)
        assert result.returncode == 0, result.stdout + result.stderr
        backups.append(target)
        during += 1
        assert _get(service.url + "/health")[0] == 200
    output = importing.communicate(timeout=600)[0]
    assert importing.returncode == 0, output
    assert during >= 1, "the import ended before a backup could start"
    # check: the first and the last backup taken during the import, restored elsewhere
    municipalities = None
    for index, backup in enumerate(sorted({backups[0], backups[-1]})):
        restored = str(tmp_path / f"hersteld-{index}.sqlite")
        result = _run(["restore", backup], restored)
        assert result.returncode == 0, result.stdout + result.stderr
        with sqlite3.connect(restored) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            municipalities = municipalities or db.execute(
                "SELECT COUNT(*) FROM areas a JOIN area_levels l ON l.id = a.level_id WHERE l.code = 'gemeente2024'").fetchone()[0]
        counts = _export_rows(restored)
        # every indicator: all of the import, or none of it
        assert counts == {} or counts == {(i, p): municipalities for i in (INDICATORS[0], INDICATORS[-1]) for p in PERIODS}, counts
    # and the live database has all of it
    assert _export_rows(service.database) == {(i, p): municipalities for i in (INDICATORS[0], INDICATORS[-1]) for p in PERIODS}


def _raw_request_head(port, path, length, cookie):
    connection = socket.create_connection(("127.0.0.1", port), timeout=30)
    connection.sendall((f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        f"Cookie: {cookie}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n").encode())
    return connection


def test_json_logs_without_secrets_and_a_graceful_stop(service):
    # setup: a sign-in with a password and an API call with a token, both of which end up in the trace log's reach
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = browser.open(service.url + "/aanmelden").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"email": ADMIN[0], "wachtwoord": ADMIN[1], "csrf": csrf}).encode()
    assert browser.open(service.url + "/aanmelden", data=form).status == 200
    created = _run(["tokens", "create", "--user", ADMIN[0], "--name", "logtest", "--scope", "read"], service.database)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip().splitlines()[-1]
    assert _get(service.url + "/api/v1/levels", {"Authorization": f"Bearer {token}"})[0] == 200

    # act: a sign-in in flight (its body half sent; answering it needs the database), then SIGTERM
    port = int(service.url.rsplit(":", 1)[1])
    visitor = http.cookiejar.CookieJar()
    page = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(visitor)).open(service.url + "/aanmelden").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in visitor)
    body = urllib.parse.urlencode({"email": "niemand@example.org", "wachtwoord": "x" * 40, "csrf": csrf}).encode()
    connection = _raw_request_head(port, "/aanmelden", len(body), cookie)
    connection.sendall(body[:10])
    time.sleep(0.2)  # let the server read the head; the checks below do not depend on it
    service.process.send_signal(signal.SIGTERM)
    # the server stops accepting (new connections are refused) while the request waits for its body
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            time.sleep(0.05)
        except OSError:
            break
    else:
        pytest.fail("the server kept accepting connections after SIGTERM")
    assert service.process.poll() is None, "the server exited with a request in flight"
    connection.sendall(body[10:])
    answer = b""
    while chunk := connection.recv(65536):
        answer += chunk
    connection.close()
    # check: the request in flight was answered, and the server then exited cleanly
    # a refused sign-in (wrong address or password), not a server error: the database was still there
    assert re.match(rb"HTTP/1\.1 [1-4]\d\d ", answer), answer[:300]
    assert "wachtwoord".encode() in answer.lower() or b"aanmelden" in answer.lower(), answer[:300]
    assert service.process.wait(timeout=60) == 0

    lines = [line for line in service.log.read_text().splitlines() if line.strip()]
    assert len(lines) > 10
    for line in lines:
        entry = json.loads(line)  # every line is one JSON object
        assert {"time", "level", "label", "message", "metadata"} <= entry.keys(), line
    text = "\n".join(lines)
    for secret in (ADMIN[1], token, "x" * 40):
        assert secret not in text
