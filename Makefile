# Two commands: `make run` (the main job on seeds/) and `make test` (ruff + pytest).
# Each creates .venv in the project root and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel numpy
	$(PY) -m pip install --quiet -e '.[dev,ray]'
	$(PY) -m pipeline fetch-model
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline run --input seeds --output output/seeds --overwrite

test: $(STAMP)
	$(PY) -m ruff check pipeline tests
	$(PY) -m pytest -q

evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --gold tests/data/seed.jsonl

clean:
	rm -rf $(VENV) output
