# The two commands of the README:
#   make run    install missing Debian packages, build (Release), install, index corpus/, search
#   make test   the same set-up, then every test through ctest
#   make bench  build, then bench/run.sh --size $(BENCH_SIZE) (see docs/benchmarks.md)
#   make test-sanitize  every test again, built with AddressSanitizer + UBSan in $(ASAN_DIR)
#   make fuzz   the libFuzzer targets in fuzz/, each for $(FUZZ_SECONDS) s (needs clang)
# PREFIX (default /usr/local) is where `cmake --install` puts news-index and news-search.

PREFIX    ?= /usr/local
BUILD_DIR ?= build
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
QUERY     ?= security guarantees
BENCH_SIZE ?= 10000
ASAN_DIR  ?= build-asan
FUZZ_DIR  ?= build-fuzz
FUZZ_SECONDS ?= 60
# Xapian's own leak when a query field processor throws: see fuzz/lsan.supp.
SAN_ENV   := LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp \
             UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
SUDO      := $(shell [ "$$(id -u)" -eq 0 ] || [ -w "$(PREFIX)" ] || echo sudo)

.PHONY: all deps configure build install run test bench clean test-sanitize fuzz

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null

build: configure
	@MAKEFLAGS=--no-print-directory cmake --build $(BUILD_DIR) -j $(JOBS)

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

test-sanitize: deps
	@cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
	  -DNEWS_SANITIZE=ON >/dev/null
	@MAKEFLAGS=--no-print-directory cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && $(SAN_ENV) ctest --output-on-failure -j $(JOBS)

fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DNEWS_FUZZ=ON -DNEWS_BUILD_TESTS=OFF >/dev/null
	@MAKEFLAGS=--no-print-directory cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_article fuzz_query
	@mkdir -p $(FUZZ_DIR)/corpus/article $(FUZZ_DIR)/corpus/query
	$(SAN_ENV) $(FUZZ_DIR)/fuzz/fuzz_article -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -artifact_prefix=$(FUZZ_DIR)/crash-article- $(FUZZ_DIR)/corpus/article \
	  fuzz/seeds/article tests/data/labelled
	$(SAN_ENV) $(FUZZ_DIR)/fuzz/fuzz_query -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  -artifact_prefix=$(FUZZ_DIR)/crash-query- $(FUZZ_DIR)/corpus/query fuzz/seeds/query \
	  fuzz/regressions/query
