"""Training data generators, one module per task; ``python -m app.training.datasets``."""
