# Heat's own answer for each case on stdin (a JSON list of {type, constraints, value}): the
# message Heat's Property.get_value(value, validate=True) fails with (a list item's as
# "Property error: [i]: ..."), as "!" + message on one
# line (backslash and newline escaped), or "-" when Heat accepts the value. Custom constraints
# are left out: they need the cloud, as in template-validate.
import json
import logging
import sys

logging.disable(logging.CRITICAL)

from heat.engine import constraints  # noqa: E402
from heat.engine import properties  # noqa: E402

TYPES = {'string': properties.Schema.STRING, 'integer': properties.Schema.INTEGER,
         'number': properties.Schema.NUMBER, 'list': properties.Schema.LIST,
         'map': properties.Schema.MAP}


def constraint(c):
    d = c.get('description')
    if 'length' in c:
        return constraints.Length(c['length'].get('min'), c['length'].get('max'), d)
    if 'range' in c:
        return constraints.Range(c['range'].get('min'), c['range'].get('max'), d)
    if 'modulo' in c:
        return constraints.Modulo(c['modulo'].get('step'), c['modulo'].get('offset'), d)
    if 'allowed_values' in c:
        return constraints.AllowedValues(c['allowed_values'], d)
    if 'allowed_pattern' in c:
        return constraints.AllowedPattern(c['allowed_pattern'], d)
    return None


def check(case):
    made = [constraint(c) for c in case['constraints']]
    item = None
    if 'item' in case:
        item_made = [constraint(c) for c in case['item']['constraints']]
        item = properties.Schema(TYPES[case['item']['type']],
                                 constraints=[c for c in item_made if c])
    schema = properties.Schema(TYPES[case['type']], schema=item,
                               constraints=[c for c in made if c])
    try:
        properties.Property(schema, name='x').get_value(case['value'], validate=True)
        return '-'
    except Exception as e:  # Heat's message, whatever the class
        return '!' + ('%s' % e).replace('\\', '\\\\').replace('\n', '\\n')


for case in json.load(sys.stdin):
    print(check(case))
