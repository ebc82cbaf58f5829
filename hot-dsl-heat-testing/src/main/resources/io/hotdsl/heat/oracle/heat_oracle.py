#!/usr/bin/python3
"""Heat 19.0.0 validation oracle: drives Heat's real engine offline.

Reads one JSON document on stdin::

    {"cases": [
      {"id": "...", "op": "validate", "template": "<YAML or JSON text>",
       "files": {"path": "content"}, "environments": ["<env YAML>", ...],
       "parameters": {"name": value}, "depth": "api" | "strict"},
      {"id": "...", "op": "load", "text": "<YAML or JSON text>",
       "kind": "template" | "environment"},
      {"id": "...", "op": "resource_schema", "type": "My::Type",
       "template": "<provider template text>"}]}

and writes one JSON document on stdout::

    {"results": [{"id": "...", "ok": true|false,
                  "error": "<Heat's message>" | null, "tree": <op=load> | null}]}

* ``resource_schema`` maps ``type`` to the provider template in Heat's global
  environment and answers ``EngineService.resource_schema`` (``GET
  /resource_types/{type}`` with descriptions) in ``tree``.
* ``load`` parses with Heat's own loaders (``template_format.parse`` /
  ``environment_format.parse``).
* ``validate`` / ``api`` is ``EngineService.validate_template`` as
  ``openstack orchestration template validate`` reaches it.
* ``validate`` / ``strict`` is ``EngineService._parse_template_and_validate_stack``,
  i.e. everything ``openstack stack create`` checks before creating anything:
  every resource's ``validate()``, nested stacks included.

Nothing contacts a cloud: client plugins return mocks, every service and
extension counts as available, every custom constraint (``nova.flavor``,
``glance.image``, ...) accepts any value, URL fetches fail as if offline and
the database is never touched. Errors that are not Heat's verdict (a bug in
this script, an unexpected exception) are reported with an ``ORACLE-CRASH:``
prefix.
"""

import contextlib
import json
import logging
import sys
import traceback
from unittest import mock

CRASH = 'ORACLE-CRASH: '

# Nova's default absolute limits (nova.conf [quota] defaults), used by
# OS::Nova::Server's metadata / personality checks.
NOVA_DEFAULT_LIMITS = {'maxServerMeta': 128, 'maxPersonality': 5,
                       'maxPersonalitySize': 10240}


# --------------------------------------------------------------------------
# Engine set-up
# --------------------------------------------------------------------------

def init_config():
    """Initialise oslo.config with Heat's defaults (no heat.conf), quietly."""
    from oslo_config import cfg
    cfg.CONF([], project='heat', default_config_files=[])
    logging.disable(logging.CRITICAL)


