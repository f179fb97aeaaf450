# stellung — every target works on a fresh machine: it creates .venv and installs
# the pinned, hash-checked dependencies (requirements.lock) first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED := ../shared

.PHONY: install demo test bench eval lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/stellung analyze src/stellung/data/sample-article.txt

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/corpus_bench.py

eval: $(STAMP)
	@if [ -f $(SHARED)/eval/score.py ]; then \
	  for task in events actors attributions; do \
	    echo "== $$task"; \
	    $(BIN)/python $(SHARED)/eval/score.py $$task $(SHARED)/eval/$${task}_dev.jsonl --cmd "$(BIN)/stellung analyze --format jsonl" | tail -n 4; \
	  done; \
	  echo "== actors, stellung's own cases (eval/actors_cases.jsonl)"; \
	  $(BIN)/python $(SHARED)/eval/score.py actors eval/actors_cases.jsonl --cmd "$(BIN)/stellung analyze --format jsonl" | tail -n 1; \
	  echo "== attributions, stellung's own cases (eval/attributions_cases.jsonl)"; \
	  $(BIN)/python $(SHARED)/eval/score.py attributions eval/attributions_cases.jsonl --cmd "$(BIN)/stellung analyze --format jsonl" | tail -n 1; \
	  for set in eval/events_*.jsonl; do \
	    echo "== events, stellung's own cases ($$set)"; \
	    $(BIN)/python $(SHARED)/eval/score.py events $$set --cmd "$(BIN)/stellung analyze --format jsonl" | tail -n 1; \
	  done; \
	else echo "$(SHARED)/eval not found: the dev sets live beside the project, in ../shared; nothing to score"; fi

# Re-pin after changing requirements.in (needs uv: pip install uv).
lock:
	uv pip compile requirements.in --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache benchmarks/results
