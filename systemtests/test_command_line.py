"""The `stadsbeeld` command as a user runs it: a refused import exits non-zero with located problems and
changes nothing; export writes the same figures as the API."""
import csv
import io
import json
import hashlib
import os
import sqlite3
import subprocess
import urllib.error
import urllib.request

from conftest import _binary


def _run(args, database, env=None, **kwargs):
    env = dict(env or os.environ, DATABASE_PATH=database)
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(_binary()), *args], env=env, capture_output=True, text=True, timeout=300, **kwargs)


def _count(database):
    """The stored values, exactly: every value vector in key order (a count alone cannot see an overwritten value)."""
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT indicator_id, level_id, period, origin, vector FROM value_vectors "
                          "ORDER BY indicator_id, level_id, period, origin").fetchall()
        return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_refused_import_exits_non_zero_and_changes_nothing(server, tmp_path):
    database = server.database
    bad = tmp_path / "slecht.csv"
    bad.write_text("period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;99123;3\n2021;gemeente2024;44021;abc\n")
    before = _count(database)
    result = _run(["import", str(bad)], database)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "slecht.csv, rij 2, kolom C: gebied '99123' bestaat niet op niveau gemeente2024" in output
    assert "slecht.csv, rij 3, kolom D: 'abc' is geen getal" in output
    assert _count(database) == before


def test_export_matches_the_api(server):
    result = _run(["export", "--indicator", "sb_aandeel_elek_res", "--level", "gemeente2024",
                   "--parent", "centrumsteden", "--periods", "latest"], server.database)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 13
    url = f"{server}/api/v1/data?indicators=sb_aandeel_elek_res&level=gemeente2024&parent=centrumsteden&periods=latest"
    api = {r["area"]: r["value"] for r in json.load(urllib.request.urlopen(url))["data"]}
    for row in rows:
        assert float(row["value"]) == api[row["area"]]


def test_users_and_tokens_from_the_command_line(server):
    database = server.database
    env_cost = {"STADSBEELD_BCRYPT_COST": "4"}
    created = _run(["users", "create", "--email", "Cli.Test@Leuven.be", "--name", "Cli Test", "--organisation", "leuven",
                    "--role", "editor"], database, env=dict(os.environ, DATABASE_PATH=database, **env_cost))
    assert created.returncode == 0, created.stderr
    assert "Tijdelijk wachtwoord (wordt niet meer getoond): " in created.stdout
    listed = _run(["users", "list", "--organisation", "leuven"], database)
    assert "cli.test@leuven.be\tCli Test\tleuven\teditor\tactief" in listed.stdout
    # Refusals are explained and exit non-zero: unknown organisation, weak password, existing address.
    unknown = _run(["users", "create", "--email", "x@y.be", "--name", "X", "--organisation", "nergens", "--role", "viewer"], database)
    assert unknown.returncode == 1 and "organisatie 'nergens' bestaat niet" in unknown.stdout + unknown.stderr
    weak = _run(["users", "create", "--email", "x@y.be", "--name", "X", "--organisation", "leuven", "--role", "viewer",
                 "--password-stdin"], database, input="kort\n")
    assert weak.returncode == 1 and "kies minstens 12 tekens" in weak.stdout + weak.stderr
    again = _run(["users", "create", "--email", "cli.test@leuven.be", "--name", "X", "--organisation", "leuven", "--role", "viewer"], database)
    assert again.returncode == 1 and "er bestaat al een account met dit e-mailadres" in again.stdout + again.stderr

    token = _run(["tokens", "create", "--user", "cli.test@leuven.be", "--name", "script", "--scope", "read"], database)
    assert token.returncode == 0, token.stderr
    secret = token.stdout.strip().splitlines()[-1]
    assert secret.startswith("sbt_")
    request = urllib.request.Request(f"{server}/api/v1/levels", headers={"Authorization": "Bearer " + secret})
    assert urllib.request.urlopen(request, timeout=10).status == 200
    token_id = _run(["tokens", "list", "--user", "cli.test@leuven.be"], database).stdout.split("\t")[0]
    assert "laatst gebruikt 20" in _run(["tokens", "list"], database).stdout
    assert _run(["tokens", "revoke", token_id], database).returncode == 0
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("a revoked token still works")
    except urllib.error.HTTPError as error:
        assert error.code == 401

    disabled = _run(["users", "disable", "cli.test@leuven.be"], database)
    assert disabled.returncode == 0
    assert "cli.test@leuven.be\tCli Test\tleuven\teditor\tuitgeschakeld" in _run(["users", "list"], database).stdout


def test_a_campaign_goes_out_and_back_in_from_the_command_line(server, tmp_path):
    sheet = tmp_path / "meting.csv"
    assert _run(["maturiteit", "export", "klimaatgovernance-2024", str(sheet)], server.database).returncode == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert len(rows) == 13 * 8
    gent = {row["thema"]: row["score"] for row in rows if row["organisatie"] == "gent"}
    assert gent["strategie"] == "3.5" and gent["middelen"] == "3"
    # One impossible score: nothing is read, the problem names the row and column, the exit code says so.
    text = sheet.read_text(encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if content.startswith("gent,strategie,"))
    sheet.write_text(text.replace("gent,strategie,3.5,", "gent,strategie,7,"), encoding="utf-8")
    result = _run(["maturiteit", "import", "klimaatgovernance-2024", str(sheet)], server.database)
    assert result.returncode == 1
    assert f"meting.csv, rij {line}, kolom score: '7': een score ligt tussen 1 en 5" in result.stdout + result.stderr
    again = tmp_path / "opnieuw.csv"
    _run(["maturiteit", "export", "klimaatgovernance-2024", str(again)], server.database)
    assert list(csv.DictReader(again.open(encoding="utf-8"))) == rows
