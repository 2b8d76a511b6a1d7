"""Crash safety: an import killed with SIGKILL at random points leaves the database consistent, with no part of
the killed import visible, and the same import then succeeds. CRASH_RUNS sets the number of kills (default 5);
the seed is printed so a failing run can be repeated (CRASH_SEED)."""
import os
import random
import signal
import time

from reliability import area_codes, copy_database, run_import, snapshot, write_generation

INDICATORS = ("v2506_elek_res_cons", "v2506_gas_res_cons")
LEVEL = "statsec2019"
PERIODS = ("2018", "2019", "2020", "2021")


def test_import_killed_at_random_points(server, tmp_path):
    database = tmp_path / "crash.sqlite"
    copy_database(server.database, database)
    codes = area_codes(database, LEVEL)
    runs = int(os.environ.get("CRASH_RUNS", "5"))
    seed = int(os.environ.get("CRASH_SEED", str(random.randrange(1 << 30))))
    print(f"CRASH_SEED={seed}")
    rng = random.Random(seed)

    # One import to completion first: it sets the base generation and measures how long an import takes.
    files = []
    for generation in range(1, runs + 2):
        path = tmp_path / f"generation{generation}.csv"
        write_generation(path, LEVEL, codes, PERIODS, INDICATORS, generation)
        files.append(path)
    started = time.monotonic()
    first = run_import(database, files[0])
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    duration = time.monotonic() - started
    integrity, generations, mismatched, base_runs = snapshot(database, INDICATORS, LEVEL)
    assert (integrity, generations, mismatched) == ("ok", {1.0}, 0)

    killed_before_commit = 0
    current, committed_runs = 1.0, base_runs
    for generation in range(2, runs + 2):
        process = run_import(database, files[generation - 1])
        delay = rng.uniform(0.0, duration)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        integrity, generations, mismatched, runs_now = snapshot(database, INDICATORS, LEVEL)
        assert integrity == "ok", f"kill after {delay:.2f} s: {integrity}"
        assert mismatched == 0, f"kill after {delay:.2f} s: totals of two imports mixed"
        # Either nothing of the killed import is visible, or all of it (it had committed before the kill).
        assert generations in ({current}, {float(generation)}), f"kill after {delay:.2f} s: saw {generations}"
        assert runs_now == committed_runs + (generations == {float(generation)})
        killed_before_commit += generations == {current}
        # After the crash the same import succeeds.
        again = run_import(database, files[generation - 1])
        _, err = again.communicate(timeout=600)
        assert again.returncode == 0, err
        current = float(generation)
        integrity, generations, mismatched, committed_runs = snapshot(database, INDICATORS, LEVEL)
        assert (integrity, generations, mismatched) == ("ok", {current}, 0)
    print(f"{runs} kills (import of {duration:.1f} s), {killed_before_commit} before the commit")
