"""pvdkg: a clinical knowledge graph with reasoning for peripheral vascular
disease with extensive distal calcification."""

__version__ = "0.1.0"
