# Token Manager — a webapp-only Mattermost plugin. The verbs follow the Mattermost plugin starter template;
# the tools behind them are Node. `make help` lists them.

PORT ?= 8065
NPM_STAMP := node_modules/.package-lock.json
PLUGIN_ID := $(shell node -p "require('./plugin.json').id")
PLUGIN_VERSION := $(shell node -p "require('./plugin.json').version")
BUNDLE := dist/$(PLUGIN_ID)-$(PLUGIN_VERSION).tar.gz

.DEFAULT_GOAL := all

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

.PHONY: install
install: $(NPM_STAMP) ## Install the locked dependencies (npm ci) when package files change

.PHONY: all
all: check-style test dist ## Check style, run every test and build the bundle

.PHONY: build
build: $(NPM_STAMP) ## Build the webapp bundle (webapp/dist/main.js) from plugin.json and webapp/src
	npm run --silent build

.PHONY: dist
dist: build ## Build dist/<id>-<version>.tar.gz, the bundle you upload in the System Console
	npx tsx build/bundle.ts

.PHONY: deploy
deploy: dist ## Install into a running server: MM_SERVICESETTINGS_SITEURL and MM_ADMIN_TOKEN (or MM_ADMIN_USERNAME/MM_ADMIN_PASSWORD)
	npx tsx build/deploy.ts $(BUNDLE)

.PHONY: sandbox-host
sandbox-host: $(NPM_STAMP)
	npm run --silent build:host

.PHONY: demo
demo: build sandbox-host ## Build, then serve the plugin in the sandbox on 127.0.0.1:$(PORT) (see README for switches)
	npx tsx sandbox/run.ts --port $(PORT)

.PHONY: screenshots
screenshots: build sandbox-host ## Screenshots of every view in the light and dark themes, into e2e/artifacts/screenshots/
	npx tsx e2e/screenshots.ts

.PHONY: watch
watch: $(NPM_STAMP) ## Rebuild the webapp bundle on change
	npx webpack --mode=development --watch

.PHONY: check-style
check-style: $(NPM_STAMP) ## Type check (tsc --noEmit), lint (ESLint), formatting (Prettier), manifest module and i18n checks
	npx tsc --noEmit
	npx prettier --check --log-level warn .
	npx eslint --max-warnings=0 .
	npx tsx build/manifest.ts --check
	npx tsx build/i18n.ts --check

.PHONY: format
format: $(NPM_STAMP) ## Format the code with Prettier (.prettierrc.json)
	npx prettier --write --log-level warn .

.PHONY: i18n-extract
i18n-extract: $(NPM_STAMP) ## Regenerate webapp/src/i18n/en.json from the messages modules
	npx tsx build/i18n.ts --write

.PHONY: test-unit
test-unit: $(NPM_STAMP) ## Jest: unit, component and sandbox-over-HTTP tests
	npx jest --ci

.PHONY: test-e2e
test-e2e: build sandbox-host ## Playwright Test + Chromium against the sandbox (installs nothing; needs /usr/bin/chromium)
	npx tsx e2e/run.ts

.PHONY: test
test: check-style build sandbox-host ## Everything CI runs: style checks, Jest, bundle checks, browser tests
	npx jest --ci
	npx tsx build/check_bundle.ts
	npx tsx e2e/run.ts

.PHONY: bench
bench: build sandbox-host ## Every benchmark: bridge, inventory (10k and 100k, Chromium), bulk (about 2 min), paste guard, risk view
	npm run --silent bench:bridge
	npm run --silent bench:inventory
	npm run --silent bench:bulk
	npm run --silent bench:paste-guard
	npm run --silent bench:risk

.PHONY: soak
soak: build sandbox-host ## The fault soak in Chromium (SOAK_SECONDS, default 100; SOAK_SEED, default 1)
	npm run --silent soak

.PHONY: clean
clean: ## Remove build outputs
	rm -rf dist webapp/dist sandbox/host/dist coverage e2e/artifacts

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'
