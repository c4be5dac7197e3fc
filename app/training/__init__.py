"""Training tiny specialists: LoRA adapters on the default GGUF bases, gated on each task's
eval split (see docs/ARCHITECTURE.md, "Training")."""
