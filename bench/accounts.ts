/**
 * Generated inputs for the benchmark and the browser's large-paste tests: a large account
 * (500 route tables × 50 routes, 200 network ACLs × 40 entries, 500 security groups, 500 subnets,
 * pretty-printed with 4 spaces as the CLI prints) and a typical paste (one table, one ACL, one group).
 */

const hex = (n: number, width = 17) => n.toString(16).padStart(width, '0');

/** A large account's describe-* outputs, pretty-printed as the CLI prints them. */
export function largeAccount(): { name: string; text: string }[] {
  const vpc = `vpc-${hex(1)}`;
  const subnets = Array.from({ length: 500 }, (_, i) => ({
    AvailabilityZone: i % 2 ? 'ap-northeast-1a' : 'ap-northeast-1c',
    CidrBlock: `10.${Math.floor(i / 250)}.${i % 250}.0/24`,
    State: 'available',
    SubnetId: `subnet-${hex(i)}`,
    VpcId: vpc,
    OwnerId: '123456789012',
    MapPublicIpOnLaunch: false,
  }));
  const routeTables = Array.from({ length: 500 }, (_, t) => ({
    Associations: [{ Main: t === 0, RouteTableAssociationId: `rtbassoc-${hex(t)}`, RouteTableId: `rtb-${hex(t)}`, ...(t === 0 ? {} : { SubnetId: `subnet-${hex(t)}` }), AssociationState: { State: 'associated' } }],
    PropagatingVgws: [],
    RouteTableId: `rtb-${hex(t)}`,
    Routes: [
      { DestinationCidrBlock: '10.0.0.0/8', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      ...Array.from({ length: 49 }, (_, r) => ({ DestinationCidrBlock: `172.${16 + (r % 16)}.${(t + r) % 256}.0/24`, TransitGatewayId: `tgw-${hex(r % 4)}`, Origin: 'CreateRoute', State: 'active' })),
    ],
    Tags: [{ Key: 'Name', Value: `table-${t}` }],
    VpcId: vpc,
    OwnerId: '123456789012',
  }));
  // Realistic ACLs: per direction, allows for the VPC and on-premises ranges on the ports in use,
  // a few denies placed before them, and the default deny.
  const ports = [53, 88, 123, 135, 389, 443, 445, 464, 636, 3268, 3389, 5985, 8080, 9000];
  const networkAcls = Array.from({ length: 200 }, (_, a) => ({
    Associations: [0, 1].map((k) => ({ NetworkAclAssociationId: `aclassoc-${hex(a * 2 + k)}`, NetworkAclId: `acl-${hex(a)}`, SubnetId: `subnet-${hex((a * 2 + k) % 500)}` })),
    Entries: [true, false].flatMap((egress) => [
      ...Array.from({ length: 4 }, (_, d) => ({ CidrBlock: `192.168.${(a + d) % 256}.0/24`, Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 50 + d })),
      ...ports.map((port, p) => ({ CidrBlock: p % 2 ? '10.0.0.0/8' : `192.168.0.0/16`, Egress: egress, Protocol: p % 3 === 0 ? '17' : '6', PortRange: { From: port, To: port }, RuleAction: 'allow', RuleNumber: 100 + p * 10 })),
      { CidrBlock: '10.0.0.0/8', Egress: egress, Protocol: '6', PortRange: { From: 49152, To: 65535 }, RuleAction: 'allow', RuleNumber: 300 },
      { CidrBlock: '10.0.0.0/8', Egress: egress, Protocol: '1', IcmpTypeCode: { Type: -1, Code: -1 }, RuleAction: 'allow', RuleNumber: 310 },
      { CidrBlock: '0.0.0.0/0', Egress: egress, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
    ]),
    IsDefault: a === 0,
    NetworkAclId: `acl-${hex(a)}`,
    VpcId: vpc,
    OwnerId: '123456789012',
  }));
  const securityGroups = Array.from({ length: 500 }, (_, g) => ({
    Description: `group ${g}`,
    GroupName: g === 0 ? 'd-9067000000_workspacesMembers' : `app-${g}`,
    IpPermissions: Array.from({ length: 4 }, (_, p) => ({ IpProtocol: 'tcp', FromPort: 8000 + p, ToPort: 8000 + p, IpRanges: [{ CidrIp: `10.${p}.0.0/16` }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] })),
    OwnerId: '123456789012',
    GroupId: `sg-${hex(g)}`,
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    VpcId: vpc,
  }));
  return [
    { name: 'route-tables.json', text: JSON.stringify({ RouteTables: routeTables }, null, 4) },
    { name: 'network-acls.json', text: JSON.stringify({ NetworkAcls: networkAcls }, null, 4) },
    { name: 'security-groups.json', text: JSON.stringify({ SecurityGroups: securityGroups }, null, 4) },
    { name: 'subnets.json', text: JSON.stringify({ Subnets: subnets }, null, 4) },
  ];
}

/** A typical paste: one route table, one network ACL, one security group. */
export function typicalPaste(): { name: string; text: string }[] {
  const table = {
    RouteTables: [
      {
        Associations: [{ Main: false, RouteTableAssociationId: 'rtbassoc-0a1', RouteTableId: 'rtb-0a1', SubnetId: 'subnet-0a1', AssociationState: { State: 'associated' } }],
        PropagatingVgws: [],
        RouteTableId: 'rtb-0a1',
        Routes: [
          { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
          { DestinationPrefixListId: 'pl-61a54008', GatewayId: 'vpce-0a1', Origin: 'CreateRoute', State: 'active' },
          { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0a1', Origin: 'CreateRoute', State: 'active' },
        ],
        VpcId: 'vpc-0a1',
      },
    ],
  };
  const acl = {
    NetworkAcls: [
      {
        Associations: [{ NetworkAclAssociationId: 'aclassoc-0a1', NetworkAclId: 'acl-0a1', SubnetId: 'subnet-0a1' }],
        Entries: [
          { CidrBlock: '10.0.0.0/16', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '6', PortRange: { From: 443, To: 443 }, RuleAction: 'allow', RuleNumber: 110 },
          { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
          { CidrBlock: '10.0.0.0/16', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '6', PortRange: { From: 1024, To: 65535 }, RuleAction: 'allow', RuleNumber: 110 },
          { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
        ],
        IsDefault: false,
        NetworkAclId: 'acl-0a1',
        VpcId: 'vpc-0a1',
      },
    ],
  };
  const group = {
    SecurityGroups: [
      {
        GroupId: 'sg-0a1',
        GroupName: 'd-90670a1b2c_workspacesMembers',
        IpPermissions: [],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
        VpcId: 'vpc-0a1',
      },
    ],
  };
  return [
    { name: 'route-tables.json', text: JSON.stringify(table, null, 4) },
    { name: 'network-acls.json', text: JSON.stringify(acl, null, 4) },
    { name: 'security-groups.json', text: JSON.stringify(group, null, 4) },
  ];
}
