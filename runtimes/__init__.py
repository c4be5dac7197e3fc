"""Runtimes: ONNX Runtime, llama.cpp, faster-whisper and the QNN execution provider."""

from runtimes.llama_preload import preload

preload()
