# Everything a developer or CI runs. `make setup` is idempotent.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?= openapi.yaml
SOCKETS ?= sockets.yaml

.PHONY: setup generate check-generated check-readme spec-diff test lint format bench bench-official demo clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,emulator,cli]'
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "make: npm not found. The contract tests run the Prism mock server from npm:" >&2; \
	  echo "  install Node.js 18 or newer with npm (https://nodejs.org/, apt install nodejs npm," >&2; \
	  echo "  brew install node), then run make again." >&2; \
	  exit 1; }
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

# mypy --strict over README.md's Python blocks, run as one notebook (tests/test_readme.py runs them).
check-readme: $(VENV)/.installed
	$(PY) scripts/check_readme.py

format: $(VENV)/.installed
	$(PY) -m ruff format elevenlabs_ext scripts tests benchmarks
	$(PY) -m ruff check --fix elevenlabs_ext scripts tests benchmarks

# Benchmarks print ratios against baselines measured in the same run and update README.md.
# If .venv-official/ exists (make bench-official creates it), the parse benchmark also times
# the official `elevenlabs` SDK on the same body.
OFFICIAL_PY := $(wildcard .venv-official/bin/python)

# README command 1: no key, no network. It needs only the package and its emulator extra, so
# without a dev setup it makes a small .venv-demo/ (no generator, linters or test tools);
# after `make setup` it reuses .venv/. With ELEVENLABS_API_KEY set it speaks through the API
# at the client's base URL and says so first; `make demo OFFLINE=1` ignores the key.
DEMO_VENV ?= .venv-demo
ifneq ($(wildcard $(VENV)/.installed),)
DEMO_READY := $(VENV)/.installed
DEMO_PY := $(PY)
else
DEMO_READY := $(DEMO_VENV)/.installed
DEMO_PY := $(DEMO_VENV)/bin/python
endif

demo: $(DEMO_READY)
	$(DEMO_PY) -m elevenlabs_ext.emulator.demo $(if $(OFFLINE),--offline)

$(DEMO_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[emulator]'
	touch $@

bench: setup
	ELEVENLABS_OFFICIAL_PYTHON=$(OFFICIAL_PY) $(PY) -m benchmarks

bench-official:
	test -x .venv-official/bin/python || $(PYTHON) -m venv .venv-official
	.venv-official/bin/python -m pip install --quiet elevenlabs
	$(MAKE) bench

clean:
	rm -rf $(VENV) $(DEMO_VENV) .venv-official node_modules .pytest_cache .mypy_cache .ruff_cache
