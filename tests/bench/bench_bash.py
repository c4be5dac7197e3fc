"""Voice-to-bash speed on this machine, in one run.

    .venv/bin/python tests/bench/bench_bash.py [--reps 300]

Prints: the processor's median per dictation (goal <= 50 us); text to command without the
LLM, gate included, p50/p95 (goal p95 <= 20 ms); with the LLM forced, p50/p95 (goal p95 <=
1.5 s); a 3-second utterance from audio to command with tiny.en (goal <= 1.5 s), beside bare
faster-whisper on the same file with the same settings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.bash.pipeline import BashPipeline
from app.specialists.bash.processor import process
from app.specialists.bash.speech import transcribe_options
from app.specialists.gate import GateSpecialist
from models.store import ModelStore

ROOT = Path(__file__).resolve().parents[2]


def pct(a) -> str:
    a = np.asarray(a)
    return f"p50 {np.percentile(a, 50):8.3f} ms   p95 {np.percentile(a, 95):8.3f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=300)
    args = parser.parse_args()
    items = json.loads((ROOT / "tests/data/bash_devset.json").read_text())
    texts = [i["dictated"] for i in items]

    per = []
    for _ in range(3):
        for t in texts:
            t0 = time.perf_counter()
            process(t)
            per.append((time.perf_counter() - t0) * 1e6)
    print(f"processor alone, {len(texts)} dictations x3: median {np.median(per):.1f} us, "
          f"p95 {np.percentile(per, 95):.1f} us   (goal: median <= 50 us)")

    store = ModelStore()
    service = InferenceService(store, threaded=False)
    with tempfile.TemporaryDirectory() as tmp:
        gate = GateSpecialist(service, folder=Path(tmp) / "gate")
        bash = BashSpecialist(service, gate, history_path=Path(tmp) / "h.sqlite3",
                              words_path=Path(tmp) / "words.json")
        bash.convert("warm up", remember=False)
        no_llm = []
        for i in range(args.reps):
            t0 = time.perf_counter()
            bash.convert(texts[i % len(texts)], use_llm=False, remember=False).outcome()
            no_llm.append((time.perf_counter() - t0) * 1000)
        print(f"text to command, no LLM (gate on, {args.reps} dictations): {pct(no_llm)}"
              "   (goal p95 <= 20 ms)")

        describing = [i["dictated"] for i in items if i["difficulty"] in ("natural", "chaotic")]
        with_llm = []
        job = service.submit("llm", "bench", lambda ctx: ctx)
        ctx = job.result
        pipeline = bash.pipeline(ctx)
        if pipeline.normalizer is not None:  # the trained adapter: the rules keep nothing
            forced = pipeline
            forced._rules_keep = lambda *_: False  # type: ignore[method-assign]
        else:  # an untrained LLM: the gate always asks for it
            forced = BashPipeline(gate=lambda _t: 1.0, llm=pipeline.llm)
        forced_route = 0
        for text in describing[:40]:
            t0 = time.perf_counter()
            result = forced.run(text + " with the files in this folder")  # forces the LLM
            with_llm.append((time.perf_counter() - t0) * 1000)
            forced_route += any(s.name in ("llm", "normalizer") for s in result.stages)
        print(f"text to command, LLM forced ({forced_route} of {len(with_llm)} went through "
              f"SmolLM2-135M): {pct(with_llm)}   (goal p95 <= 1500 ms)")

        from piper import PiperVoice

        voice = PiperVoice.load(str(store.require("piper-joe-medium")))
        wav = Path(tmp) / "utt.wav"
        with wave.open(str(wav), "wb") as wf:
            voice.synthesize_wav("git commit dash M quote fix the login page quote", wf)
        with wave.open(str(wav)) as wf:
            seconds = wf.getnframes() / wf.getframerate()
        from faster_whisper import WhisperModel

        from runtimes.base import default_threads

        bare = WhisperModel(str(store.require("whisper-tiny.en")), device="cpu",
                            compute_type="int8", cpu_threads=default_threads())
        ours_ms, bare_ms = [], []
        bash.transcribe(str(wav)).outcome()  # load the speech model
        for _ in range(5):
            t0 = time.perf_counter()
            segs, _ = bare.transcribe(str(wav), language="en", **transcribe_options())
            text_bare = " ".join(s.text for s in segs)
            bare_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            heard = " ".join(s.text for s in bash.transcribe(str(wav)).outcome()["segments"])
            command = bash.convert(heard, remember=False).outcome().output
            ours_ms.append((time.perf_counter() - t0) * 1000)
        print(f"{seconds:.1f} s utterance, audio to command (tiny.en, VAD, vocabulary prompt): "
              f"median {np.median(ours_ms):.0f} ms   (goal <= 1500 ms)")
        print(f"  bare faster-whisper transcription of the same file: median "
              f"{np.median(bare_ms):.0f} ms; heard {heard.strip()!r} -> {command!r}; "
              f"bare heard {text_bare.strip()!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
