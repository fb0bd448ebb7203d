# Developer commands. CI runs .ci/run.
PG ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: build test test-pg lint run bench

build:
	go build -o warta ./cmd/warta

test:
	go test ./...

test-pg:
	WARTA_TEST_POSTGRES=$(PG) go test -count=1 ./...

lint:
	gofmt -l $$(git ls-files '*.go')
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

run:
	go run ./cmd/warta serve --demo

bench:
	go run ./bench/pageload
