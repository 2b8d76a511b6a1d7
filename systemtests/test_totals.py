"""Totals at every level, checked against sums computed here from the source files (issue 17).

The expectations share nothing with the product: the link tables and the data are read with openpyxl and csv, the
documented rules of docs/cijfers.md are applied in plain Python (sum over the area links; −99997 and −99999 make a
total unknown, −99996 and −99998 add nothing; a child with two parents keeps the one with its own code, else the
first; an area without a parent counts for nothing above), and what the data API publishes is compared with them.

Data: `fixtures/fluvius_extract.csv`, the rows of four gemeenten copied from the demo's real Fluvius upload: 12034 and
44029 (each with a 'ZZZZ' sector that has no statsec2024 parent: an orphan), 31005 Brugge (a 'ZZZZ' sector with two
parents) and 21004 Brussel (−99999 everywhere). Each backend gets a database of its own (SQLite always; PostgreSQL
when TEST_DATABASE_URL is set, required in CI) with the demo's geography and indicator sheets, a server on it, and
the tests below run in order on that state: first load, replace, append, refused imports, suppression per format.
"""
import csv
import io
import json
import math
import os
import pathlib
import re
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import openpyxl
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEMO = ROOT / "Sources" / "Cijfers" / "Resources" / "demo"
EXTRACT = pathlib.Path(__file__).resolve().parent / "fixtures" / "fluvius_extract.csv"

GEOGRAPHY = [
    "gewest.xlsx", "provincie2024.xlsx", "gemeente2024.xlsx", "centrumsteden.csv", "ggw72024.xlsx",
    "statsec2024.xlsx", "statsec2019.xlsx", "provincie2024_gewest.xlsx", "gemeente2024_provincie2024.xlsx",
    "gemeente2024_centrumsteden.csv", "ggw72024_gemeente2024.xlsx", "statsec2024_ggw72024.xlsx",
    "statsec2019_statsec2024.xlsx", "themas.csv", "Indicators.xlsx", "stadsbeeld_indicatoren.csv",
]
# child level → parent level, as the link tables name them; aggregation goes from the nearest child level up.
LINKS = [
    ("statsec2019", "statsec2024", "statsec2019_statsec2024.xlsx"),
    ("statsec2024", "ggw72024", "statsec2024_ggw72024.xlsx"),
    ("ggw72024", "gemeente2024", "ggw72024_gemeente2024.xlsx"),
    ("gemeente2024", "provincie2024", "gemeente2024_provincie2024.xlsx"),
    ("gemeente2024", "centrumsteden", "gemeente2024_centrumsteden.csv"),
    ("provincie2024", "gewest", "provincie2024_gewest.xlsx"),
]
LEVELS = ["statsec2019", "statsec2024", "ggw72024", "gemeente2024", "provincie2024", "gewest", "centrumsteden"]
STATUS_OF_CODE = {-99996: "empty", -99997: "source_suppressed", -99998: "not_applicable", -99999: "no_answer"}


