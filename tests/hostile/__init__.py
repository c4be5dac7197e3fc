"""The hostile-input suite's tools: a subprocess sandbox for crash cases, crafted files and a
misbehaving OpenAI-compatible server on 127.0.0.1."""
