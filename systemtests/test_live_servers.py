"""Live on more than one server (issue 17): two servers on one database, an import by the command line and an import
through one server's API; the other server answers with the new indicator within 2 seconds, without a restart.
Runs on a fresh SQLite file and, when TEST_DATABASE_URL is set (CI), on a fresh PostgreSQL database."""
import gzip
import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from conftest import ROOT, _binary, _free_port

DEMO = ROOT / "Sources" / "Cijfers" / "Resources" / "demo"
AREA_FILES = ["gewest.xlsx", "provincie2024.xlsx", "gemeente2024.xlsx", "provincie2024_gewest.xlsx",
              "gemeente2024_provincie2024.xlsx"]
GENT = "44021"


def _backends():
    yield "sqlite"
    if os.environ.get("TEST_DATABASE_URL"):
        yield "postgres"


@pytest.fixture(params=list(_backends()))
def database(request, tmp_path):
    """The environment of a fresh, empty database on the backend."""
    env = dict(os.environ, STADSBEELD_BCRYPT_COST="4")
    if request.param == "sqlite":
        env.pop("DATABASE_URL", None)
        env["DATABASE_PATH"] = str(tmp_path / "live.sqlite")
        yield env
        return
    base = os.environ["TEST_DATABASE_URL"]
    name = "stadsbeeld_live_" + uuid.uuid4().hex[:10]
    parts = urllib.parse.urlsplit(base)
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    subprocess.run(["psql", admin_url, "-qc", f"CREATE DATABASE {name}"], check=True, capture_output=True, timeout=60)
    env["DATABASE_URL"] = urllib.parse.urlunsplit(parts._replace(path="/" + name))
    try:
        yield env
    finally:
        subprocess.run(["psql", admin_url, "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                       capture_output=True, timeout=60)


def _run(env, *args, stdin=None):
    done = subprocess.run([str(_binary()), *args], env=env, input=stdin, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def _serve(env):
    port = _free_port()
    process = subprocess.Popen([str(_binary()), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/api/v1/levels", timeout=1)
            return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def _status(url):
    try:
        return urllib.request.urlopen(url, timeout=5).status
    except urllib.error.HTTPError as error:
        return error.code


def _write_indicator(directory, code, value):
    sheet = directory / f"{code}_indicatoren.csv"
    sheet.write_text(f"Indicator code;Name;Data type\n{code};Live {code};Numeric\n", encoding="utf-8")
    data = directory / f"{code}.csv"
    data.write_text(f"period;geolevel;geoitem;{code}\n2024;gemeente2024;{GENT};{value}\n", encoding="utf-8")
    return sheet, data


def _seen_within(url, seconds, expect=200):
    """Seconds until `url` answers `expect`, or None when it did not within `seconds` (polled every 50 ms)."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if _status(url) == expect:
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def test_a_second_server_sees_imports_made_elsewhere(database, tmp_path):
    _run(database, "import", *[str(DEMO / name) for name in AREA_FILES])
    _run(database, "users", "create", "--email", "laadproces@stad.be", "--name", "Laadproces", "--organisation",
         "kenniscentrum", "--role", "platform_admin", "--password-stdin", stdin="zeven lange woorden voor een sleutel\n")
    token = re.search(r"sbt_[A-Za-z0-9_-]+", _run(database, "tokens", "create", "--user", "laadproces@stad.be",
                                                  "--name", "live", "--scope", "write")).group(0)
    first, first_url = _serve(database)
    second, second_url = _serve(database)
    try:
        for url in (first_url, second_url):
            assert _status(url + "/api/v1/indicators/sb_live_cli") == 404

        # By the command line, beside both servers.
        sheet, data = _write_indicator(tmp_path, "sb_live_cli", 11)
        _run(database, "import", str(sheet), str(data))
        for url in (first_url, second_url):
            took = _seen_within(url + "/api/v1/indicators/sb_live_cli", 2.0)
            assert took is not None, f"{url} did not see the command-line import within 2 s"

        # Through the first server's API; the second answers with the value, not only the name.
        sheet, data = _write_indicator(tmp_path, "sb_live_api", 22)
        upload = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H",
                                 f"Authorization: Bearer {token}", "-F", f"file=@{sheet}", "-F", f"file=@{data}",
                                 first_url + "/api/v1/imports"], capture_output=True, text=True, timeout=120)
        assert upload.stdout == "201", upload.stdout + upload.stderr
        took = _seen_within(second_url + "/api/v1/indicators/sb_live_api", 2.0)
        assert took is not None, "the second server did not see the first server's import within 2 s"
        query = "/api/v1/data?indicators=sb_live_api&level=gemeente2024&areas=" + GENT + "&periods=all"
        for url in (first_url, second_url):
            rows = json.load(urllib.request.urlopen(url + query, timeout=10))["data"]
            assert [row["value"] for row in rows] == [22], (url, rows)

        # Both servers give the same tag for the same data, answer 304 to it, and compress when asked. Behind a load
        # balancer both see the same Host (the key of a cached answer includes it).
        host = {"Host": "stadsbeeld.test"}
        tags = []
        for url in (first_url, second_url):
            answer = urllib.request.urlopen(urllib.request.Request(url + query, headers={"Accept-Encoding": "gzip", **host}),
                                            timeout=10)
            assert answer.headers["Content-Encoding"] == "gzip"
            assert json.loads(gzip.decompress(answer.read()))["data"][0]["value"] == 22
            assert answer.headers["Cache-Control"] == "public, max-age=60"
            tags.append(answer.headers["ETag"])
        assert tags[0] == tags[1] and tags[0].startswith('W/"d')
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(urllib.request.Request(second_url + query, headers={"If-None-Match": tags[0], **host}),
                                   timeout=10)
        assert not_modified.value.code == 304
    finally:
        for process in (first, second):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