def offline_patches():
    """Return the patches that stand in for a cloud.

    * every client plugin's ``client()``/``_create()`` returns a MagicMock;
    * service-catalogue, extension and microversion checks succeed;
    * custom constraints (``heat.constraints`` registry) accept any value;
    * Trove's datastore check finds the requested version among the cloud's
      (like a custom constraint, an inventory look-up); a version without a
      type is still refused;
    * URL fetches fail as they would for an unreachable URL;
    * stack look-ups in the database find nothing;
    * a resource's RPC client to the engine (used by groups to inspect a
      nested stack that does not exist yet) is a MagicMock;
    * as a safety net, any HTTP request through a keystoneauth session fails.
    """
    from heat.common import urlfetch
    from heat.engine import constraints
    from heat.engine import resource
    import keystoneauth1.session
    from heat.engine import clients
    from heat.engine.clients import client_plugin
    from heat.engine.clients import microversion_mixin
    from heat.engine.clients import os as os_clients
    from heat.engine.clients.os import nova
    from heat.engine.clients.os import trove
    from heat.objects import stack as stack_object

    original_validate_datastore = trove.TroveClientPlugin.validate_datastore

    def any_datastore_version(self, datastore_type, datastore_version,
                              ds_type_key, ds_version_key):
        import types
        client = mock.MagicMock()
        client.datastore_versions.list.return_value = (
            [types.SimpleNamespace(name=datastore_version)]
            if datastore_version else [])
        with mock.patch.object(type(self), 'client',
                               lambda self, *a, **kw: client):
            return original_validate_datastore(
                self, datastore_type, datastore_version,
                ds_type_key, ds_version_key)

    def no_fetch(url, allowed_schemes=('http', 'https')):
        raise urlfetch.URLFetchError(
            'Failed to retrieve template: offline oracle cannot fetch %s'
            % url)

    def no_http(self, url, method, *a, **kw):
        raise IOError('offline oracle: no HTTP request to %s %s' % (method, url))

    return [
        mock.patch.object(client_plugin.ClientPlugin, 'client',
                          lambda self, *a, **kw: mock.MagicMock()),
        mock.patch.object(microversion_mixin.MicroversionMixin, 'client',
                          lambda self, *a, **kw: mock.MagicMock()),
        mock.patch.object(clients.OpenStackClients, 'client',
                          lambda self, *a, **kw: mock.MagicMock()),
        mock.patch.object(keystoneauth1.session.Session, 'request', no_http),
        mock.patch.object(resource.Resource, 'rpc_client',
                          lambda self: mock.MagicMock()),
        mock.patch.object(client_plugin.ClientPlugin, '_create',
                          lambda self, *a, **kw: mock.MagicMock()),
        mock.patch.object(client_plugin.ClientPlugin, 'does_endpoint_exist',
                          lambda self, *a, **kw: True),
        mock.patch.object(os_clients.ExtensionMixin, 'has_extension',
                          lambda self, alias: True),
        mock.patch.object(microversion_mixin.MicroversionMixin,
                          'is_version_supported', lambda self, v: True),
        mock.patch.object(nova.NovaClientPlugin, 'is_version_supported',
                          lambda self, v: True),
        mock.patch.object(nova.NovaClientPlugin, 'absolute_limits',
                          lambda self: dict(NOVA_DEFAULT_LIMITS)),
        mock.patch.object(nova.NovaClientPlugin, 'get_max_microversion',
                          lambda self: nova.NovaClientPlugin.max_microversion),
        mock.patch.object(resource.Resource, 'is_service_available',
                          classmethod(lambda cls, ctx: (True, None))),
        mock.patch.object(constraints.CustomConstraint, '_is_valid',
                          lambda self, value, schema, context: True),
        mock.patch.object(trove.TroveClientPlugin, 'validate_datastore',
                          any_datastore_version),
        mock.patch.object(urlfetch, 'get', no_fetch),
        mock.patch.object(stack_object.Stack, 'get_by_name',
                          classmethod(lambda cls, ctx, name: None)),
        mock.patch.object(stack_object.Stack, 'count_all',
                          classmethod(lambda cls, ctx, **kw: 0)),
    ]


def make_engine():
    """Create the EngineService (loads plugins and the global environment).

    ``resources.initialise()`` reads ``cfg.CONF.environment_dir``
    (``/etc/heat/environment.d``, e.g. ``OS::Ceilometer::Alarm`` ->
    ``OS::Aodh::Alarm``) exactly as heat-engine does at start-up.
    """
    from heat.engine import service
    return service.EngineService('oracle-host', 'engine')


def make_context():
    """A request context for an admin of project 'test_tenant_id'.

    Admin, so that admin-only resource types (OS::Nova::Flavor, ...) pass the
    resource-type policy as they would for a cloud administrator.
    """
    from heat.tests import utils
    return utils.dummy_context(roles=['admin'], is_admin=True)


# --------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------

def op_load(case):
    """Parse ``text`` with Heat's template or environment loader."""
    from heat.common import environment_format
    from heat.common import template_format
    kind = case.get('kind', 'template')
    loader = {'template': template_format.parse,
              'environment': environment_format.parse,
              'yaml': yaml_only}.get(kind)
    if loader is None:
        raise ValueError('unknown kind %r' % kind)
    try:
        tree = loader(case['text'])
    except ValueError as ex:
        return False, str(ex), None
    return True, None, tree


def yaml_only(text):
    """Heat's ``simple_parse`` without the "must be a mapping" check.

    JSON first, then Heat's YAML loader (``template_format.yaml_loader``):
    any document, scalars included, as Heat's template loader sees it.
    """
    import yaml
    from oslo_serialization import jsonutils
    from heat.common import template_format
    try:
        return jsonutils.loads(text)
    except ValueError:
        try:
            return yaml.load(text, Loader=template_format.yaml_loader)
        except yaml.YAMLError as ex:
            raise ValueError(str(ex))


def request_data(case):
    """Build the pieces python-heatclient sends for a template + env files.

    Environment texts go into the files map as ``env0.yaml``, ``env1.yaml``...
    and are named in ``environment_files``; ``environment`` itself is empty
    (heatclient does not send a merged environment when it sends files).
    Returns (template dict, environment dict, files, environment_files).
    Raises ValueError when the template text does not parse (heatclient
    parses it client-side with Heat's own ``template_format.parse``).
    """
    from heat.common import environment_format
    from heat.common import template_format
    template = template_format.parse(case['template'])
    files = dict(case.get('files') or {})
    env_names = []
    for i, text in enumerate(case.get('environments') or []):
        name = 'env%d.yaml' % i
        files[name] = text
        env_names.append(name)
    env = {}
    environment_format.default_for_missing(env)
    env['parameters'].update(case.get('parameters') or {})
    return template, env, files, env_names or None


