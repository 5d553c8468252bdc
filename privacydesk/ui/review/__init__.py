"""The "To review" part: messages the classifier was unsure about, for a person to decide."""
