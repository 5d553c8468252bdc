"""Printable reports rendered by Qt (PDF)."""
