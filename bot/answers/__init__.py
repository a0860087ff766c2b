"""Reading news out: topic queries, search and /news ask."""
