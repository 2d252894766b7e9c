"""From scored evidence to a verdict: stances, the decision, quotations."""
