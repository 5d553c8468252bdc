"""The first-run part: "Try the demo" or "Set up my business", before any data exists."""
