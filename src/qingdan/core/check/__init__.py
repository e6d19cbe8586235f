"""``qingdan check``: request files → requests → decisions (verdict, coded reasons, evidence)."""
