"""Where the knowledge graph and patients are kept.

base.py      the GraphStore interface, the named-graph layout, SparqlGraph (what
             the derivation runs on) and GraphView (a scratch graph)
embedded.py  EmbeddedStore: pyoxigraph in this process (the pipeline's store)
sparql.py    RemoteStore: any SPARQL 1.1 endpoint, with per-server settings
"""
