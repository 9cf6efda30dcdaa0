# Two commands do everything on a fresh machine: `make serve` and `make test` (see README).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
EXAMPLES_PORT ?= $(shell echo $$(( $(PORT) + 1 )))

.PHONY: setup build serve scorm test test-native test-wasm test-size test-e2e bench lint

setup:
	@bash scripts/setup.sh

build: setup
	trunk build --release

serve: scorm
	@echo "The app:       http://localhost:$(PORT)/"
	@echo "The examples:  http://localhost:$(EXAMPLES_PORT)/examples/ (a portal embedding it, and an LMS running the SCORM package)"
	python3 scripts/serve.py dist $(PORT) --examples $(EXAMPLES_PORT)

# The SCORM 1.2 package of the release build, for upload to an LMS.
scorm: build
	python3 scripts/scorm_package.py dist leadership-radar-scorm12.zip target/scorm12

test: setup lint test-native test-wasm build scorm test-size test-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --features radar-content/sources -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features first-load -- -D warnings
	@! grep -rn "#\[function_component\]" src/ || (echo "use #[component], not #[function_component]"; exit 1)
	@! grep -rn "style=" src/ index.html || (echo "no inline styles: use classes in styles/"; exit 1)

test-native:
	cargo test --workspace --features radar-content/sources
	node --test tests/scripts/

# Twice: the app as the full module, then as the first-load module (the cargo feature decides which).
test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features first-load --test web_storage

# The first load's bytes against their budget (deterministic, so a test; timings stay in `make bench`).
test-size:
	node scripts/first_load_size.mjs dist

test-e2e:
	npx playwright test

bench: setup
	node bench/run.mjs
	node bench/lighthouse.mjs
