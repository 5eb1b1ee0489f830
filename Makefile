# BackInStock: the two commands a newcomer needs are `make run` and `make test`.
CONFIG      ?= Release
URL         ?= http://localhost:5080
GATEWAY_DIR := src/Gateway/bin/$(CONFIG)/net10.0
GATEWAY_DLL := $(GATEWAY_DIR)/BackInStock.Gateway.dll

.PHONY: run test build restore lint clean bench bench-report browser typescript prism contract-suite soak fuzz mutation sample \
        pack dist dist-test image image-test containers

## run: build and start the gateway with the in-process emulator; prints its URLs and the dev API key
run:
	dotnet build src/Gateway/BackInStock.Gateway.csproj -c $(CONFIG) --nologo -v quiet
	ASPNETCORE_ENVIRONMENT=Development dotnet $(GATEWAY_DLL) --contentRoot $(CURDIR)/$(GATEWAY_DIR) --urls $(URL)

## test: lint the contract, build everything (code generated from the contract), run every test (browser tests in headless chromium),
## then the contract suite's valid flows again through Prism as a validating proxy
test: lint typescript build browser
	dotnet test BackInStock.sln -c $(CONFIG) --no-build --nologo
	$(MAKE) --no-print-directory prism
	$(MAKE) --no-print-directory sample

## sample: pack BackInStock.Testing (the fixture for users' own .NET tests) into artifacts/packages, then run
## samples/FixtureConsumer, which takes it from there as a package. Each pack gets its own version, so a copy
## of an earlier pack in the NuGet cache never stands in for this one; earlier ones are removed from the cache.
PACKAGES       := artifacts/packages
SAMPLE_VERSION := 1.0.0-local.$(shell date -u +%Y%m%d%H%M%S)
sample:
	dotnet build src/Testing/BackInStock.Testing.csproj -c $(CONFIG) --nologo -v quiet
	rm -f $(PACKAGES)/BackInStock.Testing.*.nupkg
	dotnet pack src/Testing/BackInStock.Testing.csproj -c $(CONFIG) --no-build --nologo -v quiet -o $(PACKAGES) -p:PackageVersion=$(SAMPLE_VERSION)
	@cache=$$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//'); \
	  find "$$cache/backinstock.testing" -mindepth 1 -maxdepth 1 -type d ! -name '$(SAMPLE_VERSION)' -exec rm -rf {} + 2>/dev/null || true
	dotnet test samples/FixtureConsumer -c $(CONFIG) --nologo -p:BackInStockTestingVersion=$(SAMPLE_VERSION)

## prism: the built gateway behind Stoplight Prism's validating proxy; any request or response violation fails
prism: node_modules/.package-lock.json
	CONFIG=$(CONFIG) bash tests/prism/run.sh

## soak: the reliability tests' long forms: ROUNDS kill -9/restart cycles of SECONDS of mixed load each on one data file
ROUNDS  ?= 10
SECONDS ?= 20
soak: build
	BACKINSTOCK_SOAK_ROUNDS=$(ROUNDS) BACKINSTOCK_SOAK_SECONDS=$(SECONDS) \
	  dotnet test tests/BackInStock.EndToEnd.Tests -c $(CONFIG) --no-build --nologo --filter "FullyQualifiedName~CrashTests|FullyQualifiedName~ConcurrentRequestTests"

## fuzz: mutated contract requests (duplicate and case-variant keys, nulls, Unicode edges, strings at and over maxLength,
## boundary numbers, wrong content types and hosts) against a gateway on loopback for FUZZ_SECONDS (at most 120): no 5xx,
## still serving, a restart on the same file healthy. FUZZ_SEED replays a run. `make test` runs a 15 s form.
FUZZ_SECONDS ?= 110
fuzz: build
	BACKINSTOCK_FUZZ_SECONDS=$(FUZZ_SECONDS) BACKINSTOCK_FUZZ_SEED=$(FUZZ_SEED) \
	  dotnet test tests/BackInStock.Gateway.Tests -c $(CONFIG) --no-build --nologo --filter "FullyQualifiedName~FuzzTests" --logger "console;verbosity=normal"

## mutation: Stryker.NET (a local tool, .config in dotnet-tools.json) over the Emulator's rule files with per-test
## coverage (tests/BackInStock.Emulator.Tests/stryker-config.yaml); reports in artifacts/mutation/, the score per file
## printed; fails under 85% overall or 75% for any file. About 20 minutes on 2 cores; not part of `make test`.
mutation: build
	dotnet tool restore
	rm -rf artifacts/mutation && mkdir -p artifacts/mutation
	cd tests/BackInStock.Emulator.Tests && dotnet stryker -f stryker-config.yaml -O ../../artifacts/mutation --skip-version-check
	bash build/mutation-scores.sh artifacts/mutation/reports/mutation-report.json

