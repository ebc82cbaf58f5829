"""Runs Heat 19's own environment merge on a batch of cases (JSON on stdin).

Each case: {"envs": ["<env text>", ...], "schemata": {"name": "string|number|json|comma_delimited_list|boolean"}}.
Prints {"results": [{"ok": true, "env": {...}} | {"ok": false, "error": "..."}]}.
"""
import json
import sys

from heat.common import environment_format
from heat.common import environment_util
from heat.engine import parameters

TYPES = {'string': parameters.Schema.STRING, 'number': parameters.Schema.NUMBER,
         'json': parameters.Schema.MAP, 'comma_delimited_list': parameters.Schema.LIST,
         'boolean': parameters.Schema.BOOLEAN}


def run(case):
    files = {}
    names = []
    for i, text in enumerate(case['envs']):
        names.append('env%d' % i)
        files['env%d' % i] = text
    params = {}
    environment_format.default_for_missing(params)
    schemata = {k: parameters.Schema(TYPES[v]) for k, v in case['schemata'].items()}
    try:
        environment_util.merge_environments(names, files, params, schemata)
    except Exception as e:  # Heat's refusal or crash: the verdict is "error"
        return {'ok': False, 'error': '%s: %s' % (type(e).__name__, e)}
    return {'ok': True, 'env': {k: v for k, v in params.items() if v}}


cases = json.load(sys.stdin)['cases']
print(json.dumps({'results': [run(c) for c in cases]}))
