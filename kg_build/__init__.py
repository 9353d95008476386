"""dipkg: turn diplomatic news into a validated, queryable RDF knowledge graph.

The stages, in the order data flows: :mod:`documents` -> :mod:`lexicon` -> extraction
(:mod:`mentions`, :mod:`temporal`, :mod:`events`, :mod:`statements`) -> :mod:`resolve` ->
:mod:`rdf` -> :mod:`store` -> :mod:`validate` -> :mod:`queries` -> :mod:`export`.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
