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
        keys = [db.execute("SELECT id FROM indicators WHERE code = ?", (c,)).fetchone()[0] for c in indicators]
        level_id = db.execute("SELECT id FROM area_levels WHERE code = ?", (level,)).fetchone()[0]
        marks = ",".join("?" * len(keys))
        generations = {v for (v,) in db.execute(
            f"SELECT DISTINCT value FROM observations WHERE indicator_id IN ({marks}) AND level_id = ? AND origin = 0",
            (*keys, level_id))}
        # The indicators get the same values in every import, so their totals must agree everywhere.
        mismatched = db.execute(
            "SELECT count(*) FROM observations a LEFT JOIN observations b ON b.indicator_id = ? "
            "AND b.level_id = a.level_id AND b.area_id = a.area_id AND b.period = a.period "
            "WHERE a.indicator_id = ? AND a.origin = 1 AND (b.value IS NULL OR b.value <> a.value)",
            (keys[1], keys[0])).fetchone()[0]
        runs = db.execute("SELECT count(*) FROM import_runs").fetchone()[0]
    return integrity, generations, mismatched, runs
