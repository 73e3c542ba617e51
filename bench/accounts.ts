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

/** The WorkSpaces subnets of the hub-and-spoke account: the workload subnets of spoke 1 (egress through the hub) and spoke 45 (default route on premises). */
export function transitWorkspacesSubnets(): string[] {
  return [1, 45].flatMap((v) => [2, 3, 4, 5].map((s) => `subnet-${hex(0x1000 + v * 8 + s)}`));
}

/**
 * A hub-and-spoke account: 50 VPCs behind one transit gateway with 4 route tables (two for the
 * spokes, one for the egress VPC, one for the VPN), 200 workload subnets whose default route goes
 * to the transit gateway, an egress VPC with NAT gateways and an internet gateway, and the
 * transit gateway's attachments, VPC attachments, route tables and routes, pretty-printed.
 */
export function transitAccount(): { name: string; text: string }[] {
  const tgw = `tgw-${hex(7)}`;
  const vpcId = (v: number) => `vpc-${hex(0x100 + v)}`;
  const attachmentId = (v: number) => `tgw-attach-${hex(0x100 + v)}`;
  const vpn = { attachment: `tgw-attach-${hex(0xfff)}`, id: `vpn-${hex(0xfff)}` };
  const tables = ['spokes', 'spokes-onprem', 'egress', 'vpn'].map((_, k) => `tgw-rtb-${hex(0x10 + k)}`);
  const subnetId = (v: number, s: number) => `subnet-${hex(0x1000 + v * 8 + s)}`;
  const vpcs = Array.from({ length: 50 }, (_, v) => ({ VpcId: vpcId(v), CidrBlock: `10.${v}.0.0/16`, State: 'available', OwnerId: '123456789012', IsDefault: false, CidrBlockAssociationSet: [{ CidrBlock: `10.${v}.0.0/16`, CidrBlockState: { State: 'associated' } }] }));
  // Subnets 0–1: the transit gateway's; 2–5: workloads (in the egress VPC, 2–3 are public, with NAT gateways).
  const subnets = vpcs.flatMap((_, v) =>
    Array.from({ length: v === 0 ? 4 : 6 }, (__, s) => ({ SubnetId: subnetId(v, s), VpcId: vpcId(v), CidrBlock: `10.${v}.${s}.0/24`, AvailabilityZone: s % 2 ? 'ap-northeast-1c' : 'ap-northeast-1a', State: 'available', MapPublicIpOnLaunch: false, OwnerId: '123456789012' })),
  );
  const local = (v: number) => ({ DestinationCidrBlock: `10.${v}.0.0/16`, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' });
  const table = (id: string, v: number, subnetIndexes: number[], routes: Record<string, unknown>[], main = false) => ({
    Associations: [...(main ? [{ Main: true, RouteTableId: id, RouteTableAssociationId: `rtbassoc-${id.slice(4)}`, AssociationState: { State: 'associated' } }] : []), ...subnetIndexes.map((s) => ({ Main: false, RouteTableId: id, SubnetId: subnetId(v, s), RouteTableAssociationId: `rtbassoc-${id.slice(4, 18)}${s}`, AssociationState: { State: 'associated' } }))],
    PropagatingVgws: [],
    RouteTableId: id,
    Routes: [local(v), ...routes],
    VpcId: vpcId(v),
    OwnerId: '123456789012',
  });
  const viaTgw = (destination: string) => ({ DestinationCidrBlock: destination, TransitGatewayId: tgw, Origin: 'CreateRoute', State: 'active' });
  const routeTables = vpcs.flatMap((_, v) => {
    const id = (k: number) => `rtb-${hex(0x2000 + v * 4 + k)}`;
    if (v === 0) {
      return [
        table(id(0), v, [], [], true),
        table(id(1), v, [0, 1], [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: `nat-${hex(0x300)}`, Origin: 'CreateRoute', State: 'active' }, viaTgw('10.0.0.0/8')]),
        table(id(2), v, [2, 3], [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: `igw-${hex(0x301)}`, Origin: 'CreateRoute', State: 'active' }, viaTgw('10.0.0.0/8')]),
      ];
    }
    return [
      table(id(0), v, [], [], true),
      table(id(1), v, [0, 1], []),
      table(id(2), v, [2, 3, 4, 5], [viaTgw('0.0.0.0/0'), ...Array.from({ length: 20 }, (__, r) => viaTgw(`172.${16 + (r % 16)}.${r}.0/24`))]),
    ];
  });
  const entry = (egress: boolean, number: number, cidr: string, action: string, protocol = '-1', ports?: [number, number]) => ({ CidrBlock: cidr, Egress: egress, Protocol: protocol, RuleAction: action, RuleNumber: number, ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}) });
  const networkAcls = vpcs.flatMap((_, v) => [
    {
      Associations: (v === 0 ? [2, 3] : [2, 3, 4, 5]).map((s) => ({ NetworkAclId: `acl-${hex(0x4000 + v * 2)}`, SubnetId: subnetId(v, s) })),
      Entries: [true, false].flatMap((egress) => [
        ...Array.from({ length: 6 }, (__, d) => entry(egress, 50 + d, `192.168.${d}.0/24`, 'deny')),
        entry(egress, 100, '10.0.0.0/8', 'allow'),
        egress ? entry(egress, 110, '0.0.0.0/0', 'allow', '6', [443, 443]) : entry(egress, 110, '0.0.0.0/0', 'allow', '6', [1024, 65535]),
        entry(egress, 32767, '0.0.0.0/0', 'deny'),
      ]),
      IsDefault: false,
      NetworkAclId: `acl-${hex(0x4000 + v * 2)}`,
      VpcId: vpcId(v),
    },
    {
      Associations: [0, 1].map((s) => ({ NetworkAclId: `acl-${hex(0x4001 + v * 2)}`, SubnetId: subnetId(v, s) })),
      Entries: [entry(true, 100, '0.0.0.0/0', 'allow'), entry(false, 100, '0.0.0.0/0', 'allow'), entry(true, 32767, '0.0.0.0/0', 'deny'), entry(false, 32767, '0.0.0.0/0', 'deny')],
      IsDefault: true,
      NetworkAclId: `acl-${hex(0x4001 + v * 2)}`,
      VpcId: vpcId(v),
    },
  ]);
  const securityGroups = vpcs.slice(1).map((_, i) => ({
    GroupId: `sg-${hex(0x5000 + i)}`,
    GroupName: `d-90${hex(i, 8)}_workspacesMembers`,
    IpPermissions: [],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    VpcId: vpcId(i + 1),
    OwnerId: '123456789012',
  }));
  // Spokes 1–40 use the egress VPC; 41–49 send the default route on premises.
  const associated = (v: number) => (v === 0 ? tables[2] : v <= 40 ? tables[0] : tables[1]);
  const attachments = [
    ...vpcs.map((_, v) => ({ TransitGatewayAttachmentId: attachmentId(v), TransitGatewayId: tgw, ResourceType: 'vpc', ResourceId: vpcId(v), State: 'available', Association: { TransitGatewayRouteTableId: associated(v), State: 'associated' } })),
    { TransitGatewayAttachmentId: vpn.attachment, TransitGatewayId: tgw, ResourceType: 'vpn', ResourceId: vpn.id, State: 'available', Association: { TransitGatewayRouteTableId: tables[3], State: 'associated' } },
  ];
  const vpcAttachments = vpcs.map((_, v) => ({ TransitGatewayAttachmentId: attachmentId(v), TransitGatewayId: tgw, VpcId: vpcId(v), SubnetIds: [subnetId(v, 0), subnetId(v, 1)], State: 'available', Options: { ApplianceModeSupport: 'disable' } }));
  const to = (v: number, type = 'propagated') => ({ DestinationCidrBlock: `10.${v}.0.0/16`, TransitGatewayAttachments: [{ ResourceId: vpcId(v), TransitGatewayAttachmentId: attachmentId(v), ResourceType: 'vpc' }], Type: type, State: 'active' });
  const toVpn = (destination: string) => ({ DestinationCidrBlock: destination, TransitGatewayAttachments: [{ ResourceId: vpn.id, TransitGatewayAttachmentId: vpn.attachment, ResourceType: 'vpn' }], Type: 'propagated', State: 'active' });
  const onPremises = Array.from({ length: 20 }, (_, r) => toVpn(`172.${16 + (r % 16)}.${r}.0/24`));
  const routeSets = [
    [{ ...to(0, 'static'), DestinationCidrBlock: '0.0.0.0/0' }, ...vpcs.map((_, v) => to(v)), ...onPremises],
    [toVpn('0.0.0.0/0'), ...vpcs.map((_, v) => to(v)), ...onPremises],
    [...vpcs.map((_, v) => to(v)), ...onPremises],
    vpcs.map((_, v) => to(v)),
  ];
  const pretty = (value: unknown) => JSON.stringify(value, null, 4);
  return [
    { name: 'vpcs.json', text: pretty({ Vpcs: vpcs }) },
    { name: 'subnets.json', text: pretty({ Subnets: subnets }) },
    { name: 'route-tables.json', text: pretty({ RouteTables: routeTables }) },
    { name: 'network-acls.json', text: pretty({ NetworkAcls: networkAcls }) },
    { name: 'security-groups.json', text: pretty({ SecurityGroups: securityGroups }) },
    { name: 'transit-gateway-attachments.json', text: pretty({ TransitGatewayAttachments: attachments }) },
    { name: 'transit-gateway-vpc-attachments.json', text: pretty({ TransitGatewayVpcAttachments: vpcAttachments }) },
    { name: 'transit-gateway-route-tables.json', text: pretty({ TransitGatewayRouteTables: tables.map((id) => ({ TransitGatewayRouteTableId: id, TransitGatewayId: tgw, State: 'available' })) }) },
    ...tables.map((id, k) => ({ name: `${id}.json`, text: pretty({ TransitGatewayRouteTableId: id, Routes: routeSets[k], AdditionalRoutesAvailable: false }) })),
  ];
}
