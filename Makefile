# One command each for the things a developer does. See README.md.
SWIFT ?= swift
DB ?= stadsbeeld.sqlite

.PHONY: build demo serve test test-swift test-python release clean bench bench-deps fuzz reliability

build:
	$(SWIFT) build

## Loads the demo data into the embedded SQLite database and starts the server on http://127.0.0.1:8080
demo: build
	DATABASE_PATH=$(DB) $(SWIFT) run stadsbeeld demo
	DATABASE_PATH=$(DB) $(SWIFT) run stadsbeeld serve --hostname 127.0.0.1 --port 8080

serve: build
	DATABASE_PATH=$(DB) $(SWIFT) run stadsbeeld serve --hostname 127.0.0.1 --port 8080

## The whole test suite: Swift tests (SQLite always; PostgreSQL when TEST_DATABASE_URL is set, mandatory in CI),
## then the Python tests that drive a real server (the stadincijfers client).
test: test-swift test-python

test-swift:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Two workers when pytest-xdist is installed (CI installs it): each runs whole files and starts its own demo server.
test-python: build
	if python3 -c "import xdist" 2>/dev/null; then python3 -m pytest -q -n 2 --dist loadfile systemtests; \
	else python3 -m pytest -q systemtests; fi

## The benchmark harness (docs/performance.md): import and queries against pandas, sqlite3 .import and Datasette.
bench:
	scripts/bench

## What the harness needs besides Swift (Debian and PyPI).
bench-deps:
	apt-get update -qq && apt-get install -y -qq wrk sqlite3 time
	python3 -m pip install -q pandas openpyxl datasette==0.65.5

## libFuzzer on the CSV reader, the XLSX reader and the formula parser, FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz $(FUZZ_SECONDS)

## The reliability checks at full strength (docs/reliability.md): more kills than CI's five, then load with faults.
reliability: build
	CRASH_RUNS=20 python3 -m pytest -q -s systemtests/test_crash_safety.py systemtests/test_load_with_faults.py systemtests/test_api_schema.py

release:
	$(SWIFT) build -c release

clean:
	rm -rf .build
