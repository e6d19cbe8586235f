"""Jobs that span core and render (the report pipeline), shared by a command and ``demo``."""
