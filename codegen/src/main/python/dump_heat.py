#!/usr/bin/python3
"""Dump the resource-type schemas and HOT template versions of the installed Heat.

Usage::

    /usr/bin/python3 codegen/src/main/python/dump_heat.py OUTDIR

Writes

* ``OUTDIR/resource-types/<TYPE with "::" replaced by "__">.json`` for every
  resource type that Heat's ``GET /resource_types`` lists by default, each in
  the exact format of ``GET /resource_types/{type}`` with descriptions, i.e.
  what ``EngineService.resource_schema(ctx, type, with_description=True)``
  returns;
* ``OUTDIR/template-versions.json``: every HOT ``heat_template_version`` that
  the ``heat.templates`` plugin registry knows, with its canonical date, the
  usable intrinsic and condition functions, the sections and the parameter
  types.

Runs offline: the engine's own code paths are called, with only the parts that
would contact a cloud (service catalogue look-ups) replaced by mocks that
report every service as available.
"""

import datetime
import json
import logging
import os
import sys
from unittest import mock

from oslo_config import cfg


def init_config():
    """Initialise oslo.config with Heat's defaults only (no heat.conf)."""
    cfg.CONF([], project='heat', default_config_files=[])
    logging.disable(logging.CRITICAL)


def make_service():
    """Create an EngineService; its constructor loads the global environment.

    ``resources.initialise()`` registers every plugin and reads
    ``cfg.CONF.environment_dir`` (``/etc/heat/environment.d``), as the engine
    does at start-up. Returns the service, an admin context (the listing a
    cloud administrator gets: it includes the admin-only types) and a plain
    member context (the listing an ordinary project member gets).
    """
    from heat.engine import service
    from heat.tests import utils
    svc = service.EngineService('oracle-host', 'engine')
    admin = utils.dummy_context(roles=['admin'], is_admin=True)
    member = utils.dummy_context()
    return svc, admin, member


def all_services_available():
    """Patch the service-catalogue check: every service is deployed."""
    from heat.engine import resource
    return mock.patch.object(resource.Resource, 'is_service_available',
                             classmethod(lambda cls, ctx: (True, None)))


def write_json(path, data):
    """Write deterministic JSON: indent 2, sorted keys, trailing newline."""
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write('\n')


def template_resource_types():
    """Global-environment types that map to a template file, not a plugin.

    Debian's default.yaml maps e.g. AWS::CloudWatch::Alarm to
    file:///etc/heat/templates/AWS_CloudWatch_Alarm.yaml. They are listed by
    the API too, but they are deployment configuration, not engine types, so
    they are recorded in index.json and not dumped as schemas.
    """
    from heat.engine import environment
    from heat.engine import resources
    reg = resources.global_env().registry._registry
    return {name: info.value for name, info in reg.items()
            if isinstance(info, environment.TemplateResourceInfo)}


def dump_resource_types(svc, admin, member, outdir):
    """Write one schema file per plugin type of the admin's default listing.

    Also writes resource-types/index.json naming the dumped types, the ones
    a non-admin member does not see (policy ``resource_types:<type>``), and
    the template-file types that were left out.
    """
    typedir = os.path.join(outdir, 'resource-types')
    os.makedirs(typedir, exist_ok=True)
    for old in os.listdir(typedir):
        if old.endswith('.json'):
            os.remove(os.path.join(typedir, old))
    templated = template_resource_types()
    names = sorted(n for n in svc.list_resource_types(admin)
                   if n not in templated)
    member_names = set(svc.list_resource_types(member))
    for name in names:
        schema = svc.resource_schema(admin, name, with_description=True)
        write_json(os.path.join(typedir, name.replace('::', '__') + '.json'),
                   schema)
    write_json(os.path.join(typedir, 'index.json'), {
        'resource_types': names,
        'admin_only': sorted(n for n in names if n not in member_names),
        'template_resources_not_dumped': templated,
    })
    return names


def template_classes():
    """Return [(version key, class)] for every HOT version in the registry."""
    from heat.engine import template as templatem
    mgr = templatem._get_template_extension_manager()
    result = []
    for name in sorted(mgr.names()):
        key, _, version = name.partition('.')
        if key == 'heat_template_version':
            result.append((version, mgr[name].plugin))
    return result


def is_date(version):
    """True for an official '%Y-%m-%d' version, False for a release alias."""
    try:
        datetime.datetime.strptime(version, '%Y-%m-%d')
        return True
    except ValueError:
        return False


def usable(funcs):
    """Names of the functions that are not marked ``hot_funcs.Removed``."""
    from heat.engine.hot import functions as hot_funcs
    return sorted(n for n, f in funcs.items() if f is not hot_funcs.Removed)


def describe_version(version, cls, canonical):
    """Describe one HOT version class the way codegen needs it."""
    from heat.engine.hot import functions as hot_funcs
    funcs = dict(cls.functions)
    return {
        'version': version,
        'alias_of': None if is_date(version) else canonical,
        'canonical': canonical,
        'class': cls.__name__,
        'functions': usable(funcs),
        'removed_functions': sorted(n for n, f in funcs.items()
                                    if f is hot_funcs.Removed),
        'condition_functions': usable(
            dict(getattr(cls, 'condition_functions', {}))),
        'sections': [s for s in cls.SECTIONS if s != '__undefined__'],
        'resource_keys': list(cls._RESOURCE_KEYS),
        'output_keys': list(cls.OUTPUT_KEYS),
        'deletion_policies': sorted(cls.deletion_policies),
        'parameter_types': list(cls.param_schema_class.TYPES),
        'parameter_keys': list(cls.param_schema_class.KEYS),
    }


def dump_template_versions(outdir):
    """Write template-versions.json (dates first, then aliases)."""
    classes = template_classes()
    canonical_of = {}
    for version, cls in classes:
        if is_date(version):
            canonical_of[cls] = version
    entries = [describe_version(v, c, canonical_of[c]) for v, c in classes]
    entries.sort(key=lambda e: (not is_date(e['version']), e['canonical'],
                                e['version']))
    write_json(os.path.join(outdir, 'template-versions.json'),
               {'heat_version': heat_version(), 'versions': entries})
    return entries


def heat_version():
    """The installed Heat's version string, e.g. '19.0.0'."""
    from heat import version
    return version.version_info.version_string()


def main(argv):
    """Entry point: dump everything into argv[1]."""
    if len(argv) != 2:
        sys.stderr.write('usage: dump_heat.py OUTDIR\n')
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    init_config()
    with all_services_available():
        svc, admin, member = make_service()
        names = dump_resource_types(svc, admin, member, outdir)
    versions = dump_template_versions(outdir)
    sys.stderr.write('Heat %s: %d resource types, %d template versions -> %s\n'
                     % (heat_version(), len(names), len(versions), outdir))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
