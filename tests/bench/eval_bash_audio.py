"""Audio round trip on the dev set: a neural voice (piper, en_US-joe-medium) speaks each
natural-style dictation, Whisper transcribes it with the dictation settings, the pipeline
reconstructs the command; scored like ``tinyspec bash --eval``.

    .venv/bin/python tests/bench/eval_bash_audio.py [--limit N] [--model whisper-tiny.en]
        [--prompt vocabulary|none|hotwords] [--no-llm]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.bash import speech as speech_settings
from app.specialists.bash.evaluate import evaluate, format_report
from app.specialists.gate import GateSpecialist
from models.store import ModelStore

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--model", default="whisper-tiny.en")
    parser.add_argument("--prompt", default="prompt", choices=["prompt", "none", "hotwords",
                                                                "both"])
    parser.add_argument("--no-llm", action="store_true")
    parser.add_argument("--show", type=int, default=15, help="misses to print")
    args = parser.parse_args()
    items = [i for i in json.loads((ROOT / "tests/data/bash_devset.json").read_text())
             if i.get("style") == "natural"]
    if args.limit:
        items = items[::max(1, len(items) // args.limit)][:args.limit]
    options = speech_settings.transcribe_options(hotwords=args.prompt in ("hotwords",
                                                                          "both"))
    if args.prompt in ("none", "hotwords"):
        options.pop("initial_prompt")
    store = ModelStore()
    service = InferenceService(store, threaded=False)
    from piper import PiperVoice

    voice = PiperVoice.load(str(store.require("piper-joe-medium")))
    heard: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        gate = GateSpecialist(service, folder=Path(tmp) / "gate")
        bash = BashSpecialist(service, gate, speech_model=args.model,
                              history_path=Path(tmp) / "h.sqlite3",
                              words_path=Path(tmp) / "words.json")

        def run(text: str) -> str:
            wav = Path(tmp) / "utt.wav"
            with wave.open(str(wav), "wb") as wf:
                voice.synthesize_wav(text, wf)
            job = service.transcribe(args.model, str(wav), **options)
            words = " ".join(s.text for s in job.outcome()["segments"]).strip()
            heard[text] = words
            if not words:
                return ""
            return bash.convert(words, use_llm=not args.no_llm, remember=False).outcome().output

        report = evaluate(items, run)
    print(f"audio round trip: {len(items)} natural-style dictations, {args.model}, "
          f"prompt={args.prompt}, llm={'off' if args.no_llm else 'on'}")
    print(format_report(report))
    for miss in report.misses[:args.show]:
        print(f"  said {miss['dictated']!r} heard {heard[miss['dictated']]!r} -> "
              f"{miss['got']!r} (want {miss['expected']!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
