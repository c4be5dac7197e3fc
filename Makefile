# The two commands: `make run` opens the app, `make test` runs the tests. Each sets up first.
.PHONY: run test test-fast setup setup-test setup-train lint bench screenshot package

run: setup
	.venv/bin/tinyspec

test: setup-test
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

# The fast tier: offline, no llama.cpp build, no models, under a minute (docs/ARCHITECTURE.md).
test-fast:
	packaging/bootstrap.sh fast
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m "not models" -q

setup:
	packaging/bootstrap.sh run

setup-test:
	packaging/bootstrap.sh test

# Training (tinyspec train, the Train view): torch, transformers and peft, for the app's venv.
setup-train: setup
	.venv/bin/pip install -e '.[train]'

lint:
	.venv/bin/ruff check .

bench: setup-test
	.venv/bin/python tests/bench/bench_llm_stream.py

screenshot: setup-test
	xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/bench/screenshot.py --page Models --out assets/screenshots/models.png

package: setup
	packaging/build_deb.sh
	packaging/check_deb.sh
