"""Reading news in: polite fetching, feeds/pages/files, dedupe and story grouping, feed polling."""
