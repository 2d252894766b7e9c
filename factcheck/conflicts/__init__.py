"""Where the sources disagree with each other (``factcheck conflicts``)."""
