"""``python -m qingdan`` runs the command line."""

from qingdan.cli.app import main

main()
