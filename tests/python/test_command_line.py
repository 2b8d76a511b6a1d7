"""The `stadsbeeld` command as a user runs it: a refused import exits non-zero with located problems and
changes nothing; export writes the same figures as the API."""
import csv
import io
import json
import os
import sqlite3
import subprocess
import urllib.request

from conftest import _binary


def _run(args, database, **kwargs):
    env = dict(os.environ, DATABASE_PATH=database)
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(_binary()), *args], env=env, capture_output=True, text=True, timeout=300, **kwargs)


def _count(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM observations").fetchone()[0]


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