def _code(value):
    """An area code as the sheets hold it: numbers stored as numbers or text, blanks around it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _rows(name):
    path = DEMO / name
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f, delimiter=";"))
    workbook = openpyxl.load_workbook(path, read_only=True)
    return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]


def _parents(name):
    """child code → parent code from one link table, with the documented choice for a child with two parents."""
    candidates = {}
    for row in _rows(name)[1:]:
        child, parent = _code(row[0]), _code(row[1])
        if child and parent:
            candidates.setdefault(child, []).append(parent)
    return {child: (child if child in options else options[0]) for child, options in candidates.items()}


PARENTS = {(child, parent): _parents(name) for child, parent, name in LINKS}
INDICATORS = {}
for _row in _rows("Indicators.xlsx")[1:]:
    INDICATORS[_row[0]] = {"aggregation": _row[5] or None, "data_type": _row[7], "round_off": float(_row[10] or 1)}
LOADED = [code for code, meta in INDICATORS.items() if meta["data_type"] == "Numeric"]


def read_extract(text=None):
    """(indicator, period, statsec2019 code) → raw value (missing codes included) of a format-1 data file."""
    if text is None:
        text = EXTRACT.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    values = {}
    for row in rows[1:]:
        for column, indicator in enumerate(header[2:-1], start=2):
            values[(indicator, row[1], row[0])] = float(row[column])
    return values


def write_extract(values):
    """The inverse of read_extract: a format-1 file with one row per area and period."""
    keys = sorted({(period, area) for (_, period, area) in values})
    lines = [";".join(["geoitem", "period", *LOADED, "geolevel"])]
    for period, area in keys:
        cells = [repr(values[(indicator, period, area)]) if (indicator, period, area) in values else "-99996"
                 for indicator in LOADED]
        lines.append(";".join([area, period, *cells, "statsec2019"]))
    return "\n".join(lines) + "\n"


def ancestor(sector, level):
    """The area of `level` a statsec2019 sector counts towards (None for an orphan)."""
    route = ["statsec2019", "statsec2024", "ggw72024", "gemeente2024"]
    route += {"provincie2024": ["provincie2024"], "gewest": ["provincie2024", "gewest"],
              "centrumsteden": ["centrumsteden"]}.get(level, [])
    code = sector
    for child, parent in zip(route, route[1:]):
        code = PARENTS[(child, parent)].get(code)
        if code is None or parent == level:
            return code
    return code


def combine(children):
    """The total of a parent from its children's raw values, by the documented rules (None: no value at all)."""
    if not children:
        return None
    if -99997 in children:
        return -99997
    if -99999 in children:
        return -99999
    numbers = [v for v in children if v not in STATUS_OF_CODE]
    if not numbers:
        # only empty or not-applicable children: empty if any child is empty, else not applicable
        return -99996 if -99996 in children else -99998
    return math.fsum(numbers)


def expected_totals(loaded):
    """level → {(indicator, period, area): raw value} for every level, from the statsec2019 values."""
    levels = {"statsec2019": dict(loaded)}
    for child, parent, _ in LINKS:
        parents = PARENTS[(child, parent)]
        gathered = {}
        for (indicator, period, area), value in levels[child].items():
            if area in parents:
                gathered.setdefault((indicator, period, parents[area]), []).append(value)
        levels[parent] = {key: combine(values) for key, values in gathered.items()}
    return levels


