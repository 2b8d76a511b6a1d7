#!/usr/bin/env python3
"""Builds the SQLite file Datasette serves in the query benchmark: every stored value of a Stadsbeeld
database (read through its view `cijfers_waarden`) as one denormalised table (codes instead of keys, the area's name, its gemeente and gewest), with an
index per query the benchmark makes. That is how one would publish these figures with Datasette: the peer gets
the same rows, already joined, so it only has to filter.

Usage: datasette_db.py STADSBEELD.sqlite OUT.sqlite
"""
import sqlite3
import sys

source, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(out)
db.execute("ATTACH DATABASE ? AS s", (source,))
db.executescript("""
CREATE TEMP VIEW parent_of AS
  SELECT k.child_id, p.id AS parent_id, p.code, pl.code AS level
  FROM s.area_links k JOIN s.areas p ON p.id = k.parent_id JOIN s.area_levels pl ON pl.id = p.level_id;
CREATE TABLE observations AS
  SELECT w.indicator, w.level, w.area, a.name AS name, w.period, w.value,
         coalesce((SELECT code FROM parent_of WHERE child_id = a.id AND level = 'gemeente2024'), '') AS gemeente,
         coalesce((SELECT code FROM parent_of WHERE child_id = a.id AND level = 'gewest'),
                  (SELECT g.code FROM parent_of p JOIN parent_of g ON g.child_id = p.parent_id
                   WHERE p.child_id = a.id AND p.level = 'provincie2024' AND g.level = 'gewest'), '') AS gewest
  FROM s.cijfers_waarden w JOIN s.area_levels l ON l.code = w.level JOIN s.areas a ON a.level_id = l.id AND a.code = w.area
  ORDER BY 1, 2, 3, 5;
CREATE INDEX observations_gemeente ON observations (indicator, level, gemeente);
CREATE INDEX observations_gewest ON observations (indicator, level, gewest);
""")
db.commit()
print(db.execute("SELECT count(*) FROM observations").fetchone()[0], "rows", file=sys.stderr)
