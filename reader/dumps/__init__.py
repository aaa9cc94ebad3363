"""A dump's bytes turned into articles (decoding, line roles, boundaries, assembly); the inbox."""
