"""Reading HTML news pages: parsing, metadata, main content, tables (helpers of the stages)."""
