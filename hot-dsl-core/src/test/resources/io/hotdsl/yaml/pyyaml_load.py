"""Oracle for hot-dsl's YAML tests: load YAML texts exactly as Heat does.

stdin: a JSON array of template texts. stdout: a JSON array, one entry per text,
{"ok": tree} or {"err": "message"}. Non-string keys and values a HOT tree cannot
hold (bytes, sets, dates...) are reported as errors.
"""
import json
import sys

try:
    from heat.common import template_format

    def load(text):
        # Heat's parse() minus the size limit and version-key check: JSON first, then
        # YAML with CSafeLoader (timestamps kept as strings); must be a mapping.
        return template_format.simple_parse(text)

    LOADER = "heat.common.template_format.simple_parse"
except Exception:  # heat not importable: same behaviour with PyYAML directly
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class HeatLikeLoader(base):
        pass

    HeatLikeLoader.add_constructor("tag:yaml.org,2002:str", HeatLikeLoader.construct_scalar)
    HeatLikeLoader.add_constructor("tag:yaml.org,2002:timestamp", HeatLikeLoader.construct_scalar)

    def load(text):
        try:
            tpl = json.loads(text)
        except ValueError:
            tpl = yaml.load(text, Loader=HeatLikeLoader)
            if tpl is None:
                tpl = {}
        if not isinstance(tpl, dict):
            raise ValueError("The template is not a JSON object or YAML mapping.")
        return tpl

    LOADER = "yaml.%s + json" % base.__name__


def norm(v, depth=0):
    if depth > 200:
        raise ValueError("recursive")
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if not isinstance(k, str):
                raise ValueError("non-string key %r" % (k,))
            out[k] = norm(x, depth + 1)
        return out
    if isinstance(v, list):
        return [norm(x, depth + 1) for x in v]
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    raise ValueError("unsupported value of type %s" % type(v).__name__)


def main():
    texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    results = []
    for text in texts:
        try:
            results.append({"ok": norm(load(text))})
        except Exception as e:  # noqa: BLE001 - every failure is an answer
            results.append({"err": "%s: %s" % (type(e).__name__, e)})
    sys.stdout.write(json.dumps({"loader": LOADER, "results": results}))


if __name__ == "__main__":
    main()
