/** `terraform show -json <plan-file>`: a whole Terraform plan, read by validators/input/iac/terraform/ (registered by iac/readers.ts). */
import * as z from 'zod';
import { has, hasAny, isObject } from '../read-context.ts';
import { defineDocumentKind } from './define.ts';

/** The top level of a plan (the reader checks each part it reads, with a finding at its path). */
export const TerraformPlanShape = z.looseObject({
  /** "1.2" today; 0.x from Terraform 0.12–1.0. */
  format_version: z.string(),
  terraform_version: z.string().optional(),
  /** The outcome: every resource the plan leaves, with its values (unknown ones absent). */
  planned_values: z.looseObject({ root_module: z.looseObject({}).optional() }).optional(),
  /** What each resource's change is, and which values are known only after apply (`after_unknown`). */
  resource_changes: z.array(z.looseObject({ address: z.string() })).optional(),
  /** The state the plan starts from. */
  prior_state: z.looseObject({}).optional(),
  /** The configuration, with each expression's references. */
  configuration: z.looseObject({}).optional(),
  /** True when Terraform stopped planning with errors. */
  errored: z.boolean().optional(),
  /** False when some changes are deferred to a later plan. */
  complete: z.boolean().optional(),
});

export const terraformPlan = defineDocumentKind({
  kind: 'TerraformPlan',
  command: 'terraform show -json <plan-file>',
  markerKeys: ['format_version', 'planned_values'],
  fileName: 'terraform-plan.json',
  label: { en: 'Terraform plan', ja: 'Terraform のプラン' },
  page: 'validators/terraform-plans/',
  note: {
    en: 'Save the plan first (`terraform plan -out=plan.out`). A plan holds every planned value in clear text, secrets included: the workbench reads it in your browser and sends nothing anywhere.',
    ja: '先にプランを保存します (`terraform plan -out=plan.out`)。プランには秘密情報も含めてすべての値が平文で入っていますが、ワークベンチはブラウザの中で読むだけで、どこにも送信しません。',
  },
  documentShape: TerraformPlanShape,
  example: {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_vpc.workspaces',
            mode: 'managed',
            type: 'aws_vpc',
            name: 'workspaces',
            provider_name: 'registry.terraform.io/hashicorp/aws',
            schema_version: 1,
            values: { cidr_block: '10.20.0.0/16', enable_dns_support: true, instance_tenancy: 'default', tags: { Name: 'workspaces' } },
            sensitive_values: { tags: {} },
          },
          {
            address: 'aws_subnet.workspaces',
            mode: 'managed',
            type: 'aws_subnet',
            name: 'workspaces',
            provider_name: 'registry.terraform.io/hashicorp/aws',
            schema_version: 1,
            values: { availability_zone: 'ap-northeast-1a', cidr_block: '10.20.1.0/24', map_public_ip_on_launch: false },
            sensitive_values: {},
          },
        ],
      },
    },
    resource_changes: [
      {
        address: 'aws_vpc.workspaces',
        mode: 'managed',
        type: 'aws_vpc',
        name: 'workspaces',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['create'],
          before: null,
          after: { cidr_block: '10.20.0.0/16', enable_dns_support: true, instance_tenancy: 'default', tags: { Name: 'workspaces' } },
          after_unknown: { arn: true, default_network_acl_id: true, default_route_table_id: true, default_security_group_id: true, id: true, ipv6_cidr_block: true, main_route_table_id: true, owner_id: true },
        },
      },
      {
        address: 'aws_subnet.workspaces',
        mode: 'managed',
        type: 'aws_subnet',
        name: 'workspaces',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['create'],
          before: null,
          after: { availability_zone: 'ap-northeast-1a', cidr_block: '10.20.1.0/24', map_public_ip_on_launch: false },
          after_unknown: { arn: true, id: true, ipv6_cidr_block_association_id: true, owner_id: true, vpc_id: true },
        },
      },
    ],
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } },
      root_module: {
        resources: [
          { address: 'aws_vpc.workspaces', mode: 'managed', type: 'aws_vpc', name: 'workspaces', provider_config_key: 'aws', expressions: { cidr_block: { constant_value: '10.20.0.0/16' } }, schema_version: 1 },
          {
            address: 'aws_subnet.workspaces',
            mode: 'managed',
            type: 'aws_subnet',
            name: 'workspaces',
            provider_config_key: 'aws',
            expressions: { availability_zone: { constant_value: 'ap-northeast-1a' }, cidr_block: { constant_value: '10.20.1.0/24' }, vpc_id: { references: ['aws_vpc.workspaces.id', 'aws_vpc.workspaces'] } },
            schema_version: 1,
          },
        ],
      },
    },
    timestamp: '2026-12-07T01:02:03Z',
    applyable: true,
    complete: true,
    errored: false,
  },
  detect: (value) => has(value, 'format_version') && hasAny(value, ['planned_values', 'resource_changes']) && (isObject(value.planned_values) || Array.isArray(value.resource_changes)),
});
