"""The inference service: workers on their own threads, jobs with signals, a model cache."""

from app.service.jobs import (
    GenerationResult,
    Job,
    JobCancelled,
    JobError,
    JobState,
    JobTimeout,
    Slots,
)
from app.service.service import InferenceService

__all__ = ["GenerationResult", "InferenceService", "Job", "JobCancelled", "JobError",
           "JobState", "JobTimeout", "Slots"]
