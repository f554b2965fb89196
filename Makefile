# The two commands of the README:
#   make run    install missing Debian packages, build (Release), install, index corpus/, search
#   make test   the same set-up, then every test through ctest
#   make bench  build, then bench/run.sh --size $(BENCH_SIZE) (see docs/benchmarks.md)
# PREFIX (default /usr/local) is where `cmake --install` puts news-index and news-search.

PREFIX    ?= /usr/local
BUILD_DIR ?= build
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
QUERY     ?= security guarantees
BENCH_SIZE ?= 10000
SUDO      := $(shell [ "$$(id -u)" -eq 0 ] || [ -w "$(PREFIX)" ] || echo sudo)

.PHONY: all deps configure build install run test bench clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null

build: configure
	@MAKEFLAGS= cmake --build $(BUILD_DIR) -j $(JOBS)

install: build
	@$(SUDO) cmake --install $(BUILD_DIR) >/dev/null
	@echo "installed news-index and news-search in $(PREFIX)/bin"

run: install
	$(PREFIX)/bin/news-index corpus/
	$(PREFIX)/bin/news-search "$(QUERY)"

test: install
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/run.sh --size $(BENCH_SIZE) --build $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
