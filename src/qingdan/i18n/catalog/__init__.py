"""Message catalogs, one module per area; see :mod:`qingdan.i18n`."""
