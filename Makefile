# make scan REPO=/path/to/repo   set up, build in release mode, scan that repository's whole history
# make test                      set up and run the whole test suite
# make install PREFIX=/usr/local the binary and its rules, runnable from any directory
PREFIX ?= /usr/local
REPO ?= $(CURDIR)
ARGS ?=
RELEASE_DIR = .build/release

.PHONY: deps build scan test install uninstall clean

deps:
	@scripts/install-deps.sh

build: deps
	swift build -c release --product dredge --static-swift-stdlib

# Exit 1 means findings, which is what a scan is for: only an error (exit 2) fails the target.
scan: build
	@$(RELEASE_DIR)/dredge scan "$(REPO)" $(ARGS); status=$$?; \
	  if [ $$status -eq 1 ]; then echo "make scan: findings reported (dredge exit 1)" >&2; exit 0; fi; exit $$status

# The tests get a real PostgreSQL server of their own (scripts/with-test-postgres.sh), stopped afterwards.
test: deps
	swift build --build-tests
	scripts/with-test-postgres.sh swift test --skip-build

install: build
	install -d "$(PREFIX)/bin"
	install -m 0755 $(RELEASE_DIR)/dredge "$(PREFIX)/bin/dredge"
	rm -rf "$(PREFIX)/bin/dredge_BuiltinPatterns.resources"
	cp -R $(RELEASE_DIR)/dredge_BuiltinPatterns.resources "$(PREFIX)/bin/"

uninstall:
	rm -rf "$(PREFIX)/bin/dredge" "$(PREFIX)/bin/dredge_BuiltinPatterns.resources"

clean:
	swift package clean
