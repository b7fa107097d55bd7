# browseract-java: every task a newcomer needs. `make help` lists them.
SHELL := /bin/bash
MVN ?= mvn -B
PRISM_BIN := contract-tests/node_modules/.bin/prism
SPEC := openapi/browseract.yaml
DEMO_PORT ?= 4010
DEMO_WORKFLOW ?= 77638424152140851
PRISM ?= npm

.DEFAULT_GOAL := help
.PHONY: help build test contract mock demo contract-live clean check-tools

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

check-tools:
	@command -v java >/dev/null || { echo "java not found: install JDK 17 or newer"; exit 1; }
	@command -v mvn >/dev/null || { echo "mvn not found: install Maven 3.8 or newer"; exit 1; }
	@command -v npm >/dev/null || { echo "npm not found: install Node.js 18 or newer (Prism, the mock server, runs on it)"; exit 1; }

$(PRISM_BIN): contract-tests/package.json contract-tests/package-lock.json
	@command -v npm >/dev/null || { echo "npm not found: install Node.js 18 or newer (Prism, the mock server, runs on it)"; exit 1; }
	cd contract-tests && npm ci --no-audit --no-fund
	@touch $@

build: check-tools $(PRISM_BIN) ## Build the SDK jar and the CLI (bin/browseract), without tests
	$(MVN) -q install -DskipTests

test: check-tools $(PRISM_BIN) ## Run every test: SDK unit tests, CLI tests, contract tests against Prism
	$(MVN) verify

contract: check-tools $(PRISM_BIN) ## Run only the contract tests against Prism
	$(MVN) verify -pl generated-client,cli,contract-tests -Dtest='*ContractTest' -Dsurefire.failIfNoSpecifiedTests=false

mock: ## Serve the spec with Prism on port $(DEMO_PORT) in the foreground (PRISM=docker to use Docker)
ifeq ($(PRISM),docker)
	docker run --rm --init -p $(DEMO_PORT):4010 -v "$(CURDIR)/openapi:/spec:ro" stoplight/prism:5 mock -h 0.0.0.0 /spec/browseract.yaml
else
	@$(MAKE) --no-print-directory $(PRISM_BIN)
	$(PRISM_BIN) mock -h 127.0.0.1 -p $(DEMO_PORT) $(SPEC)
endif

demo: ## Run a workflow and wait for it with the CLI, against the Prism mock (no API key needed)
	@test -f cli/target/browseract-cli.jar || $(MAKE) --no-print-directory build
	@$(MAKE) --no-print-directory $(PRISM_BIN)
	@set -euo pipefail; \
	$(PRISM_BIN) mock -h 127.0.0.1 -p $(DEMO_PORT) $(SPEC) > target-prism-demo.log 2>&1 & prism_pid=$$!; \
	trap 'kill $$prism_pid 2>/dev/null; wait $$prism_pid 2>/dev/null || true; rm -f target-prism-demo.log' EXIT; \
	for i in $$(seq 1 100); do \
	  (exec 3<>/dev/tcp/127.0.0.1/$(DEMO_PORT)) 2>/dev/null && break; \
	  kill -0 $$prism_pid 2>/dev/null || { cat target-prism-demo.log; exit 1; }; sleep 0.1; \
	done; \
	echo "\$$ browseract run $(DEMO_WORKFLOW) -i keyword=laptops --wait"; \
	BROWSERACT_API_KEY=demo-key BROWSERACT_BASE_URL=http://127.0.0.1:$(DEMO_PORT) \
	  bin/browseract run $(DEMO_WORKFLOW) -i keyword=laptops --wait

contract-live: check-tools $(PRISM_BIN) ## Check real API answers against the spec through a Prism proxy (needs BROWSERACT_API_KEY)
	@test -n "$$BROWSERACT_API_KEY" || { echo "BROWSERACT_API_KEY is not set"; exit 1; }
	$(MVN) verify -pl generated-client,contract-tests -Dtest=LiveContractTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dcontract.upstream=https://api.browseract.com

clean: ## Remove build output and the installed Prism
	$(MVN) -q clean
	rm -rf contract-tests/node_modules
