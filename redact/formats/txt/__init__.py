"""Plain UTF-8 text: each redacted span is replaced by its ground label in brackets."""
