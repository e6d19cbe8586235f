"""qingdan (清单): community work admission lists as schema-validated YAML in git.

The public API lives in :mod:`qingdan.core`; the command line in :mod:`qingdan.cli`.
This module stays import-light: ``qingdan --help`` must answer in well under 150 ms.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
