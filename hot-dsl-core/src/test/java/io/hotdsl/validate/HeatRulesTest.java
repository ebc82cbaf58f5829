package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.yaml.YamlReader;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's rules from issue 18, one row each, named after the Heat 19 code they mirror.
 * Each row is a template (resources under a 2021-04-16 or the given version) and what hot-dsl
 * must say: an error Heat's template-validate finds (VALIDATE), an error found only before
 * stack create (CREATE, labelled "fails at stack create"), a warning, or nothing. The
 * differential run ({@code conformance.DifferentialTest}) checks the same classes against Heat.
 */
class HeatRulesTest {
  @BeforeAll
  static void schemas() {
    HeatSchemas.register();
  }

  enum Expect {
    VALIDATE,
    CREATE,
    WARNING,
    NOTHING
  }

  static Arguments row(String heatCode, String yaml, Expect expect, String path, String text) {
    return Arguments.of(heatCode, yaml, expect, path, text);
  }

  static final String V = "heat_template_version: 2021-04-16\n";

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "template_common.py _rsrc_defn_args: invalid deletion policy",
            V + "resources:\n  a: {type: OS::Heat::None, deletion_policy: DELETE}\n",
            Expect.VALIDATE,
            "resources.a.deletion_policy",
            "Invalid deletion policy \"DELETE\""),
        row(
            "hot/template.py HOTemplate20130523.deletion_policies: no lower case before 2016-10-14",
            "heat_template_version: 2015-04-30\nresources:\n"
                + "  a: {type: OS::Heat::None, deletion_policy: retain}\n",
            Expect.VALIDATE,
            "resources.a.deletion_policy",
            "Invalid deletion policy \"retain\""),
        row(
            "hot/template.py HOTemplate20161014.deletion_policies: lower case aliases",
            V + "resources:\n  a: {type: OS::Cinder::Volume, properties: {size: 1}, "
                + "deletion_policy: snapshot}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "resource.py validate_deletion_policy: Snapshot needs handle_snapshot_delete",
            V + "resources:\n  a: {type: OS::Heat::None, deletion_policy: Snapshot}\n",
            Expect.VALIDATE,
            "resources.a.deletion_policy",
            "deletion policy not supported"),
        row(
            "template_common.py _rsrc_defn_args: deletion_policy type must be string",
            V + "resources:\n  a: {type: OS::Heat::None, deletion_policy: [Retain]}\n",
            Expect.VALIDATE,
            "resources.a.deletion_policy",
            "type must be string"),
        row(
            "template_common.py _rsrc_defn_args: metadata type must be object",
            V + "resources:\n  a: {type: OS::Heat::None, metadata: [a]}\n",
            Expect.VALIDATE,
            "resources.a.metadata",
            "metadata type must be object"),
        row(
            "template_common.py _rsrc_defn_args: update_policy type must be object",
            V + "resources:\n  a: {type: OS::Heat::None, update_policy: abc}\n",
            Expect.VALIDATE,
            "resources.a.update_policy",
            "update_policy type must be object"),
        row(
            "hot/template.py HOTemplate20161014._rsrc_defn_args: condition string_or_boolean",
            V + "resources:\n  a: {type: OS::Heat::None, condition: [x]}\n",
            Expect.VALIDATE,
            "resources.a.condition",
            "string_or_boolean"),
        row(
            "hot/functions.py Replace._parse_args: params must be a mapping",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace: "
                + "{template: x, params: [a]}}}}\n",
            Expect.VALIDATE,
            "resources.a.properties.value.str_replace",
            "must be a mapping"),
        row(
            "hot/functions.py Repeat._parse_args: for_each and template",
            V + "outputs:\n  o: {value: {repeat: {template: x}}}\n",
            Expect.VALIDATE,
            "outputs.o.value.repeat",
            "\"repeat\" syntax"),
        row(
            "hot/functions.py Yaql.__init__: expression required",
            V + "outputs:\n  o: {value: {yaql: {data: {}}}}\n",
            Expect.VALIDATE,
            "outputs.o.value.yaql",
            "\"yaql\" syntax"),
        row(
            "hot/functions.py Contains.__init__: two arguments",
            V + "outputs:\n  o: {value: {contains: [a]}}\n",
            Expect.VALIDATE,
            "outputs.o.value.contains",
            "[value1, [value1, value2]]"),
        row(
            "hot/functions.py ResourceFacade.__init__: metadata, deletion_policy, update_policy",
            V + "outputs:\n  o: {value: {resource_facade: bogus}}\n",
            Expect.VALIDATE,
            "outputs.o.value.resource_facade",
            "should be one of"),
        row(
            "hot/functions.py Equals.__init__: [value_1, value_2] in conditions",
            V + "conditions:\n  c: {equals: [a, b, c]}\n",
            Expect.VALIDATE,
            "conditions.c.equals",
            "[value_1, value_2]"),
        row(
            "hot/functions.py GetAttThenSelect._parse_args: the resource is a name",
            V + "resources:\n  a: {type: OS::Heat::None}\noutputs:\n"
                + "  o: {value: {get_attr: [[a], show]}}\n",
            Expect.VALIDATE,
            "outputs.o.value.get_attr",
            "must be a resource name"),
        row(
            "hot/functions.py GetAttAllAttributes: [resource] alone from 2016-10-14 (and before)",
            V + "resources:\n  a: {type: OS::Heat::None}\noutputs:\n"
                + "  o: {value: {get_attr: [a]}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/template.py: a name outside the version's function table is a plain map",
            "heat_template_version: 2015-04-30\nresources:\n"
                + "  a: {type: OS::Heat::Value, properties: {value: {map_merge: [{a: 1}]}}}\n",
            Expect.WARNING,
            "resources.a.properties.value.map_merge",
            "as a plain map"),
        row(
            "hot/functions.py If.parse_args: the condition is parsed with condition functions",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {if: "
                + "[{equals: [1, 1]}, x, y]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "engine/service.py validate_template: outputs' get_resource is not resolved",
            V + "outputs:\n  o: {value: {get_resource: ghost}}\n",
            Expect.WARNING,
            "outputs.o.value.get_resource",
            "unknown resource \"ghost\""),
        row(
            "hot/template.py resource_definitions: a resource whose condition is false is gone",
            V + "conditions:\n  never: false\nresources:\n"
                + "  a: {type: OS::Heat::None, condition: never}\n"
                + "  b: {type: OS::Heat::Value, properties: {value: {get_resource: a}}}\n",
            Expect.VALIDATE,
            "resources.b.properties.value.get_resource",
            "removed by its condition"),
        row(
            "constraints.py AllowedValues.__init__: AllowedValues must be a list",
            V + "parameters:\n  p: {type: string, constraints: [{allowed_values: a}]}\n",
            Expect.VALIDATE,
            "parameters.p.constraints[0].allowed_values",
            "must be a list"),
        row(
            "constraints.py AllowedPattern: an invalid regular expression",
            V + "parameters:\n  p: {type: string, constraints: [{allowed_pattern: '['}]}\n",
            Expect.VALIDATE,
            "parameters.p.constraints[0].allowed_pattern",
            "not a valid regular"),
        row(
            "constraints.py Modulo.__init__: step cannot be 0",
            V + "parameters:\n  p: {type: number, constraints: [{modulo: {step: 0, offset: 0}}]}\n",
            Expect.VALIDATE,
            "parameters.p.constraints[0].modulo",
            "step cannot be 0"),
        row(
            "hot/parameters.py _check_dict: length constraint, expected a mapping",
            V + "parameters:\n  p: {type: string, constraints: [{length: 3}]}\n",
            Expect.VALIDATE,
            "parameters.p.constraints[0].length",
            "expected a mapping"),
        row(
            "parameters.py StringParam._validate: a list default passes without constraints",
            V + "parameters:\n  p: {type: string, default: [a]}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "constraints.py Length: a number default has no len()",
            V
                + "parameters:\n  p: {type: string, default: 123, constraints: [{length: {max: 2}}]}\n",
            Expect.VALIDATE,
            "parameters.p.default",
            "has no length"),
        row(
            "properties.py Property._get_string: a float is no string",
            V + "resources:\n  s: {type: OS::Nova::Server, properties: {image: x, flavor: 1.5}}\n",
            Expect.CREATE,
            "resources.s.properties.flavor",
            "expected a string"),
        row(
            "properties.py Property._get_bool: only true and false",
            V + "resources:\n  s: {type: OS::Nova::Server, properties: {image: x, flavor: y, "
                + "config_drive: 'yes'}}\n",
            Expect.CREATE,
            "resources.s.properties.config_drive",
            "expected a boolean"),
        row(
            "properties.py Property._get_integer: Python's int() takes 1.5",
            V + "resources:\n  v: {type: OS::Cinder::Volume, properties: {size: 1.5}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "properties.py Properties.validate: a required property given null is in the data",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: null}}\n",
            Expect.WARNING,
            "resources.a.properties.value",
            "is null"),
        row(
            "properties.py: null for a property with allowed values is unset",
            V + "resources:\n  g: {type: OS::Heat::ResourceGroup, properties: {resource_def: "
                + "{type: OS::Heat::None}, removal_policies_mode: null}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py GetAtt: path resolved with parameter values (none when alone)",
            V + "parameters:\n  n: {type: string}\nresources:\n"
                + "  a: {type: OS::Heat::Value, properties: {value: x}}\noutputs:\n"
                + "  o: {value: {get_attr: [a, value, {get_param: n}]}}\n",
            Expect.VALIDATE,
            "outputs.o.value.get_attr",
            "validated alone"),
        row(
            "hot/template.py resource_definitions: keys read before the condition drops it",
            V + "conditions:\n  never: false\nresources:\n"
                + "  a: {type: OS::Heat::None, condition: never, deletion_policy: 1}\n",
            Expect.VALIDATE,
            "resources.a.deletion_policy",
            "type must be string"),
        row(
            "template_common.py outputs: an unknown output key is ignored (read as Heat reads it)",
            V + "outputs:\n  o: {value: 1, foo: 2}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/parameters.py from_dict: hidden kept as written, tested for truth",
            V + "parameters:\n  p: {type: string, hidden: 'yes', immutable: abc}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "senlin/cluster.py Cluster.validate skips Resource.validate: profile unchecked",
            V + "resources:\n  c: {type: OS::Senlin::Cluster, properties: {desired_capacity: 1}}\n",
            Expect.WARNING,
            "resources.c.properties.profile",
            "skips the property checks"),
        row(
            "senlin/cluster.py: unknown properties still refused by validate_template",
            V
                + "resources:\n  c: {type: OS::Senlin::Cluster, properties: {profile: p, bogus: 1}}\n",
            Expect.VALIDATE,
            "resources.c.properties.bogus",
            "unknown property"),
        row(
            "senlin/cluster.py Cluster.validate: min_size can not be greater than max_size",
            V + "resources:\n  c: {type: OS::Senlin::Cluster, properties: {profile: p, "
                + "min_size: 3, max_size: 2}}\n",
            Expect.CREATE,
            "resources.c.properties.max_size",
            "min_size can not be greater"),
        row(
            "senlin/cluster.py Cluster.validate: max_size -1 is no maximum",
            V + "resources:\n  c: {type: OS::Senlin::Cluster, properties: {profile: p, "
                + "min_size: 3, desired_capacity: 4}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "trove/instance.py Instance.validate: get_resource is nothing before create",
            V + "resources:\n  net: {type: OS::Neutron::Net}\n  db: {type: OS::Trove::Instance, "
                + "properties: {flavor: f, size: 1, networks: [{network: {get_resource: net}}]}}\n",
            Expect.CREATE,
            "resources.db.properties.networks[0]",
            "Either network or port"),
        row(
            "resource.py get_reference_id: get_resource is the resource's name before create",
            V + "resources:\n  v: {type: OS::Heat::Value, properties: {value: x}}\n"
                + "  db: {type: OS::Trove::Instance, properties: {flavor: f, size: 1, "
                + "networks: [{port: {get_resource: v}}]}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "senlin/cluster.py Cluster.validate reads min_size unconstrained (validate=False)",
            V + "resources:\n  c: {type: OS::Senlin::Cluster, properties: {profile: p, "
                + "min_size: -1}}\n",
            Expect.WARNING,
            "resources.c.properties.min_size",
            "skips the property checks"),
        row(
            "trove/instance.py Instance.validate: a network by name",
            V + "resources:\n  db: {type: OS::Trove::Instance, "
                + "properties: {flavor: f, size: 1, networks: [{network: private}]}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "trove/instance.py Instance.validate: not both network and port",
            V + "resources:\n  db: {type: OS::Trove::Instance, "
                + "properties: {flavor: f, size: 1, networks: [{network: n, port: p}]}}\n",
            Expect.CREATE,
            "resources.db.properties.networks[0]",
            "not both"),
        row(
            "trove/instance.py Instance.validate: a network from a parameter's default",
            V + "parameters:\n  n: {type: string, default: private}\nresources:\n"
                + "  db: {type: OS::Trove::Instance, properties: {flavor: f, size: 1, "
                + "networks: [{network: {get_param: n}}]}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "trove/instance.py Instance.validate: users need databases",
            V + "resources:\n  db: {type: OS::Trove::Instance, properties: {flavor: f, size: 1, "
                + "users: [{name: uu, password: pp, databases: [aa]}]}}\n",
            Expect.CREATE,
            "resources.db.properties.users",
            "Databases property is required"),
        row(
            "barbican/order.py Order.validate: algorithm and bit_length for a key",
            V + "resources:\n  o: {type: OS::Barbican::Order, properties: {type: key, "
                + "bit_length: 256}}\n",
            Expect.CREATE,
            "resources.o.properties",
            "algorithm and bit_length are required"),
        row(
            "barbican/order.py Order.validate: null is set (Property._get_string gives '')",
            V + "resources:\n  o: {type: OS::Barbican::Order, properties: {type: key, "
                + "algorithm: null, bit_length: 256}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "barbican/order.py Order.validate: ResourcePropertyDependency profile, ca_id",
            V + "resources:\n  o: {type: OS::Barbican::Order, properties: {type: certificate, "
                + "profile: p}}\n",
            Expect.CREATE,
            "resources.o.properties.profile",
            "without ca_id"),
        row(
            "barbican/order.py Order.ALLOWED_PROPERTIES_FOR_TYPE",
            V + "resources:\n  o: {type: OS::Barbican::Order, properties: {type: key, "
                + "algorithm: aes, bit_length: 256, subject_dn: x}}\n",
            Expect.CREATE,
            "resources.o.properties",
            "Unexpected properties: subject_dn"),
        row(
            "aws/autoscaling/autoscaling_group.py AutoScalingGroup.validate: max below min",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 3, "
                + "max_size: 2, resource: {type: OS::Heat::None}}}\n",
            Expect.CREATE,
            "resources.g.properties.max_size",
            "MinSize can not be greater"),
        row(
            "aws/autoscaling/autoscaling_group.py AutoScalingGroup.validate: desired capacity",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 1, "
                + "max_size: 2, desired_capacity: 0, resource: {type: OS::Heat::None}}}\n",
            Expect.CREATE,
            "resources.g.properties.desired_capacity",
            "DesiredCapacity must be"),
        row(
            "stack_resource.py validate_nested_stack: a member's unknown property",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 1, "
                + "max_size: 2, resource: {type: OS::Nova::Server, properties: {image: i, "
                + "flavor: f, bogus: 1}}}}\n",
            Expect.CREATE,
            "resources.g.properties.resource.properties.bogus",
            "unknown property"),
        row(
            "autoscaling_group.py child_template: no member at min_size 0, nothing validated",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 0, "
                + "max_size: 2, resource: {type: OS::Nova::Server, properties: {image: i, "
                + "flavor: f, bogus: 1}}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "stack_resource.py: member values checked only by the member plugin's validate()",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 1, "
                + "max_size: 2, resource: {type: OS::Heat::Value}}}\n",
            Expect.WARNING,
            "resources.g.properties.resource.properties.value",
            "member's values"),
        row(
            "resource_group.py validate_nested_stack: the member when count is not 0",
            V + "resources:\n  g: {type: OS::Heat::ResourceGroup, properties: {resource_def: "
                + "{type: OS::Heat::Value, properties: {value: 1, bogus: 1}}}}\n",
            Expect.CREATE,
            "resources.g.properties.resource_def.properties.bogus",
            "unknown property"),
        row(
            "scaling_policy.py _validate_min_adjustment_step: percent_change_in_capacity only",
            V + "resources:\n  p: {type: OS::Heat::ScalingPolicy, properties: {"
                + "auto_scaling_group_id: g, adjustment_type: change_in_capacity, "
                + "scaling_adjustment: 1, min_adjustment_step: 1}}\n",
            Expect.CREATE,
            "resources.p.properties.min_adjustment_step",
            "should only be"),
        row(
            "scaling_policy.py _validate_min_adjustment_step: null reads as 0, still set",
            V + "resources:\n  p: {type: OS::Heat::ScalingPolicy, properties: {"
                + "auto_scaling_group_id: g, adjustment_type: exact_capacity, "
                + "scaling_adjustment: 1, min_adjustment_step: null}}\n",
            Expect.CREATE,
            "resources.p.properties.min_adjustment_step",
            "null is still set"),
        row(
            "scaling_policy.py _validate_min_adjustment_step: with percent_change_in_capacity",
            V + "resources:\n  p: {type: OS::Heat::ScalingPolicy, properties: {"
                + "auto_scaling_group_id: g, adjustment_type: percent_change_in_capacity, "
                + "scaling_adjustment: 1, min_adjustment_step: 1}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "stack.py _validate_stack_name: a nested stack's name is ASCII",
            V + "resources:\n  gr\u00fcppe: {type: OS::Heat::ResourceGroup, properties: "
                + "{resource_def: {type: OS::Heat::None}}}\n",
            Expect.CREATE,
            "resources.gr\u00fcppe",
            "no valid part of a stack name"),
        row(
            "resource_group.py validate_nested_stack: count 0 validates no nested stack",
            V + "resources:\n  gr\u00fcppe: {type: OS::Heat::ResourceGroup, properties: "
                + "{count: 0, resource_def: {type: OS::Heat::None}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "stack.py _validate_stack_name: 255 characters with the stack's name",
            V + "resources:\n  " + "a".repeat(254) + ": {type: OS::Heat::AutoScalingGroup, "
                + "properties: {min_size: 0, max_size: 1, resource: {type: OS::Heat::None}}}\n",
            Expect.CREATE,
            "resources." + "a".repeat(254),
            "254 characters long"),
        row(
            "stack.py _validate_stack_name: room left for the stack's name",
            V + "resources:\n  " + "a".repeat(200) + ": {type: OS::Heat::AutoScalingGroup, "
                + "properties: {min_size: 0, max_size: 1, resource: {type: OS::Heat::None}}}\n",
            Expect.WARNING,
            "resources." + "a".repeat(200),
            "at most 54 characters"),
        row(
            "stack.py: a resource that is no nested stack may have any name",
            V + "resources:\n  n\u00f6ne: {type: OS::Heat::None}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "resource_group.py update_policy_schema: rolling_update's keys",
            V + "resources:\n  g: {type: OS::Heat::ResourceGroup, properties: {resource_def: "
                + "{type: OS::Heat::None}}, update_policy: {rolling_update: {bogus: 1}}}\n",
            Expect.VALIDATE,
            "resources.g.update_policy.rolling_update.bogus",
            "bogus"),
        row(
            "neutron/quota.py NeutronQuota.validate: a quota besides project",
            V + "resources:\n  q: {type: OS::Neutron::Quota, properties: {project: p}}\n",
            Expect.CREATE,
            "resources.q.properties",
            "floatingip, network, port, rbac_policy"),
        row(
            "neutron/quota.py NeutronQuota.validate: one quota is enough",
            V + "resources:\n  q: {type: OS::Neutron::Quota, properties: {project: p, network: 1}}"
                + "\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "cinder/quota.py CinderQuota.validate: null is set (Property._get_integer gives 0)",
            V + "resources:\n  q: {type: OS::Cinder::Quota, properties: {project: p, volumes: "
                + "null}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "octavia/pool.py Pool.validate: listener or loadbalancer",
            V + "resources:\n  p: {type: OS::Octavia::Pool, properties: {lb_algorithm: "
                + "ROUND_ROBIN, protocol: HTTP}}\n",
            Expect.CREATE,
            "resources.p.properties",
            "must be specified: listener, loadbalancer"),
        row(
            "octavia/listener.py Listener.validate: TERMINATED_HTTPS needs a TLS container",
            V + "resources:\n  l: {type: OS::Octavia::Listener, properties: {protocol: "
                + "TERMINATED_HTTPS, protocol_port: 443, loadbalancer: lb}}\n",
            Expect.CREATE,
            "resources.l.properties.protocol",
            "default_tls_container_ref required"),
        row(
            "mistral/workflow.py Workflow.validate: a task's workflow or action",
            V + "resources:\n  w: {type: OS::Mistral::Workflow, properties: {type: direct, "
                + "tasks: [{name: t}]}}\n",
            Expect.CREATE,
            "resources.w.properties.tasks[0]",
            "must be specified: workflow, action"),
        row(
            "mistral/workflow.py Workflow.validate: not both workflow and action",
            V + "resources:\n  w: {type: OS::Mistral::Workflow, properties: {type: direct, "
                + "tasks: [{name: t, action: a, workflow: w}]}}\n",
            Expect.CREATE,
            "resources.w.properties.tasks[0]",
            "at the same time: workflow, action"),
        row(
            "mistral/cron_trigger.py CronTrigger.validate: pattern or first_time",
            V + "resources:\n  c: {type: OS::Mistral::CronTrigger, properties: {workflow: "
                + "{name: w}}}\n",
            Expect.CREATE,
            "resources.c.properties",
            "must be specified: pattern, first_time"),
        row(
            "neutron/router.py RouterInterface.validate: subnet or port",
            V + "resources:\n  i: {type: OS::Neutron::RouterInterface, properties: {router: r}}\n",
            Expect.CREATE,
            "resources.i.properties",
            "must be specified: subnet, port"),
        row(
            "neutron/router.py RouterInterface: the hidden subnet_id translates into subnet",
            V + "resources:\n  i: {type: OS::Neutron::RouterInterface, properties: {router: r, "
                + "subnet_id: s}}\n",
            Expect.WARNING,
            "resources.i.properties.subnet_id",
            "subnet"),
        row(
            "neutron/subnet.py Subnet.validate: subnetpool or cidr ('' is no cidr)",
            V + "resources:\n  s: {type: OS::Neutron::Subnet, properties: {network: n, cidr: ''}}"
                + "\n",
            Expect.CREATE,
            "resources.s.properties",
            "subnetpool, cidr"),
        row(
            "aws/ec2/eip.py ElasticIpAssociation.validate: InstanceId with EIP",
            V + "resources:\n  e: {type: AWS::EC2::EIPAssociation, properties: {EIP: 1.2.3.4}}\n",
            Expect.CREATE,
            "resources.e.properties",
            "Must specify 'InstanceId'"),
        row(
            "aws/ec2/eip.py ElasticIpAssociation.validate: InstanceId or NetworkInterfaceId",
            V + "resources:\n  e: {type: AWS::EC2::EIPAssociation, properties: {AllocationId: a}}"
                + "\n",
            Expect.CREATE,
            "resources.e.properties",
            "InstanceId, NetworkInterfaceId"),
        row(
            "zaqar/subscription.py ZaqarSubscription._validate_subscriber: the scheme",
            V + "resources:\n  s: {type: OS::Zaqar::Subscription, properties: {queue_name: q, "
                + "subscriber: 'ftp://x'}}\n",
            Expect.CREATE,
            "resources.s.properties.subscriber",
            "http, https, mailto"),
        row(
            "designate/zone.py DesignateZone.validate: email for PRIMARY (the default type)",
            V + "resources:\n  z: {type: OS::Designate::Zone, properties: {name: example.com.}}"
                + "\n",
            Expect.CREATE,
            "resources.z.properties",
            "email is required"),
        row(
            "designate/zone.py DesignateZone.validate: masters for SECONDARY",
            V + "resources:\n  z: {type: OS::Designate::Zone, properties: {name: example.com., "
                + "type: SECONDARY}}\n",
            Expect.CREATE,
            "resources.z.properties",
            "masters is required"),
        row(
            "cinder/volume.py CinderVolume._validate_create_sources: size or a source",
            V + "resources:\n  v: {type: OS::Cinder::Volume}\n",
            Expect.CREATE,
            "resources.v.properties",
            "currently specified options: []"),
        row(
            "cinder/volume.py CinderVolume._validate_create_sources: one source with a size",
            V + "resources:\n  v: {type: OS::Cinder::Volume, properties: {size: 1, image: a, "
                + "source_volid: b}}\n",
            Expect.CREATE,
            "resources.v.properties",
            "options: ['source_volid', 'image']"),
        row(
            "cinder/volume.py CinderVolume._validate_create_sources: a snapshot needs no size",
            V + "resources:\n  v: {type: OS::Cinder::Volume, properties: {snapshot_id: s}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "nova/server.py Server._validate_block_device_mapping: something to boot from",
            V + "resources:\n  s: {type: OS::Nova::Server, properties: {flavor: f}}\n",
            Expect.CREATE,
            "resources.s.properties",
            "Neither image nor bootable volume"),
        row(
            "aws/autoscaling/launch_config.py LaunchConfiguration.validate: ImageId and type",
            V + "resources:\n  c: {type: AWS::AutoScaling::LaunchConfiguration, properties: "
                + "{ImageId: i}}\n",
            Expect.CREATE,
            "resources.c.properties",
            "ImageId and InstanceType are required"),
        row(
            "heat/instance_group.py InstanceGroup.validate_launchconfig: a resource of the stack",
            V + "resources:\n  g: {type: OS::Heat::InstanceGroup, properties: "
                + "{LaunchConfigurationName: ghost, Size: 1, AvailabilityZones: [a]}}\n",
            Expect.CREATE,
            "resources.g.properties.LaunchConfigurationName",
            "(ghost) reference can not be found"),
        row(
            "heat/value.py Value.reparse: type is read when the resource is built",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {type: [x], value: 1}}\n",
            Expect.VALIDATE,
            "resources.a.properties.type",
            "template-validate refuses"),
        row(
            "heat/value.py Value.reparse: type boolean makes value a boolean",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {type: boolean, value: x}}"
                + "\n",
            Expect.CREATE,
            "resources.a.properties.value",
            "expected a boolean"),
        row(
            "heat/value.py Value.reparse: type json makes value a map",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {type: json, value: [1]}}"
                + "\n",
            Expect.CREATE,
            "resources.a.properties.value",
            "expected a map"),
        row(
            "heat/value.py Value.reparse: type number takes a numeric string",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {type: number, value: "
                + "'1.5'}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "properties.py Property.get_value: null reads as '' and meets the constraints",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {type: null, value: x}}\n",
            Expect.CREATE,
            "resources.a.properties.type",
            "a property set to null reads as \"\""),
        row(
            "properties.py Property._get_integer: null reads as 0, out of range",
            V + "resources:\n  k: {type: OS::Heat::SwiftSignal, properties: {handle: h, "
                + "timeout: null}}\n  h: {type: OS::Heat::SwiftSignalHandle}\n",
            Expect.CREATE,
            "resources.k.properties.timeout",
            "reads as 0"),
        row(
            "nova/server.py Server.__init__: user_data_format is read when the server is built",
            V + "resources:\n  s: {type: OS::Nova::Server, properties: {image: i, flavor: f, "
                + "user_data_format: [a]}}\n",
            Expect.VALIDATE,
            "resources.s.properties.user_data_format",
            "template-validate"),
        row(
            "neutron/rbac_policy.py RBACPolicy.translation_rules: object_type read when built",
            V + "resources:\n  r: {type: OS::Neutron::RBACPolicy, properties: {action: "
                + "access_as_shared, object_id: x, target_tenant: t}}\n",
            Expect.VALIDATE,
            "resources.r.properties.object_type",
            "template-validate"),
        row(
            "resource.py validate_deletion_policy: not for a resource its condition removes",
            V + "conditions: {never: false}\nresources:\n  a: {type: OS::Heat::None, "
                + "condition: never, deletion_policy: Snapshot}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "monasca/notification.py MonascaNotification.validate: an email address",
            V + "resources:\n  n: {type: OS::Monasca::Notification, properties: {type: email, "
                + "address: nobody}}\n",
            Expect.CREATE,
            "resources.n.properties.address",
            "doesn't satisfies allowed format"),
        row(
            "monasca/notification.py MonascaNotification.validate: period only for webhooks",
            V + "resources:\n  n: {type: OS::Monasca::Notification, properties: {type: email, "
                + "address: a@b, period: 60}}\n",
            Expect.CREATE,
            "resources.n.properties.period",
            "Webhook Notification type"),
        row(
            "sahara/job_binary.py JobBinary.validate: internal-db:// and a UUID",
            V + "resources:\n  j: {type: OS::Sahara::JobBinary, properties: {url: "
                + "'internal-db://{12345678-1234-1234-1234-123456789abc}'}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "sahara/job_binary.py JobBinary.validate: swift:// or internal-db://",
            V + "resources:\n  j: {type: OS::Sahara::JobBinary, properties: {url: 'http://x'}}\n",
            Expect.CREATE,
            "resources.j.properties",
            "not a valid job location"),
        row(
            "instance_group.py _create_template: the member's definition even with no member",
            V + "resources:\n  g: {type: OS::Heat::AutoScalingGroup, properties: {min_size: 0, "
                + "max_size: 1, resource: {properties: {}}}}\n",
            Expect.CREATE,
            "resources.g.properties.resource",
            "missing \"type\""),
        row(
            "resource_group.py validate_nested_stack: the member plugin's validate() runs",
            V + "resources:\n  g: {type: OS::Heat::ResourceGroup, properties: {count: 1, "
                + "resource_def: {type: OS::Nova::Server, properties: {flavor: f}}}}\n",
            Expect.CREATE,
            "resources.g.properties.resource_def.properties",
            "Neither image nor bootable volume"),
        row(
            "hot/functions.py JoinMultiple.result: list_join operates on lists",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {list_join: "
                + "[',', ab]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_join",
            "\"list_join\" must operate on a list"),
        row(
            "hot/functions.py JoinMultiple.result: items are strings, maps or lists",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {list_join: "
                + "[',', [a, 1]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_join",
            "Items to join must be string, map or list not 1"),
        row(
            "hot/functions.py MapMerge.result: items to merge are maps",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {map_merge: "
                + "[{a: 1}, [b]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.map_merge",
            "Items to merge must be maps"),
        row(
            "hot/functions.py ListConcat.result: items to concat are lists",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {list_concat: "
                + "[a, [b]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_concat",
            "[\"a\", [\"b\"]] contains an item that is not a list: \"a\""),
        row(
            "hot/functions.py StrSplit.result: the index inside the list (-2 is)",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_split: "
                + "[',', 'a,b', -2]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py If: only the chosen branch is resolved",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {if: [false, "
                + "{list_concat: [a, [b]]}, x]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "none_resource.py NoneResource.validate: properties are never resolved",
            V + "resources:\n  a: {type: OS::Heat::None, properties: {value: {list_concat: "
                + "[a, [b]]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/template.py HOTemplate20151015: get_attr is GetAttAllAttributes, [resource] alone",
            "heat_template_version: 2015-10-15\nresources:\n  a: {type: OS::Heat::None}\n"
                + "  b: {type: OS::Heat::Value, properties: {value: {get_attr: [a]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py Join.result (before 2015-10-15): the delimiter is a string",
            "heat_template_version: 2015-04-30\nresources:\n"
                + "  a: {type: OS::Heat::Value, properties: {value: {list_join: [1, [a]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_join",
            "\"list_join\" delimiter must be a string"),
        row(
            "hot/functions.py Join.result (before 2015-10-15): items are strings",
            "heat_template_version: 2015-04-30\nresources:\n"
                + "  a: {type: OS::Heat::Value, properties: {value: {list_join: [',', [a, 1]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_join",
            "Items to join must be strings not 1"),
        row(
            "hot/functions.py Replace.result: the template is a string",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace: {template: [a], params: {a: b}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.str_replace",
            "\"str_replace\" template must be a string"),
        row(
            "hot/functions.py Replace._validate_replacement (before 2015-10-15): scalar params",
            "heat_template_version: 2015-04-30\nresources:\n"
                + "  a: {type: OS::Heat::Value, properties: {value: {str_replace: {template: ab, "
                + "params: {a: [1]}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.str_replace",
            "params must be strings or numbers, param a is not valid"),
        row(
            "hot/functions.py ReplaceJson._validate_replacement: lists are JSON from 2015-10-15",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace: {template: ab, params: {a: [1]}}}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py ReplaceJsonStrict: every param is found in the template",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace_strict: {template: a $x, params: {$y: b}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.str_replace_strict",
            "The following params were not found in the template: $y"),
        row(
            "hot/functions.py ReplaceJsonStrict: a key found only inside a longer key is not found",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace_strict: {template: $xx, params: {$xx: a, $x: b}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.str_replace_strict",
            "not found in the template: $x"),
        row(
            "hot/functions.py ReplaceJsonVeryStrict: no empty param values",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {str_replace_vstrict: {template: ab, params: {a: ''}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.str_replace_vstrict",
            "undefined or empty value for param a"),
        row(
            "hot/functions.py RepeatWithMap._valid_arg: for_each values are lists or maps",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {repeat: {for_each: {'%x%': a}, template: '%x%'}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.repeat",
            "must be lists or maps"),
        row(
            "hot/functions.py Repeat.result: equal lengths without permutations",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {repeat: {for_each: {x: [1], y: [1, 2]}, template: xy, permutations: false}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.repeat",
            "should be equal if no nested loop"),
        row(
            "hot/functions.py GetFile.result: the argument is a string",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {get_file: 1}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.get_file",
            "Argument to \"get_file\" must be a string"),
        row(
            "hot/functions.py Digest.validate_usage: an algorithm hashlib has",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {digest: [nope, x]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.digest",
            "Algorithm must be one of"),
        row(
            "hot/functions.py Digest.validate_usage: the algorithm name is lowered first",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {digest: [SHA256, x]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py MapReplace.result: a map is no list (KeyError 0)",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {map_replace: {a: 1}}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.map_replace",
            "a map, not a list of two maps"),
        row(
            "hot/functions.py MapReplace.result: a replaced key collides with an input key",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {map_replace: [{a: b, c: d}, {keys: {a: c}}]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.map_replace",
            "key replacement c collides with a key in the input map"),
        row(
            "function.py resolve: functions in the arguments are resolved first",
            V
                + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {list_join: [',', [{get_file: 1}, {get_param: OS::stack_name}]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.list_join[1][0].get_file",
            "must be a string"),
        row(
            "hot/functions.py GetParam.result: arguments, checked when properties are resolved",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {get_param: []}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.get_param",
            "Function \"get_param\" must have arguments"),
        row(
            "hot/functions.py GetParam.result: metadata is resolved only when the resource is created",
            V + "resources:\n  a: {type: OS::Heat::None, metadata: {a: {get_param: 1}}}\n",
            Expect.WARNING,
            "resources.a.metadata.a.get_param",
            "must be string or list"),
        row(
            "properties.py Property._get_string: str(True) against the pattern",
            V
                + "resources:\n  a: {type: OS::Blazar::Lease, properties: {name: n, end_date: '2030-01-01 00:00', "
                + "start_date: true, reservations: [{resource_type: virtual:instance}]}}\n",
            Expect.CREATE,
            "resources.a.properties.start_date",
            "True"),
        row(
            "parameters.py JsonParam.parse: a string default is JSON (checked with the value)",
            V + "parameters:\n  p: {type: json, default: x}\nresources: {}\n",
            Expect.CREATE,
            "parameters.p.default",
            "Value must be valid JSON"),
        row(
            "parameters.py Parameter.validate(validate_value): a default's type, not at template-validate",
            V + "parameters:\n  p: {type: boolean, default: maybe}\nresources: {}\n",
            Expect.CREATE,
            "parameters.p.default",
            "expected a boolean"),
        row(
            "parameters.py JsonParam.parse: a number default goes through jsonutils and is read",
            V + "parameters:\n  p: {type: json, default: 5}\nresources: {}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "parameters.py Schema._validate_default: a comma_delimited_list default is split",
            V + "parameters:\n  p: {type: comma_delimited_list, default: {a: 1}}\nresources: {}\n",
            Expect.VALIDATE,
            "parameters.p.default",
            "comma-delimited"),
        row(
            "constraints.py Range._is_valid: str_to_num fails on a default of the wrong type",
            V + "parameters:\n  p: {type: number, default: abc, constraints: [{range: {min: 1}}]}\n"
                + "resources: {}\n",
            Expect.VALIDATE,
            "parameters.p.default",
            "expected a number"),
        row(
            "properties.py Property._get_integer: the value str_replace gives ('1b')",
            V
                + "resources:\n  a: {type: OS::Heat::RandomString, properties: {length: {str_replace: {template: ab, params: {a: '1'}}}}}\n",
            Expect.CREATE,
            "resources.a.properties.length",
            "\"1b\""),
        row(
            "properties.py Property._get_integer: the value list_join gives ('12')",
            V
                + "resources:\n  a: {type: OS::Heat::RandomString, properties: {length: {list_join: ['', ['1', '2']]}}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "properties.py Property._get_string: the value map_merge gives is a map",
            V
                + "resources:\n  a: {type: OS::Heat::RandomString, properties: {salt: {map_merge: [{a: 1}]}}}\n",
            Expect.CREATE,
            "resources.a.properties.salt",
            "expected a string, not a map"),
        row(
            "constraints.py AllowedValues: the items list_concat gives",
            V
                + "resources:\n  a: {type: OS::Heat::RandomString, properties: {character_classes: {list_concat: [[{class: lowercase}], [{class: bogus}]]}}}\n",
            Expect.CREATE,
            "resources.a.properties.character_classes[1].class",
            "\"bogus\" is not an allowed value"),
        row(
            "properties.py Property._get_integer: the item str_split picks",
            V
                + "resources:\n  a: {type: OS::Heat::RandomString, properties: {length: {str_split: [',', '1,x', 1]}}}\n",
            Expect.CREATE,
            "resources.a.properties.length",
            "\"x\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void mirrorsHeat(String heatCode, String yaml, Expect expect, String path, String text) {
    ValidationResult all = TemplateValidator.validate(HotReader.read(yaml, "t.yaml"));
    ValidationResult templateValidate =
        TemplateValidator.validate(HotReader.read(yaml, "t.yaml"), ValidationDepth.VALIDATE);
    switch (expect) {
      case NOTHING -> assertThat(all.problems()).as(heatCode).isEmpty();
      case WARNING -> {
        assertThat(all.errors()).as(heatCode).isEmpty();
        assertThat(all.warnings()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text);
        });
      }
      case VALIDATE ->
        assertThat(templateValidate.errors()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text);
          assertThat(p.depth()).isEqualTo(ValidationDepth.VALIDATE);
        });
      case CREATE -> {
        assertThat(templateValidate.errors()).as(heatCode).isEmpty();
        assertThat(all.errors()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text).endsWith("; fails at stack create");
          assertThat(p.depth()).isEqualTo(ValidationDepth.CREATE);
        });
      }
      default -> throw new AssertionError(expect);
    }
  }
  /** Rows of this session's public-templates run (PublicTemplatesTest), on one template. */
  static Stream<Arguments> publicTemplateRows() {
    return Stream.of(
        row(
            "hot/functions.py If.result: the condition name of an if in a branch not taken is "
                + "never read",
            "heat_template_version: 2018-08-31\nparameters:\n  tls: {type: boolean, default: "
                + "false}\nconditions:\n  c: {equals: [{get_param: tls}, true]}\noutputs:\n  o: "
                + "{value: {if: [c, {if: [nocond, 1, 2]}, 3]}}\n",
            Expect.NOTHING,
            null,
            null),
        row(
            "hot/functions.py If.result: the condition name of an if in the branch taken is read",
            "heat_template_version: 2018-08-31\nconditions:\n  c: true\noutputs:\n  o: "
                + "{value: {if: [c, {if: [nocond, 1, 2]}, 3]}}\n",
            Expect.VALIDATE,
            "outputs.o.value.if[1].if[0]",
            "unknown condition"),
        row(
            "hot/functions.py GetParam.result: properties are resolved in Resource.validate, "
                + "before stack create, not at template-validate",
            V + "resources:\n  a: {type: OS::Heat::Value, properties: {value: {get_param: "
                + "nope}}}\n",
            Expect.CREATE,
            "resources.a.properties.value.get_param",
            "unknown parameter \"nope\""),
        row(
            "hot/functions.py GetParam.result: metadata is not resolved before stack create",
            V + "resources:\n  a: {type: OS::Heat::None, metadata: {k: {get_param: nope}}}\n",
            Expect.WARNING,
            "resources.a.metadata.k.get_param",
            "unknown parameter \"nope\""),
        row(
            "conditions.py Conditions.is_enabled: a condition nobody uses is never resolved",
            V + "conditions:\n  c: {equals: [{get_param: nope}, 1]}\n",
            Expect.WARNING,
            "conditions.c.equals[0].get_param",
            "unknown parameter \"nope\""),
        row(
            "conditions.py Conditions.is_enabled: a condition a resource uses is resolved at "
                + "template-validate, and the conditions it names",
            V + "conditions:\n  b: {equals: [{get_param: nope}, 1]}\n  c: {and: [b, true]}\n"
                + "resources:\n  a: {type: OS::Heat::None, condition: c}\n",
            Expect.VALIDATE,
            "conditions.b.equals[0].get_param",
            "unknown parameter \"nope\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTemplateRows")
  void mirrorsHeatOnPublicTemplates(
      String heatCode, String yaml, Expect expect, String path, String text) {
    mirrorsHeat(heatCode, yaml, expect, path, text);
  }

  /**
   * Rules across the files of a bundle, one row each: the root template {@code t.yaml}, the files
   * beside it, and what {@code BundleValidator.validateAll} must say.
   */
  static Stream<Arguments> bundleRows() {
    return Stream.of(
        Arguments.of(
            "template_common.py outputs: each output must contain a value key",
            V + "outputs:\n  o: {description: nothing}\n",
            Map.of(),
            Expect.VALIDATE,
            "t.yaml: outputs.o",
            "must contain a value key"),
        Arguments.of(
            "template_common.py outputs: the value key is there, null will do",
            V + "outputs:\n  o: {description: nothing, value: null}\n",
            Map.of(),
            Expect.NOTHING,
            null,
            null),
        Arguments.of(
            "properties.py Properties.validate: a provider's parameter without default is a "
                + "required property, not assigned (Resource.validate, not validate_template)",
            V + "resources:\n  a: {type: child.yaml}\n",
            Map.of("child.yaml", V + "parameters:\n  p: {type: string}\n"),
            Expect.CREATE,
            "t.yaml: resources.a.properties",
            "required parameter p of child.yaml is not set"),
        Arguments.of(
            "service.py validate_template (validate_res_tmpl_only): a nested template's resources "
                + "are validated only with the nested stack, before stack create",
            V + "resources:\n  a: {type: child.yaml}\n",
            Map.of("child.yaml", V + "resources:\n  x: {type: OS::Nope::Thing}\n"),
            Expect.CREATE,
            "child.yaml: resources.x.type",
            "OS::Nope::Thing"),
        Arguments.of(
            "template_resource.py get_schemas: a nested template's parameter schemata are parsed "
                + "at template-validate, their defaults checked (Parameter.validate) only with it",
            V + "resources:\n  a: {type: child.yaml}\n",
            Map.of(
                "child.yaml",
                V + "parameters:\n  k: {type: string, default: '', constraints: "
                    + "[{allowed_pattern: '^[a-z]+$'}]}\n"),
            Expect.CREATE,
            "child.yaml: parameters.k.default",
            "does not match pattern"),
        Arguments.of(
            "hot/functions.py GetFile.result: no content in the files section, resolved in "
                + "Resource.validate",
            V + "resources:\n  a: {type: OS::Heat::SoftwareConfig, properties: {config: "
                + "{get_file: gone.sh}}}\n",
            Map.of(),
            Expect.CREATE,
            "t.yaml: resources.a.properties.config.get_file",
            "get_file: file not found: gone.sh"),
        Arguments.of(
            "hot/functions.py GetFile.result: the file sent along resolves",
            V + "resources:\n  a: {type: OS::Heat::SoftwareConfig, properties: {config: "
                + "{get_file: here.sh}}}\n",
            Map.of("here.sh", "#!/bin/sh\n"),
            Expect.NOTHING,
            null,
            null),
        Arguments.of(
            "hot/functions.py GetFile.result: outputs are not resolved before stack create",
            V + "resources:\n  a: {type: OS::Heat::None}\noutputs:\n  o: {value: "
                + "{get_file: gone.sh}}\n",
            Map.of(),
            Expect.NOTHING,
            null,
            null),
        Arguments.of(
            "resource.py Resource.validate: a resource whose condition is false is not validated",
            V + "conditions: {c: false}\nresources:\n  a: {type: OS::Heat::SoftwareConfig, "
                + "condition: c, properties: {config: {get_file: gone.sh}}}\n",
            Map.of(),
            Expect.WARNING,
            "t.yaml: resources.a.properties.config.get_file",
            "get_file: file not found: gone.sh"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundleRows")
  @SuppressWarnings("unchecked")
  void mirrorsHeatAcrossFiles(
      String heatCode,
      String yaml,
      Map<String, String> files,
      Expect expect,
      String path,
      String text) {
    Bundle.Builder b =
        Bundle.builder("t.yaml", (Map<String, Object>) YamlReader.read(yaml, "t.yaml"));
    files.forEach(b::file);
    Bundle bundle = b.build();
    ValidationResult all = BundleValidator.validateAll(bundle);
    ValidationResult templateValidate =
        BundleValidator.validateAll(bundle, ValidationDepth.VALIDATE);
    switch (expect) {
      case NOTHING -> assertThat(all.errors()).as(heatCode).isEmpty();
      case WARNING -> {
        assertThat(all.errors()).as(heatCode).isEmpty();
        assertThat(all.warnings()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text);
        });
      }
      case VALIDATE ->
        assertThat(templateValidate.errors()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text);
          assertThat(p.depth()).isEqualTo(ValidationDepth.VALIDATE);
        });
      case CREATE -> {
        assertThat(templateValidate.errors())
            .as(heatCode)
            .noneMatch(p -> p.depth() == ValidationDepth.VALIDATE);
        assertThat(all.errors()).as(heatCode).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.message()).contains(text).endsWith("; fails at stack create");
          assertThat(p.depth()).isEqualTo(ValidationDepth.CREATE);
        });
      }
      default -> throw new AssertionError(expect);
    }
  }
}
