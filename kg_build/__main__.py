"""``python -m kg_build`` runs the dipkg command line."""
from .cli import main

main()
