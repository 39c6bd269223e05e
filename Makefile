# The two commands a newcomer needs (README.md): `make demo` and `make test`. Both install
# missing Debian packages first. CI=true selects the warnings-as-errors preset.
PRESET := $(if $(filter true,$(CI)),ci,dev)
BUILD_DIR := build
JOBS ?= 2

.PHONY: all deps configure build test demo bench fuzz format clean

all: build

deps:
	bash packaging/install-deps.sh

configure: deps
	cmake --preset $(PRESET) >/dev/null

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS) --timeout 600

demo: build
	bash tools/demo/run-demo.sh $(BUILD_DIR)

bench: build
	cmake --build $(BUILD_DIR) --target bench

# libFuzzer on every parser of untrusted input (tests/fuzz), FUZZ_SECONDS per target or, with FUZZ_RUNS=N,
# N executions per target, in its own clang build (build-fuzz); the project build stays on g++. A crash
# leaves its input in build-fuzz/fuzz/ and fails the target.
FUZZ_SECONDS ?= 60
fuzz: deps
	cmake --preset fuzz >/dev/null
	cmake --build build-fuzz -j$(JOBS) --target fuzzers
	FUZZ_RUNS=$(FUZZ_RUNS) bash tests/fuzz/run-fuzz.sh build-fuzz $(FUZZ_SECONDS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) build-fuzz
