"""Runtimes: ONNX Runtime, llama.cpp, faster-whisper and the QNN execution provider."""

from runtimes.native_preload import preload

preload()
