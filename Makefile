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
	swift build -c release --product dredge

scan: build
	$(RELEASE_DIR)/dredge scan "$(REPO)" $(ARGS)

test: deps
	swift build --build-tests
	swift test --skip-build

install: build
	install -d "$(PREFIX)/bin"
	install -m 0755 $(RELEASE_DIR)/dredge "$(PREFIX)/bin/dredge"
	rm -rf "$(PREFIX)/bin/dredge_BuiltinPatterns.resources"
	cp -R $(RELEASE_DIR)/dredge_BuiltinPatterns.resources "$(PREFIX)/bin/"

uninstall:
	rm -rf "$(PREFIX)/bin/dredge" "$(PREFIX)/bin/dredge_BuiltinPatterns.resources"

clean:
	swift package clean