## contract-suite: the portable contract suite against any Engage-shaped API (BASE_URL, API_KEY; SKU and LOCALE of a product in its feed),
## then the per-point report: each inferred point of the contract (docs/fidelity.md) as that API answers it beside the emulator
## (match / differs / not exercised), printed and kept in artifacts/fidelity-report.txt
contract-suite:
	BACKINSTOCK_BASE_URL=$(BASE_URL) BACKINSTOCK_API_KEY=$(API_KEY) BACKINSTOCK_SKU=$(SKU) BACKINSTOCK_LOCALE=$(LOCALE) \
	  dotnet test tests/BackInStock.Gateway.Tests -c $(CONFIG) --nologo --filter "FullyQualifiedName~PortableContractTests|FullyQualifiedName~FidelityReportTests.Reports_how"; \
	  status=$$?; cat artifacts/fidelity-report.txt 2>/dev/null; exit $$status

## pack: the `backinstock` .NET tool package in artifacts/packages; install it with
## dotnet tool install -g BackInStock --add-source artifacts/packages   (`make test` installs one into a temporary tool path)
pack:
	dotnet pack src/Gateway/BackInStock.Gateway.csproj -c $(CONFIG) --nologo -v quiet

## dist: single-file, self-contained binaries (no .NET needed) in artifacts/dist/backinstock-<rid>[.exe]
DIST_RIDS ?= linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64
dist:
	bash build/dist.sh $(DIST_RIDS)

## dist-test: the linux-x64 binary run with the machine's .NET hidden (a mount namespace: run as root):
## readyz, dashboard, contract, a keyed API call, its data file (about 40 s, most of it the publish)
dist-test:
	bash build/dist.sh linux-x64
	bash build/dist-test.sh

## image: the container image `backinstock` from the Containerfile, with podman (or docker);
## BASE=<image> builds on another base than Microsoft's runtime-deps:10.0 (with podman on a machine like CI's,
## also CONTAINERS_CONF=build/containers/containers.conf)
image:
	rm -rf artifacts/container/linux-x64
	dotnet publish src/Gateway/BackInStock.Gateway.csproj -c Release -r linux-x64 -p:Distribution=folder -o artifacts/container/linux-x64 --nologo -v quiet
	if command -v podman >/dev/null; then podman build --format docker $(if $(BASE),--build-arg BASE=$(BASE)) -t backinstock -f Containerfile .; \
	  else docker build $(if $(BASE),--build-arg BASE=$(BASE)) -t backinstock -f Containerfile .; fi

## image-test: the Containerfile built on a Debian base made here (debootstrap, cached in ~/.cache/backinstock),
## run with podman: health, dashboard, API, /data volume across a new container, the admin key (about 1-3 min)
image-test: containers
	bash build/image-test.sh

## containers: Debian's podman, runc and debootstrap (settings in build/containers/containers.conf)
containers:
	@command -v podman >/dev/null && command -v runc >/dev/null && command -v debootstrap >/dev/null && command -v buildah >/dev/null \
	  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah runc debootstrap >/dev/null)

## browser: Debian's chromium for the Playwright tests (Playwright's own browser download is not used)
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

build: restore
	dotnet build BackInStock.sln -c $(CONFIG) --no-restore --nologo

restore:
	dotnet restore BackInStock.sln --nologo

## lint: the contract against Spectral's OpenAPI rules (.spectral.yaml); warnings fail. Then the fidelity rules
## must refuse a fixture with an operation missing x-fidelity and malformed ones, or lint fails.
FIDELITY_FIXTURE := tests/BackInStock.Gateway.Tests/Fidelity/unlabelled.yaml
lint: node_modules/.package-lock.json
	npx --no-install spectral lint contracts/openapi.yaml --fail-severity=warn
	@out=$$(npx --no-install spectral lint $(FIDELITY_FIXTURE) --format text 2>&1 || true); \
	  echo "$$out" | grep -q 'fidelity-declared' && [ $$(echo "$$out" | grep -c 'fidelity-format') -eq 3 ] \
	  || { echo "lint: the fidelity rules of .spectral.yaml let $(FIDELITY_FIXTURE) through:" >&2; echo "$$out" >&2; exit 1; }

## typescript: generate the TypeScript types from the contract and type-check the client example against them
typescript: node_modules/.package-lock.json
	npx --no-install openapi-typescript contracts/openapi.yaml -o clients/typescript/generated/backinstock.d.ts
	npx --no-install tsc -p clients/typescript

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

## bench: in-process (loading 1,000,000 subscriptions, PUTs of 1, 100 and 1,000 items; durable writes) then HTTP with wrk
## (start-up, bare Kestrel control, gateway on both stores, the disk's O_DSYNC rate, memory under load, Prism); loopback
## only, bounded; each half records its numbers in bench/results/*.json, then bench-report renders them
BENCH_DLL := bench/BackInStock.Bench/bin/Release/net10.0/BackInStock.Bench.dll
bench:
	dotnet build bench/BackInStock.Bench/BackInStock.Bench.csproj -c Release --nologo -v quiet
	dotnet $(BENCH_DLL) 1000000 100000 1000 bench/results
	bash bench/http.sh
	$(MAKE) --no-print-directory bench-report

## bench-report: bench/RESULTS.md (issue 16's goals, then the detail) and bench/results.svg from bench/results/, without measuring
bench-report:
	dotnet build bench/BackInStock.Bench/BackInStock.Bench.csproj -c Release --nologo -v quiet
	dotnet $(BENCH_DLL) render bench/results bench/RESULTS.md bench/results.svg

clean:
	dotnet clean BackInStock.sln -c $(CONFIG) --nologo -v quiet
