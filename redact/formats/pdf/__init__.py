"""PDF: ingest (text with a glyph box per character), apply (true redaction + labelled boxes),
verify (re-open the output and prove the redacted text is gone)."""
