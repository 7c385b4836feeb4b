# Report Analyzer: the two commands a newcomer needs.
#   make serve   install what is missing, build the page, serve it on http://127.0.0.1:8080/
#   make test    install what is missing, then run every check and test
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver

.PHONY: setup build serve test fmt-check clippy test-native test-wasm test-e2e bench

setup:
	@scripts/setup.sh

build: setup
	trunk build --release

serve: build
	@echo "Report Analyzer is served at http://127.0.0.1:$(PORT)/  (Ctrl-C stops it)"
	@cd dist && python3 -m http.server --bind 127.0.0.1 $(PORT)

test: setup fmt-check clippy test-native test-wasm build test-e2e
	@echo "all checks passed"

fmt-check:
	cargo fmt --all -- --check

# The browser-only code (the worker's message loop, the page's worker bridge and JS API) is
# compiled for wasm32 only, so it gets its own lint pass.
clippy:
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p report-analyzer-web -p report-worker -- -D warnings

test-native:
	cargo test --locked --workspace

test-wasm:
	$(WASM_TEST_ENV) cargo test --locked -p report-core --target wasm32-unknown-unknown --test wasm

# The e2e tests compare the page with the CLI through `cargo run`: build both profiles first, so
# that no test spends its time limit compiling.
test-e2e:
	cargo build --locked -p report-analyzer-cli
	cargo build --locked --release -p report-analyzer-cli
	npm run e2e

bench: setup
	scripts/bench.sh
