"""Helpers for the reliability tests: a private copy of the demo database, generated imports in which every
value says which import wrote it, and a check that the database shows exactly one import's data."""
import os
import sqlite3
import subprocess

from conftest import _binary


def copy_database(source, target):
    """A consistent copy of a live SQLite database (the server keeps it open in WAL mode)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def run_import(database, *files, **kwargs):
    env = dict(os.environ, DATABASE_PATH=str(database))
    env.pop("DATABASE_URL", None)
    return subprocess.Popen([str(_binary()), "import", *map(str, files)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def area_codes(database, level):
    with sqlite3.connect(database) as db:
        return [c for (c,) in db.execute(
            "SELECT a.code FROM areas a JOIN area_levels l ON l.id = a.level_id "
            "WHERE l.code = ? AND trim(a.code) <> '' ORDER BY a.code", (level,))]


def write_generation(path, level, codes, periods, indicators, generation):
    """Swing data format 1 in which every value equals `generation`: a reader that sees two different
    generations in one answer has seen half of an import."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("period;geolevel;geoitem;" + ";".join(indicators) + "\n")
        for period in periods:
            for code in codes:
                out.write(f"{period};{level};{code};" + ";".join([str(generation)] * len(indicators)) + "\n")


def snapshot(database, indicators, level):
    """(integrity, generations loaded, aggregates that differ between the indicators, import runs)."""
    with sqlite3.connect(database) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        # Read through the analysts' view, which unfolds the stored value vectors (docs/cijfers.md).
        marks = ",".join("?" * len(indicators))
        generations = {v for (v,) in db.execute(
            f"SELECT DISTINCT value FROM cijfers_waarden WHERE indicator IN ({marks}) AND level = ? AND status = 'geladen'",
            (*indicators, level))}
        # The indicators get the same values in every import, so their totals must agree everywhere. Compared here,
        # not in SQL: a join of two unfolded views has no index to use.
        def values(indicator):
            return {(level, area, period): (value, status) for level, area, period, value, status in db.execute(
                "SELECT level, area, period, value, status FROM cijfers_waarden WHERE indicator = ?", (indicator,))}
        first, second = values(indicators[0]), values(indicators[1])
        mismatched = sum(1 for key, (value, status) in first.items()
                         if status != "geladen" and (key not in second or second[key][0] != value
                                                     or (value is None and second[key][1] != status)))
        runs = db.execute("SELECT count(*) FROM import_runs").fetchone()[0]
    return integrity, generations, mismatched, runs
