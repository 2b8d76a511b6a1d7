# One command each for the things a developer does. See README.md.
SWIFT ?= swift
DB ?= stadsbeeld.sqlite

.PHONY: build demo serve test test-swift test-python release clean

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

test-python: build
	python3 -m pytest -q tests/python

release:
	$(SWIFT) build -c release

clean:
	rm -rf .build
