"""``python -m consistency`` runs the command line."""

from .cli import main

main()