class Backend:
    """A database, a server on it, and an account with a write token for imports through the API."""

    def __init__(self, kind, workdir):
        self.kind = kind
        self.workdir = pathlib.Path(workdir)
        self.env = dict(os.environ, STADSBEELD_BCRYPT_COST="4")
        self.env.pop("DATABASE_URL", None)
        self.database = None
        if kind == "sqlite":
            self.env["DATABASE_PATH"] = str(self.workdir / "totals.sqlite")
        else:
            base = os.environ["TEST_DATABASE_URL"]
            self.database = "stadsbeeld_totals_" + uuid.uuid4().hex[:10]
            subprocess.run(["psql", base, "-qc", f"CREATE DATABASE {self.database}"], check=True, capture_output=True)
            parts = urllib.parse.urlsplit(base)
            self.env["DATABASE_URL"] = urllib.parse.urlunsplit(parts._replace(path="/" + self.database))
        self.binary = _binary()
        self.process = None
        self.url = None
        self.token = None

    def run(self, *args, stdin=None):
        return subprocess.run([str(self.binary), *args], env=self.env, input=stdin, capture_output=True, text=True,
                              timeout=600)

    def start(self):
        result = self.run("import", *[str(DEMO / name) for name in GEOGRAPHY], str(EXTRACT))
        assert result.returncode == 0, result.stdout + result.stderr
        email = "totalen@kenniscentrum.be"
        made = self.run("users", "create", "--email", email, "--name", "Controle Sommen", "--organisation", "kenniscentrum",
                        "--role", "platform_admin", "--password-stdin", stdin="zeven appels en drie peren op een rij\n")
        assert made.returncode == 0, made.stdout + made.stderr
        token = self.run("tokens", "create", "--user", email, "--name", "totalen", "--scope", "write")
        assert token.returncode == 0, token.stdout + token.stderr
        self.token = re.search(r"sbt_\S+", token.stdout).group(0)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.process = subprocess.Popen([str(self.binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                                        env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(self.url + "/api/v1/levels", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)
        if self.database:
            subprocess.run(["psql", os.environ["TEST_DATABASE_URL"], "-qc", f"DROP DATABASE IF EXISTS {self.database}"],
                           capture_output=True)

    def get(self, path, **query):
        url = self.url + path + "?" + urllib.parse.urlencode(query)
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.read()

    def upload(self, name, text, mode):
        """POST /api/v1/imports with one file; (status, body)."""
        boundary = "grens" + uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n{mode}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: text/csv\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()
        request = urllib.request.Request(self.url + "/api/v1/imports", data=body, method="POST", headers={
            "Authorization": f"Bearer {self.token}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def published(self, level, indicators, areas=None):
        """(indicator, period, area) → (value, status) from the JSON data API, all periods."""
        result = {}
        chunks = [None] if areas is None else [areas[i:i + 400] for i in range(0, len(areas), 400)]
        for chunk in chunks:
            query = {"indicators": ",".join(indicators), "level": level, "periods": "all"}
            if chunk is not None:
                query["areas"] = ",".join(chunk)
            for cell in json.loads(self.get("/api/v1/data", **query))["data"]:
                result[(cell["indicator"], cell["period"], cell["area"])] = (cell["value"], cell["status"])
        return result


def _binary():
    if os.environ.get("STADSBEELD_BINARY"):  # a copy, so that a rebuild cannot replace it under a running test
        return pathlib.Path(os.environ["STADSBEELD_BINARY"])
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return pathlib.Path(out.stdout.strip()) / "stadsbeeld"


def _backends():
    kinds = ["sqlite"]
    if os.environ.get("TEST_DATABASE_URL"):
        kinds.append("postgresql")
    elif os.environ.get("CI"):
        pytest.fail("TEST_DATABASE_URL is required in CI: the totals must hold on PostgreSQL too")
    return kinds


@pytest.fixture(scope="module", params=_backends())
def backend(request):
    workdir = tempfile.mkdtemp(prefix="stadsbeeld-totals-")
    server = Backend(request.param, workdir)
    try:
        server.start()
        # What the tests of this module have loaded so far, at statsec2019: the independent model of the data.
        server.loaded = read_extract()
        yield server
    finally:
        server.stop()


# Areas whose totals are compared at the sector and wijk levels (10,000 and 3,000 areas; the levels above are read
# whole): every area the model reaches there, and the areas of two sectors elsewhere (Antwerpen), without data.
OUTSIDE = {"statsec2019": ["11001A00-", "11001A01-"]}
OUTSIDE["statsec2024"] = [PARENTS[("statsec2019", "statsec2024")][code] for code in OUTSIDE["statsec2019"]]
OUTSIDE["ggw72024"] = sorted({PARENTS[("statsec2024", "ggw72024")][code] for code in OUTSIDE["statsec2024"]})


def compare_with_model(server):
    expected = expected_totals(server.loaded)
    compared = 0
    for level in LEVELS:
        model = expected.get(level, {})
        if level in OUTSIDE:
            areas = sorted({area for (_, _, area) in model} | set(OUTSIDE[level]))
            published = server.published(level, LOADED, areas)
        else:
            published = server.published(level, LOADED)
        compared += check_level(level, model, published)
    return expected, compared


def check_level(level, model, published):
    """Asserts that every published cell is what the model expects; returns the number of cells compared."""
    problems = []
    for key, (value, status) in published.items():
        want = model.get(key)
        if want is None:
            ok = status == "no_data" and value is None
        elif want in STATUS_OF_CODE:
            ok = status == STATUS_OF_CODE[want] and value is None
        else:
            # Published rounded to the indicator's RoundOff: within half a step of the exact sum.
            step = INDICATORS[key[0]]["round_off"]
            ok = status == "ok" and value is not None and abs(value - want) <= step / 2 * (1 + 1e-9) + 1e-6
        if not ok:
            problems.append(f"{level} {key}: published {value!r} ({status}), expected {want!r}")
    missing = [key for key in model if key not in published]
    assert not missing, f"{level}: {len(missing)} expected cells not published, e.g. {missing[:3]}"
    assert not problems, f"{len(problems)} wrong cells, e.g.:\n" + "\n".join(problems[:10])
    return len(published)


def test_first_load_matches_the_independent_sums_at_every_level(backend):
    expected, compared = compare_with_model(backend)
    # The cases the extract was chosen for are really there.
    assert "12034ZZZZ" not in PARENTS[("statsec2019", "statsec2024")], "12034ZZZZ should be an orphan sector"
    assert expected["gemeente2024"][("v2506_elek_res_cons", "2021", "21004")] == -99999
    assert isinstance(expected["centrumsteden"][("v2506_elek_res_cons", "2021", "centrumsteden")], float)
    assert compared > 20_000


def test_the_demo_matches_the_independent_sums_of_the_whole_upload(server):
    """The session's demo server (conftest): all of Flanders, every orphan sector, from gemeente level up."""
    workbook = openpyxl.load_workbook(DEMO / "upload_elektriciteit_verbruik.xlsx", read_only=True)
    rows = workbook.worksheets[0].iter_rows(values_only=True)
    header = next(rows)
    loaded = {}
    for row in rows:
        for column, indicator in enumerate(header[2:-1], start=2):
            loaded[(indicator, str(int(row[1])), _code(row[0]))] = float(row[column])
    orphans = sorted({area for (_, _, area) in loaded} - set(PARENTS[("statsec2019", "statsec2024")]))
    assert len(orphans) == 8 and all(code.endswith("ZZZZ") for code in orphans), orphans
    expected = expected_totals(loaded)
    for level in ["gemeente2024", "provincie2024", "gewest", "centrumsteden"]:
        query = urllib.parse.urlencode({"indicators": ",".join(LOADED), "level": level, "periods": "all"})
        with urllib.request.urlopen(f"{server}/api/v1/data?{query}", timeout=120) as response:
            cells = json.loads(response.read())["data"]
        published = {(c["indicator"], c["period"], c["area"]): (c["value"], c["status"]) for c in cells}
        assert check_level(level, expected[level], published) > 0


def test_replace_reimport_recomputes_every_level(backend):
    # setup: a file for 2021 only, for the sectors of 12034 and 44029, every value changed; one sector −99997 for
    # one indicator (the totals above it become unknown), one −99996 (adds nothing)
    loaded = backend.loaded
    changed = {key: (value * 1.5 + 7 if value not in STATUS_OF_CODE else value)
               for key, value in loaded.items() if key[1] == "2021" and key[2].startswith(("12034", "44029"))}
    changed[("v2506_gas_res_cons", "2021", "12034A01-")] = -99997
    changed[("v2506_elek_res_n", "2021", "44029A00-")] = -99996
    # act
    status, body = backend.upload("vervang.csv", write_extract(changed), "replace")
    assert status == 201, body
    # check: replace drops every loaded 2021 value of these indicators at statsec2019 (Brugge and Brussel too)
    for key in [key for key in loaded if key[1] == "2021"]:
        del loaded[key]
    loaded.update(changed)
    expected, _ = compare_with_model(backend)
    assert expected["gemeente2024"][("v2506_gas_res_cons", "2021", ancestor("12034A01-", "gemeente2024"))] == -99997
    assert ("v2506_gas_res_cons", "2021", "31005") not in expected["gemeente2024"]


def test_append_reimport_recomputes_every_level(backend):
    # setup: changed 2020 values for Brugge's sectors, a new period 2022 for three sectors, everything else kept
    loaded = backend.loaded
    changed = {key: (value + 1000 if value not in STATUS_OF_CODE else value)
               for key, value in loaded.items() if key[1] == "2020" and key[2].startswith("31005")}
    first_of_brugge = min(area for (_, _, area) in loaded if area.startswith("31005"))
    for area in [first_of_brugge, "31005ZZZZ", "12034ZZZZ"]:
        for indicator in LOADED:
            changed[(indicator, "2022", area)] = 42.0
    # act
    status, body = backend.upload("aanvulling.csv", write_extract(changed), "append")
    assert status == 201, body
    # check
    loaded.update(changed)
    expected, _ = compare_with_model(backend)
    # 12034ZZZZ is an orphan: its 2022 value counts for no level above
    assert ancestor("12034ZZZZ", "statsec2024") is None
    assert {key[2] for key in expected["gemeente2024"] if key[1] == "2022"} == {"31005"}


def snapshot(server):
    """Every stored value (the loaded indicators and their totals; formulas are computed on read from these), as
    published, at every level the data reaches."""
    indicators = LOADED
    expected = expected_totals(server.loaded)
    state = {}
    for level in LEVELS:
        areas = sorted({area for (_, _, area) in expected.get(level, {})}) if level in OUTSIDE else None
        state[level] = server.published(level, indicators, areas)
    return state


def test_refused_imports_change_no_value(backend):
    before = snapshot(backend)
    rows = write_extract({key: (value + 5 if value not in STATUS_OF_CODE else value)
                          for key, value in backend.loaded.items()}).splitlines()
    middle = len(rows) // 2
    # A bad number in the middle (file row middle + 1, column C) of a file whose other rows change every value.
    cells = rows[middle].split(";")
    cells[2] = "geen getal"
    bad_value = rows[:middle] + [";".join(cells)] + rows[middle + 1:]
    status, body = backend.upload("slecht_getal.csv", "\n".join(bad_value) + "\n", "replace")
    assert status == 422, body
    assert "slecht_getal.csv" in body and f"rij {middle + 1}" in body
    # An unknown area in the middle, appended.
    unknown = rows[:middle] + ["99999XXXX;2021" + ";1" * len(LOADED) + ";statsec2019"] + rows[middle:]
    status, body = backend.upload("onbekend_gebied.csv", "\n".join(unknown) + "\n", "append")
    assert status == 422, body
    assert "99999XXXX" in body
    # The same through the command line: exit 1, nothing written.
    path = backend.workdir / "slecht_getal.csv"
    path.write_text("\n".join(bad_value) + "\n", encoding="utf-8")
    result = backend.run("import", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    after = snapshot(backend)
    for level in LEVELS:
        changed = [key for key in before[level] if before[level][key] != after[level].get(key)]
        assert before[level].keys() == after[level].keys(), level
        assert not changed, f"{level}: {len(changed)} values changed by a refused import, e.g. {changed[:3]}"


SUPPRESSED_INDICATORS = ["vp2506_elek_nietres_n", "vp2506_gas_nietres_n"]


def _by_format(server, fmt, level, areas):
    raw = server.get("/api/v1/data", indicators=",".join(SUPPRESSED_INDICATORS), level=level, periods="all",
                     areas=",".join(areas), format=fmt)
    return raw


def _jsonstat_suppressed(cube):
    """(indicator, period, area) of the cells a JSON-stat dataset marks suppressed; each must have a null value."""
    ids = cube["id"]
    categories = [cube["dimension"][d]["category"]["index"] for d in ids]
    statuses = cube.get("status", {})
    found = set()
    for index, value in enumerate(cube["value"]):
        position, coordinates = index, []
        for size in reversed(cube["size"]):
            coordinates.append(position % size)
            position //= size
        coordinates.reverse()
        named = dict(zip(ids, (categories[d][c] for d, c in enumerate(coordinates))))
        status = statuses.get(str(index)) if isinstance(statuses, dict) else statuses[index]
        if status == "suppressed":
            assert value is None, named
            found.add((named["indicator"], named["period"], named["area"]))
    return found


def test_suppression_is_the_same_in_every_format(backend):
    level = "statsec2019"
    areas = sorted({area for (_, _, area) in backend.loaded if area.startswith(("12034", "44029"))})
    reference = backend.published(level, SUPPRESSED_INDICATORS, areas)
    suppressed = {key for key, (_, status) in reference.items() if status == "suppressed"}
    assert suppressed, "the selection should hold suppressed cells"
    assert all(reference[key][0] is None for key in suppressed)
    # Independent: suppressed exactly where the base (the aggregation indicator, threshold 10) is below 10 and the
    # figure itself exists and is not zero.
    for key, (_, status) in reference.items():
        indicator, period, area = key
        base = backend.loaded.get((INDICATORS[indicator]["aggregation"], period, area))
        numerator = backend.loaded.get((indicator.replace("vp", "v", 1).rsplit("_n", 1)[0] + "_cons", period, area))
        if base is None or base in STATUS_OF_CODE or numerator is None or numerator in STATUS_OF_CODE:
            continue
        should = 0 < base < 10 and numerator != 0
        assert (status == "suppressed") == should, f"{key}: status {status}, base {base}, numerator {numerator}"

    # CSV: an empty value with the same status
    text = _by_format(backend, "csv", level, areas).decode("utf-8-sig")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    table = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    csv_suppressed = {(row["indicator"], row["period"], row["area"]) for row in table if row["status"] == "suppressed"}
    assert csv_suppressed == suppressed
    assert all(row["value"] == "" for row in table if row["status"] == "suppressed")

    # JSON-stat: null with the status
    assert _jsonstat_suppressed(json.loads(_by_format(backend, "jsonstat", level, areas))) == suppressed

    # GeoJSON: per feature, the value null and its status beside it
    features = json.loads(_by_format(backend, "geojson", level, areas))["features"]
    geo_suppressed = set()
    for feature in features:
        for name, status in feature["properties"].items():
            if name.endswith(" status") and status == "suppressed":
                indicator, period = name[:-len(" status")].split(" ")
                assert feature["properties"][f"{indicator} {period}"] is None
                geo_suppressed.add((indicator, period, feature["properties"]["code"]))
    assert geo_suppressed == suppressed

    # stadsbeeld export, as a visitor gets it: the same cells empty, with their status, in each of its formats
    for fmt in ["json", "csv", "jsonstat"]:
        output = backend.workdir / f"export.{fmt}"
        result = backend.run("export", "--indicators", ",".join(SUPPRESSED_INDICATORS), "--level", level,
                             "--areas", ",".join(areas), "--periods", "all", "--format", fmt, "--output", str(output))
        assert result.returncode == 0, result.stdout + result.stderr
        text = output.read_text(encoding="utf-8-sig")
        if fmt == "json":
            cells = json.loads(text)["data"]
            assert {(c["indicator"], c["period"], c["area"]) for c in cells if c["status"] == "suppressed"} == suppressed
            assert all(c["value"] is None for c in cells if c["status"] == "suppressed")
        elif fmt == "csv":
            first = text.splitlines()[0]
            rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ","))
            assert {(r["indicator"], r["period"], r["area"]) for r in rows if r["status"] == "suppressed"} == suppressed
            assert all(r["value"] == "" for r in rows if r["status"] == "suppressed")
        else:
            assert _jsonstat_suppressed(json.loads(text)) == suppressed


def test_export_of_a_large_selection_writes_every_value(backend):
    output = backend.workdir / "groot.csv"
    result = backend.run("export", "--indicator", "v2506_elek_res_cons", "--level", "statsec2019", "--periods", "all",
                         "--format", "csv", "--output", str(output))
    assert result.returncode == 0, result.stdout + result.stderr
    rows = output.read_text(encoding="utf-8-sig").splitlines()
    # every statsec2019 area × 4 periods (2018–2021), plus the appended 2022, plus the header
    assert len(rows) > 40_000
