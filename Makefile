# Everything a developer or CI runs. `make setup` is idempotent.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?= openapi.yaml
SOCKETS ?= sockets.yaml

.PHONY: setup generate check-generated spec-diff test lint format bench bench-official demo clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,emulator,cli]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Regenerate generated/elevenlabs_api from openapi.yaml and sockets.yaml (or SPEC=path-or-url).
generate: $(VENV)/.installed
	$(PY) scripts/generate.py --spec $(SPEC) --sockets $(SOCKETS)

# Fails when generated/ differs from what `make generate` writes.
check-generated: generate
	git diff --exit-code --stat -- generated
	test -z "$$(git status --porcelain -- generated)"

# What a newer spec (SPEC=path) changes against openapi.yaml, as a checklist.
spec-diff: $(VENV)/.installed
	$(PY) scripts/spec_diff.py --newer $(SPEC)

test: setup
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(PY) -m ruff format --check elevenlabs_ext scripts tests benchmarks
	$(PY) -m ruff check elevenlabs_ext scripts tests benchmarks
	$(PY) -m mypy elevenlabs_ext scripts benchmarks

format: $(VENV)/.installed
	$(PY) -m ruff format elevenlabs_ext scripts tests benchmarks
	$(PY) -m ruff check --fix elevenlabs_ext scripts tests benchmarks

# Benchmarks print ratios against baselines measured in the same run and update README.md.
# If .venv-official/ exists (make bench-official creates it), the parse benchmark also times
# the official `elevenlabs` SDK on the same body.
OFFICIAL_PY := $(wildcard .venv-official/bin/python)

# README command 1: no key, no network. With ELEVENLABS_API_KEY set it speaks through the real API.
demo: $(VENV)/.installed
	$(PY) -m elevenlabs_ext.emulator.demo

bench: setup
	ELEVENLABS_OFFICIAL_PYTHON=$(OFFICIAL_PY) $(PY) -m benchmarks

bench-official:
	test -x .venv-official/bin/python || $(PYTHON) -m venv .venv-official
	.venv-official/bin/python -m pip install --quiet elevenlabs
	$(MAKE) bench

clean:
	rm -rf $(VENV) .venv-official node_modules .pytest_cache .mypy_cache .ruff_cache
