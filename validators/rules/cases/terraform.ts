/** Cases of input-unresolved for Terraform plans: short plans, as `terraform show -json` prints them (only the parts that matter kept). */
import type { RuleCases } from './case.ts';

type Json = Record<string, unknown>;

const TABLE = 'rtb-0a1b2c3d4e5f60003';
const TGW = 'tgw-0a1b2c3d4e5f60009';

/** A plan adding a route to on-premises to an existing table; `destination` is the route's CIDR expression and planned value (undefined: known only after apply). */
function routePlan(destination: { value?: string; expression: Json }): Json {
  const values: Json = { route_table_id: TABLE, transit_gateway_id: TGW, ...(destination.value ? { destination_cidr_block: destination.value } : {}) };
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_route_table.workspaces', mode: 'managed', type: 'aws_route_table', name: 'workspaces', provider_name: 'registry.terraform.io/hashicorp/aws', values: { id: TABLE, vpc_id: 'vpc-0a1b2c3d4e5f60000', propagating_vgws: [], route: [] } },
          { address: 'aws_route.onprem', mode: 'managed', type: 'aws_route', name: 'onprem', provider_name: 'registry.terraform.io/hashicorp/aws', values },
        ],
      },
    },
    resource_changes: [
      { address: 'aws_route_table.workspaces', mode: 'managed', type: 'aws_route_table', name: 'workspaces', change: { actions: ['no-op'], after_unknown: {} } },
      { address: 'aws_route.onprem', mode: 'managed', type: 'aws_route', name: 'onprem', change: { actions: ['create'], after_unknown: { id: true, state: true, ...(destination.value ? {} : { destination_cidr_block: true }) } } },
    ],
    configuration: {
      root_module: {
        resources: [
          { address: 'aws_route.onprem', mode: 'managed', type: 'aws_route', name: 'onprem', expressions: { route_table_id: { references: ['aws_route_table.workspaces.id', 'aws_route_table.workspaces'] }, destination_cidr_block: destination.expression, transit_gateway_id: { constant_value: TGW } } },
        ],
      },
    },
  };
}

export const terraformUnresolvedCases: RuleCases = {
  valid: [
    {
      title: { en: 'A route whose destination is written in the configuration', ja: '宛先を configuration に書いたルート' },
      documents: [{ name: 'plan.json', content: routePlan({ value: '192.168.0.0/16', expression: { constant_value: '192.168.0.0/16' } }) }],
    },
  ],
  invalid: [
    {
      title: { en: 'A route to the block of a VPC that IPAM assigns at apply', ja: 'apply 時に IPAM が割り当てる VPC のブロックへのルート' },
      documents: [{ name: 'plan.json', content: routePlan({ expression: { references: ['aws_vpc.shared.cidr_block', 'aws_vpc.shared'] } }) }],
      errors: [{ path: ['planned_values', 'root_module', 'resources', 1, 'address'], messageId: 'afterApply' }],
    },
  ],
};
