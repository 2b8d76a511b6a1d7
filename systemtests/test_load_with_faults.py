"""Load with faults: `wrk` keeps 64 connections on the data API for LOAD_SECONDS (default 60) while imports in
another process replace the data again and again. No request may fail, and no reader may see half an import:
every import gives two indicators the same new value everywhere, so one answer must hold one value only (wijken)
and equal totals for both indicators (gemeenten, aggregated)."""
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request

import pytest

from conftest import _binary
from reliability import area_codes, copy_database, run_import, write_generation

INDICATORS = ("sb_last_a", "sb_last_b")
LEVEL = "ggw72024"
PERIODS = ("2023", "2024")


def _port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _check(url):
    """The problems in one answer: more than one generation, or totals that differ between the indicators."""
    data = json.load(urllib.request.urlopen(url, timeout=10))["data"]
    if "level=ggw72024" in url:
        values = {row["value"] for row in data}
        return [f"wijken show generations {sorted(values)}"] if len(values) != 1 else []
    by_key = {}
    for row in data:
        by_key.setdefault((row["area"], row["period"]), set()).add(row["value"])
    return [f"{key}: {sorted(v)}" for key, v in by_key.items() if len(v) != 1]


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (.ci/run installs it)")
def test_readers_never_see_half_an_import(server, tmp_path):
    seconds = int(os.environ.get("LOAD_SECONDS", "60"))
    database = tmp_path / "load.sqlite"
    copy_database(server.database, database)
    sheet = tmp_path / "last_indicatoren.csv"
    sheet.write_text("Indicator code;Name;Data type\n" + "".join(f"{c};{c};Numeric\n" for c in INDICATORS))
    codes = area_codes(database, LEVEL)
    first = tmp_path / "generation1.csv"
    write_generation(first, LEVEL, codes, PERIODS, INDICATORS, 1)
    setup = run_import(database, sheet, first)
    assert setup.wait(timeout=600) == 0, setup.stderr.read()

    port = _port()
    # Every answer read from the database, not the answer cache: the readers must meet the imports' writes.
    env = dict(os.environ, DATABASE_PATH=str(database), STADSBEELD_ANSWER_CACHE="off")
    env.pop("DATABASE_URL", None)
    serve = subprocess.Popen([str(_binary()), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/api/v1/data?indicators={','.join(INDICATORS)}&periods=all"
    wijken = f"{base}&level=ggw72024&parent=gemeente2024:44021"
    gemeenten = f"{base}&level=gemeente2024&parent=gewest:2000"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(wijken, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        # The debug build answers 64 connections slowly while the other test worker runs beside it (a few requests
        # took over 10 s there); a slow answer is not a dropped one, so wrk waits up to 30 s before it counts a timeout.
        load = subprocess.Popen(["wrk", "-t2", "-c64", f"-d{seconds}s", "--timeout", "30s", "--latency", wijken],
                                stdout=subprocess.PIPE, text=True)
        problems, checks, stop = [], [0], threading.Event()

        def checker():
            while not stop.is_set():
                for url in (wijken, gemeenten):
                    try:
                        problems.extend(_check(url))
                    except Exception as error:  # a failed request is a problem too, not a dead checker
                        problems.append(f"{url}: {error!r}")
                    checks[0] += 1

        thread = threading.Thread(target=checker)
        thread.start()
        imports, generation = [], 1
        deadline = time.monotonic() + seconds - 2
        while time.monotonic() < deadline:
            generation += 1
            path = tmp_path / f"generation{generation}.csv"
            write_generation(path, LEVEL, codes, PERIODS, INDICATORS, generation)
            process = run_import(database, path)
            _, err = process.communicate(timeout=600)
            imports.append((process.returncode, err))
        out, _ = load.communicate(timeout=seconds + 60)
        stop.set()
        thread.join()
    finally:
        serve.terminate()
        try:
            # Vapor drains open connections first; on a loaded 2-core machine that has taken over 10 s.
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait()
            raise AssertionError("the server did not stop within 30 s of SIGTERM")

    print(out)
    print(f"{len(imports)} imports, {checks[0]} checked answers")
    assert all(code == 0 for code, _ in imports), [err for code, err in imports if code]
    assert len(imports) >= 2
    assert "Socket errors" not in out and "Non-2xx" not in out, out
    assert problems == [], problems[:10]
    assert checks[0] > 0
