"""What python-heatclient sends for `openstack stack create -t T -e E...` (JSON on stdout).

Arguments: the template path, then the environment paths. Runs heatclient's own
template_utils as OpenStackClient's `stack create` calls it.
"""
import json
import sys

from heatclient.common import template_utils

tpl_files, template = template_utils.process_template_path(sys.argv[1])
env_files_list = []
env_files, env = template_utils.process_multiple_environments_and_files(
    env_paths=sys.argv[2:], env_list_tracker=env_files_list)
files = dict(list(tpl_files.items()) + list(env_files.items()))
files = {k: (v.decode('utf-8') if isinstance(v, bytes) else v) for k, v in files.items()}
print(json.dumps({'template': template, 'files': files, 'environment': env,
                  'environment_files': env_files_list}))
