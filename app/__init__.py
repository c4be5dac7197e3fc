"""Tiny Specialists: the core (service, specialists, storage, settings, CLI). QtCore only."""

__version__ = "0.1.0"
APP_NAME = "Tiny Specialists"
