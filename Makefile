# The README's two commands: `make run` and `make test`. Nothing else is needed on a
# fresh machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
E2E_STAMP := $(VENV)/.installed-e2e
CHROMIUM := /usr/bin/chromium

.PHONY: run test e2e lint format bench train-splitter search-splitter clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "reader needs Python 3.11+")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(E2E_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,e2e]'
	touch $(E2E_STAMP)

# Debian's Chromium, driven by Playwright through executable_path (no browser download).
$(CHROMIUM):
	apt-get update && apt-get install -y chromium

run: $(STAMP)
	$(BIN)/reader seeds/

# Bytecode is cached even where the environment says not to (PYTHONDONTWRITEBYTECODE):
# otherwise each worker compiles and assertion-rewrites every module on every run, and
# each reader the tests start compiles what it imports again.
# Two workers a core and one more: a worker sleeps about as long as it computes (pilot apps
# waiting for Textual's idle windows, the processes tests start, kills), so with one worker
# more than the cores the suite was bound by its sleeps, not its CPU; the others run in
# them (docs/performance.md, suite27, suite31).
WORKERS ?= $(shell echo $$(( 2 * $$(nproc) + 1 )))
# The test modules' rewritten assertions and every module's bytecode cached first
# (`tests/warm.py`), beside the import linter: on a fresh clone each worker made them all
# itself before its first test (suite32).
test: $(STAMP)
	$(BIN)/ruff check .
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m tests.warm & \
	$(BIN)/lint-imports; linted=$$?; wait; exit $$linted
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n $(WORKERS) --dist worksteal

e2e: $(E2E_STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q --e2e tests/e2e

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m bench

# The splitter's start and field models (reader/dumps/start_model.json, field_model.json)
# from the gold of the halves each may be trained on, fitted with the choices recorded in
# bench/model_choices.json: the same text and choices give the same bytes, the shipped ones.
# The field model first: the start model's candidates are split with it, its own lines
# with the rules alone.
train-splitter: $(STAMP)
	$(BIN)/python -m bench.train_fields
	$(BIN)/python -m bench.train_splitter

# Cross-validates each model's L2 and threshold (the start model's margin, and the rules'
# verdict as a feature or only a prior, too) on the same text, one half (one source) held out
# at a time, records a choice in bench/model_choices.json only where its own scores beat the
# recorded one's beyond noise, half by half (bench/model_choices.py), and fits as
# train-splitter does: some 4 minutes of CPU.
search-splitter: $(STAMP)
	$(BIN)/python -m bench.train_fields --search
	$(BIN)/python -m bench.train_splitter --search

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
