# styr: `make demo` serves the app with the demo data; `make test` runs every check and test.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers: the machines this runs on have two cores.
PYTEST_WORKERS ?= 2

.PHONY: install system-deps messages demo serve test lint typecheck migrations-check \
	test-sqlite test-postgres bench

install:
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet --root-user-action=ignore uv==0.13.9
	uv sync --frozen
	@$(MAKE) --no-print-directory messages

messages:
	@command -v msgfmt >/dev/null 2>&1 || scripts/apt-install.sh gettext
	DEBUG=true $(PY) manage.py compilemessages --ignore=.venv --verbosity 0

# What the tests need from Debian: the browser for Playwright, PostgreSQL, PDF tools,
# and Node.js for the OpenID Connect provider that the sign-in browser tests start.
system-deps: tests/oidc/node_modules/.package-lock.json
	scripts/apt-install.sh chromium fonts-liberation postgresql poppler-utils gettext

# The test provider's packages (tests/oidc/package-lock.json), installed again when it changes.
tests/oidc/node_modules/.package-lock.json: tests/oidc/package.json tests/oidc/package-lock.json
	@command -v npm >/dev/null 2>&1 || scripts/apt-install.sh nodejs npm
	npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
	@touch $@

demo: install
	mkdir -p var
	DEBUG=true $(PY) manage.py migrate --verbosity 0
	DEBUG=true $(PY) manage.py load_demo
	@echo "styr is served on http://$(HOST):$(PORT)/ with a worker for documents (stop with Ctrl+C)"
	DEBUG=true $(PY) manage.py run_worker --processes=1 & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker' EXIT; \
	DEBUG=true $(PY) manage.py runserver $(HOST):$(PORT) --noreload

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

typecheck:
	.venv/bin/mypy

migrations-check:
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run

# Both build their test databases from the models; tests/test_migrations_apply.py runs every
# migration on an empty PostgreSQL database (decision 0013).
test-sqlite:
	.venv/bin/pytest -n $(PYTEST_WORKERS) --nomigrations

# What drives pages and documents over the same queries runs once, on SQLite (decision 0013).
# The demo is loaded by `make demo` on SQLite: the tests of its content run there.
POSTGRES_SCOPE ?= --ignore=tests/browser --ignore=tests/reports \
	--ignore=tests/permissions/test_page_matrix.py --ignore=tests/permissions/test_api_matrix.py \
	--ignore=tests/api/test_schemathesis.py --ignore=tests/audits/test_rules.py \
	--ignore=tests/test_demo_data.py --ignore=tests/test_demo_history_dates.py \
	--ignore=tests/audits/test_seed_003.py --ignore=tests/economy/test_demo_measures.py \
	--ignore=tests/exchange/test_demo_economy.py

test-postgres:
	scripts/with-postgres.sh .venv/bin/pytest -n $(PYTEST_WORKERS) --nomigrations $(POSTGRES_SCOPE)

test: install system-deps lint typecheck migrations-check test-sqlite test-postgres

bench: install system-deps
	$(PY) -m benchmarks
	scripts/with-postgres.sh $(PY) -m benchmarks
