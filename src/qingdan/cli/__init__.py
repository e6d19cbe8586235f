"""The command line: one thin module per command (STYLE §2), loaded lazily by :mod:`.app`."""
