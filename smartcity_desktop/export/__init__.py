"""PDFs and data exports, written atomically from domain objects."""
