"""SHACL constraints as SPARQL group patterns, one function per constraint kind.

Each function takes the ShapeContext of the shape being compiled and the
SHACL predicate it is registered for (pvdkg.validate.compiler.CONSTRAINTS),
and adds a Check per result kind: a group pattern with a solution exactly
when pyshacl reports a result for the focus node.
"""
