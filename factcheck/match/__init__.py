"""Finding the passages that speak to a claim: retrieval and scoring."""
