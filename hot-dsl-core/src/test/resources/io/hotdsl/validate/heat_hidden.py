"""Writes what Heat 19 accepts beyond its public resource-type schemas (which omit HIDDEN items):
hidden types, hidden properties (with the property a REPLACE translation rule moves them to),
hidden attributes, and types whose get_attribute takes any attribute name.
Run: /usr/bin/python3 heat_hidden.py > .../io/hotdsl/validate/heat19-hidden.json
"""
import json
import sys
from unittest import mock

from heat.engine import resource, resources, support, translation
from heat.engine import environment

resources.initialise()
env = environment.Environment({})
reg = env.registry._registry['resources'] if hasattr(env.registry, '_registry') else None
out = {"hiddenTypes": [], "hiddenProperties": {}, "hiddenAttributes": {}, "anyAttribute": [],
       "updatePolicies": {}}

def walk_types():
    for name, info in sorted(resources.global_env().registry._registry.items()):
        if isinstance(info, dict) or not hasattr(info, 'value'):
            continue
        cls = info.value
        if isinstance(cls, type) and issubclass(cls, resource.Resource):
            yield name, cls

def replacement(cls, prop):
    inst = object.__new__(cls)
    inst.client_plugin = lambda *a, **k: mock.MagicMock()
    inst.client = lambda *a, **k: mock.MagicMock()
    try:
        rules = cls.translation_rules(inst, mock.MagicMock())
    except Exception:
        return None
    for r in rules or []:
        if r.rule != translation.TranslationRule.REPLACE:
            continue
        vp = list(r.value_path or []) + ([r.value_name] if r.value_name else [])
        if vp and vp[-1] == prop and len(r.translation_path) == len(vp):
            return r.translation_path[-1]
    return None

for name, cls in walk_types():
    status = getattr(cls, 'support_status', None)
    if status is not None and status.status == support.HIDDEN:
        out["hiddenTypes"].append(name)
    props = {}
    for pname, schema in (getattr(cls, 'properties_schema', {}) or {}).items():
        st = getattr(schema, 'support_status', None)
        if st is not None and st.status == support.HIDDEN:
            props[pname] = replacement(cls, pname)
    if props:
        out["hiddenProperties"][name] = props
    attrs = sorted(a for a, s in (getattr(cls, 'attributes_schema', {}) or {}).items()
                   if getattr(s, 'support_status', None) is not None and s.support_status.status == support.HIDDEN)
    if attrs:
        out["hiddenAttributes"][name] = attrs
    out["updatePolicies"][name] = sorted(getattr(cls, 'update_policy_schema', {}) or {})
    if cls.get_attribute is not resource.Resource.get_attribute:
        out["anyAttribute"].append(name)

out["globalAliases"] = {  # Heat's etc/heat/environment.d/default.yaml, as Debian installs it
    "OS::Quantum*": "OS::Neutron*",
    "AWS::CloudWatch::Alarm": "file:///etc/heat/templates/AWS_CloudWatch_Alarm.yaml",
    "OS::Metering::Alarm": "OS::Aodh::Alarm",
    "AWS::RDS::DBInstance": "file:///etc/heat/templates/AWS_RDS_DBInstance.yaml",
    "OS::Ceilometer::Alarm": "OS::Aodh::Alarm",
    "OS::Ceilometer::GnocchiResourcesAlarm": "OS::Aodh::GnocchiResourcesAlarm",
    "OS::Ceilometer::GnocchiAggregationByMetricsAlarm": "OS::Aodh::GnocchiAggregationByMetricsAlarm",
    "OS::Ceilometer::GnocchiAggregationByResourcesAlarm": "OS::Aodh::GnocchiAggregationByResourcesAlarm",
    "OS::Ceilometer::CombinationAlarm": "OS::Aodh::CombinationAlarm",
}
out["_source"] = ("Heat 19.0.0: heat_hidden.py (src/test/resources/io/hotdsl/validate) and the "
                  "global environment etc/heat/environment.d/default.yaml")
json.dump(out, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
