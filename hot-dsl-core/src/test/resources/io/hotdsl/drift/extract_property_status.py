import json, logging
logging.disable(logging.CRITICAL)
from heat.engine import resources, support
resources.initialise()
env = resources.global_env()
def chain(s):
    if s is None: return None
    return {'status': s.status, 'version': s.version, 'message': s.message, 'previous_status': chain(s.previous_status)}
def walk(schema, prefix, out):
    for name, s in (schema or {}).items():
        st = getattr(s, 'support_status', None)
        p = prefix + name
        if st is not None and (st.version is not None or st.status != support.SUPPORTED or st.previous_status is not None):
            out[p] = chain(st)
        sub = getattr(s, 'schema', None)
        if type(sub).__name__ == 'AnyIndexDict':
            walk({'*': sub['*']}, p + '.', out)
        elif isinstance(sub, dict):
            walk(sub, p + '.', out)
        elif sub is not None and hasattr(sub, 'support_status'):
            walk({'*': sub}, p + '.', out)
out = {}
for name in sorted(env.registry._registry.keys()):
    info = env.registry._registry[name]
    cls = getattr(info, 'value', None)
    if not isinstance(cls, type) or not hasattr(cls, 'properties_schema'): continue
    props = {}
    walk(cls.properties_schema, '', props)
    if props: out[name] = props
print(json.dumps(out, indent=1, sort_keys=True))