def validate_api(engine, ctx, case):
    """``EngineService.validate_template``, as ``template validate`` calls it.

    Heat exceptions escape the RPC method wrapped in an ExpectedException (as
    oslo.messaging would carry them to heat-api); the original is unwrapped.
    """
    import oslo_messaging
    from heat.common import exception
    try:
        template, env, files, env_names = request_data(case)
    except ValueError as ex:
        return False, str(ex)
    try:
        result = engine.validate_template(ctx, template, env, files=files,
                                          environment_files=env_names)
    except oslo_messaging.ExpectedException as ex:
        return False, heat_message(ex.exc_info[1])
    except (exception.HeatException, ValueError, KeyError) as ex:
        return False, heat_message(ex)
    if isinstance(result, dict) and 'Error' in result:
        return False, result['Error']
    if not isinstance(result, dict):  # a webob HTTPBadRequest
        return False, getattr(result, 'explanation', str(result))
    return True, None


def validate_strict(engine, ctx, case):
    """What ``stack create`` checks: ``_parse_template_and_validate_stack``.

    Strict Stack, every resource's ``validate()``, nested stacks included,
    resource-type policy and parameter values checked against constraints.
    """
    from heat.common import exception
    try:
        template, env, files, env_names = request_data(case)
    except ValueError as ex:
        return False, str(ex)
    try:
        engine._parse_template_and_validate_stack(
            ctx, 'oracle', template, env, files, env_names, None, {})
    except (exception.HeatException, ValueError, KeyError,
            TypeError) as ex:
        return False, heat_message(ex)
    return True, None


def op_resource_schema(engine, ctx, case):
    """The schema Heat's TemplateResource class makes of a provider template."""
    from heat.common import urlfetch
    from heat.engine import resources
    type_name = case['type']
    url = 'file:///oracle/%s.yaml' % type_name.replace(':', '_')
    text = case['template']
    resources.global_env().registry.load({type_name: url})

    def fetch(u, allowed_schemes=('http', 'https')):
        if u != url:
            raise urlfetch.URLFetchError('offline oracle cannot fetch %s' % u)
        return text

    with mock.patch.object(urlfetch, 'get', fetch):
        return engine.resource_schema(ctx, type_name, with_description=True)


def heat_message(ex):
    """The message Heat's API would return for an exception."""
    return str(ex)


# --------------------------------------------------------------------------
# Batch driver
# --------------------------------------------------------------------------

def crash_message():
    """Last line of the current traceback, marked as an oracle crash."""
    lines = traceback.format_exc().strip().splitlines()
    return CRASH + (lines[-1] if lines else 'unknown error')


def run_case(engine, ctx, case):
    """Run one case; any unexpected exception becomes an ORACLE-CRASH."""
    result = {'id': case.get('id'), 'ok': False, 'error': None, 'tree': None}
    try:
        op = case.get('op')
        if op == 'load':
            ok, error, tree = op_load(case)
            result.update(ok=ok, error=error, tree=tree)
        elif op == 'resource_schema':
            from heat.common import exception as heat_exception
            try:
                result.update(ok=True, tree=op_resource_schema(engine, ctx, case))
            except (heat_exception.HeatException, ValueError) as ex:
                # Heat's refusal of the template; anything else is a crash
                result.update(ok=False, error=heat_message(ex))
        elif op == 'validate':
            depth = case.get('depth', 'api')
            if depth == 'api':
                ok, error = validate_api(engine, ctx, case)
            elif depth == 'strict':
                ok, error = validate_strict(engine, ctx, case)
            else:
                raise ValueError('unknown depth %r' % depth)
            result.update(ok=ok, error=error)
        else:
            raise ValueError('unknown op %r' % op)
        json.dumps(result)  # fail here, not in the final dump
    except Exception:
        result.update(ok=False, error=crash_message(), tree=None)
    return result


def main():
    """Read the batch from stdin, run every case, write results to stdout."""
    request = json.load(sys.stdin)
    init_config()
    with contextlib.ExitStack() as stack:
        for patch in offline_patches():
            stack.enter_context(patch)
        engine = make_engine()
        ctx = make_context()
        results = [run_case(engine, ctx, case)
                   for case in request.get('cases', [])]
    json.dump({'results': results}, sys.stdout)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
