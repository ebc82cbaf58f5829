import json, logging
logging.disable(logging.CRITICAL)
from heat.engine import resources, support
resources.initialise()
env = resources.global_env()
def chain(s):
    if s is None: return None
    return {'status': s.status, 'version': s.version, 'message': s.message, 'previous_status': chain(s.previous_status)}
out = {}
for name in sorted(env.registry._registry.keys()):
    info = env.registry._registry[name]
    cls = getattr(info, 'value', None)
    if not isinstance(cls, type): continue
    st = getattr(cls, 'support_status', None)
    if st is not None and st.status == support.HIDDEN:
        out[name] = chain(st)
print(json.dumps(out, indent=1, sort_keys=True))
