"""Prints Heat's HOT versions (entry points heat.templates, aliases included) with the
functions and condition functions each allows, as JSON: {key: {functions, conditions}}."""
import json
import sys
from importlib import metadata

from heat.engine import function
from heat.engine.hot import functions as hot_funcs

PREFIX = 'heat_template_version.'
not_allowed = (hot_funcs.Removed, getattr(function, 'Invalid', None))
out = {}
eps = metadata.entry_points()
group = eps.select(group='heat.templates') if hasattr(eps, 'select') else eps['heat.templates']
for ep in group:
    if not ep.name.startswith(PREFIX):
        continue
    cls = ep.load()
    out[ep.name[len(PREFIX):]] = {
        'functions': sorted(k for k, v in cls.functions.items() if v not in not_allowed),
        'conditions': sorted(k for k, v in getattr(cls, 'condition_functions', {}).items()
                             if v not in not_allowed),
    }
json.dump(out, sys.stdout, sort_keys=True)
