# woo-redact — the two commands of the README, plus the recipes behind them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test lint model bench samples clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## make demo: set up, then redact samples/ into out/
demo: setup
	rm -rf out
	@# exit 1 means some file was withheld for review: a normal outcome, shown in out/batch.json
	$(BIN)/redact batch samples --out out || [ $$? -eq 1 ]
	@echo "Published files: out/publish/   Review manifests: out/review/   Inventory: out/inventory.csv"

## make test: set up, then lint and run the full test suite
test: setup
	$(BIN)/ruff check redact tests samples
	$(BIN)/pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check redact tests samples models/recipe

## make model: retrain the shipped NER model from its recipe (models/recipe/)
model: setup
	$(BIN)/pip install -q --no-deps deduce==3.0.6  # its name and place lists feed the recipe (data only)
	$(BIN)/python models/recipe/make_model.py

## make samples: rebuild the demo documents in samples/
samples: setup
	$(BIN)/python samples/make_samples.py samples

## make bench: throughput and memory figures (prints, never asserts)
bench: setup
	$(BIN)/python tests/bench/throughput.py

clean:
	rm -rf out build dist .pytest_cache
