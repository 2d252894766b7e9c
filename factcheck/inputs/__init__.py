"""What users hand us: claims files, drafts, config files and aliases."""
