"""Training tiny specialists: data sets, fine-tuning and the eval gate."""
