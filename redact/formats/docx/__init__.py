"""DOCX format: Word documents redacted natively, hidden data removed."""
