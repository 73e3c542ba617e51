/**
 * The CloudFormation examples: an AWS-samples-style WorkSpaces template (YAML, short-form intrinsic
 * functions, parameters with defaults, a Managed AD and a WorkSpace), the same template after
 * someone added internet access for patching, and what `cdk synth --json` prints for a CDK app with
 * PRIVATE_ISOLATED subnets (metadata, `DependsOn`, Fn::GetAtt on the VPC's CidrBlock, CDK's placeholder
 * egress rule, the custom resource that strips the default security group). Written here as text, the
 * way the files look; tests/samples/ checks each against the describe-* outputs of the same design.
 */

/** An AWS-samples-style WorkSpaces VPC: directory subnets, WorkSpaces subnets, no route to the internet. */
const WORKSPACES_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  Amazon WorkSpaces in a VPC with no internet access: two subnets for AWS Managed Microsoft AD,
  two for the WorkSpaces, an S3 gateway endpoint, and a network ACL that keeps the WorkSpaces
  subnets inside the VPC.

Parameters:
  VpcCidr:
    Type: String
    Default: 10.50.0.0/16
    AllowedPattern: '^(\\d{1,3}\\.){3}\\d{1,3}/16$'
    Description: IPv4 block of the VPC (a /16; the subnets are /24s carved from it)
  DirectoryName:
    Type: String
    Default: corp.example.com
  DirectoryAdminPassword:
    Type: String
    NoEcho: true
    Description: Password of the directory's Admin user
  WorkspacesBundleId:
    Type: String
    Default: wsb-8vbljg4r6
    Description: Bundle of the first WorkSpace
  UserName:
    Type: String
    Default: alice
    Description: Directory user who gets the first WorkSpace (empty for none)

Conditions:
  CreateWorkspace: !Not [!Equals [!Ref UserName, ""]]

Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref VpcCidr
      EnableDnsHostnames: true
      EnableDnsSupport: true
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-vpc

  DirectorySubnet1:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 8, 8]]
      AvailabilityZone: !Select [0, !GetAZs ""]
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-directory-1
  DirectorySubnet2:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 8, 8]]
      AvailabilityZone: !Select [1, !GetAZs ""]
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-directory-2
  WorkspacesSubnet1:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [4, !Cidr [!GetAtt Vpc.CidrBlock, 8, 8]]
      AvailabilityZone: !Select [0, !GetAZs ""]
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-workspaces-1
  WorkspacesSubnet2:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [5, !Cidr [!GetAtt Vpc.CidrBlock, 8, 8]]
      AvailabilityZone: !Select [1, !GetAZs ""]
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-workspaces-2

  PrivateRouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Vpc
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-private
  DirectorySubnet1RouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref DirectorySubnet1
      RouteTableId: !Ref PrivateRouteTable
  DirectorySubnet2RouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref DirectorySubnet2
      RouteTableId: !Ref PrivateRouteTable
  WorkspacesSubnet1RouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref WorkspacesSubnet1
      RouteTableId: !Ref PrivateRouteTable
  WorkspacesSubnet2RouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref WorkspacesSubnet2
      RouteTableId: !Ref PrivateRouteTable

  # Amazon S3 without the internet: AWS adds the service's prefix-list route to the table.
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
      VpcEndpointType: Gateway
      RouteTableIds:
        - !Ref PrivateRouteTable

  WorkspacesNetworkAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: !Ref Vpc
      Tags:
        - Key: Name
          Value: !Sub \${AWS::StackName}-workspaces
  WorkspacesInboundFromVpc:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref WorkspacesNetworkAcl
      RuleNumber: 100
      Protocol: -1
      RuleAction: allow
      Egress: false
      CidrBlock: !GetAtt Vpc.CidrBlock
  WorkspacesOutboundToVpc:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref WorkspacesNetworkAcl
      RuleNumber: 100
      Protocol: -1
      RuleAction: allow
      Egress: true
      CidrBlock: !GetAtt Vpc.CidrBlock
  WorkspacesSubnet1NetworkAclAssociation:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties:
      SubnetId: !Ref WorkspacesSubnet1
      NetworkAclId: !Ref WorkspacesNetworkAcl
  WorkspacesSubnet2NetworkAclAssociation:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties:
      SubnetId: !Ref WorkspacesSubnet2
      NetworkAclId: !Ref WorkspacesNetworkAcl

  Directory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: !Ref DirectoryName
      Password: !Ref DirectoryAdminPassword
      Edition: Standard
      VpcSettings:
        VpcId: !Ref Vpc
        SubnetIds:
          - !Ref DirectorySubnet1
          - !Ref DirectorySubnet2

  # Register the directory with WorkSpaces (console, or aws workspaces register-workspace-directory
  # with the two WorkSpaces subnets) before this resource is created.
  FirstWorkspace:
    Type: AWS::WorkSpaces::Workspace
    Condition: CreateWorkspace
    Properties:
      BundleId: !Ref WorkspacesBundleId
      DirectoryId: !Ref Directory
      UserName: !Ref UserName
      WorkspaceProperties:
        RunningMode: AUTO_STOP
        RunningModeAutoStopTimeoutInMinutes: 60

Outputs:
  VpcId:
    Value: !Ref Vpc
  DirectoryId:
    Value: !Ref Directory
`;

/** The same template after "temporary" internet access for Windows Update was added behind a parameter that defaults to on. */
const WORKSPACES_TEMPLATE_WITH_NAT = WORKSPACES_TEMPLATE.replace(
  `  UserName:
    Type: String
    Default: alice
    Description: Directory user who gets the first WorkSpace (empty for none)

Conditions:
  CreateWorkspace: !Not [!Equals [!Ref UserName, ""]]
`,
  `  UserName:
    Type: String
    Default: alice
    Description: Directory user who gets the first WorkSpace (empty for none)
  AllowPatching:
    Type: String
    Default: "true"
    AllowedValues: ["true", "false"]
    Description: Let the WorkSpaces reach Windows Update through a NAT gateway

Conditions:
  CreateWorkspace: !Not [!Equals [!Ref UserName, ""]]
  Patching: !Equals [!Ref AllowPatching, "true"]
`,
).replace(
  `  Directory:
    Type: AWS::DirectoryService::MicrosoftAD`,
  `  PublicSubnet:
    Type: AWS::EC2::Subnet
    Condition: Patching
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [7, !Cidr [!GetAtt Vpc.CidrBlock, 8, 8]]
      AvailabilityZone: !Select [0, !GetAZs ""]
  InternetGateway:
    Type: AWS::EC2::InternetGateway
    Condition: Patching
  InternetGatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Condition: Patching
    Properties:
      VpcId: !Ref Vpc
      InternetGatewayId: !Ref InternetGateway
  PublicRouteTable:
    Type: AWS::EC2::RouteTable
    Condition: Patching
    Properties:
      VpcId: !Ref Vpc
  PublicDefaultRoute:
    Type: AWS::EC2::Route
    Condition: Patching
    DependsOn: InternetGatewayAttachment
    Properties:
      RouteTableId: !Ref PublicRouteTable
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref InternetGateway
  PublicSubnetRouteTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Condition: Patching
    Properties:
      SubnetId: !Ref PublicSubnet
      RouteTableId: !Ref PublicRouteTable
  NatEip:
    Type: AWS::EC2::EIP
    Condition: Patching
    Properties:
      Domain: vpc
  NatGateway:
    Type: AWS::EC2::NatGateway
    Condition: Patching
    Properties:
      SubnetId: !Ref PublicSubnet
      AllocationId: !GetAtt NatEip.AllocationId
  PatchingRoute:
    Type: AWS::EC2::Route
    Condition: Patching
    Properties:
      RouteTableId: !Ref PrivateRouteTable
      DestinationCidrBlock: 0.0.0.0/0
      NatGatewayId: !Ref NatGateway
  WorkspacesOutboundHttps:
    Type: AWS::EC2::NetworkAclEntry
    Condition: Patching
    Properties:
      NetworkAclId: !Ref WorkspacesNetworkAcl
      RuleNumber: 110
      Protocol: 6
      RuleAction: allow
      Egress: true
      CidrBlock: 0.0.0.0/0
      PortRange:
        From: 443
        To: 443
  WorkspacesInboundReplies:
    Type: AWS::EC2::NetworkAclEntry
    Condition: Patching
    Properties:
      NetworkAclId: !Ref WorkspacesNetworkAcl
      RuleNumber: 110
      Protocol: 6
      RuleAction: allow
      Egress: false
      CidrBlock: 0.0.0.0/0
      PortRange:
        From: 1024
        To: 65535

  Directory:
    Type: AWS::DirectoryService::MicrosoftAD`,
);

export { WORKSPACES_TEMPLATE, WORKSPACES_TEMPLATE_WITH_NAT };

type Json = Record<string, unknown>;

const cdkPath = (path: string) => ({ 'aws:cdk:path': `WorkspacesStack/${path}` });
const vpcRef = { Ref: 'Vpc8378EB38' };
const vpcCidr = { 'Fn::GetAtt': ['Vpc8378EB38', 'CidrBlock'] };

/** One PRIVATE_ISOLATED subnet as CDK writes it: the subnet, its own route table and the association, no route. */
function isolatedSubnet(group: string, index: number, hash: { subnet: string; table: string; association: string }, cidr: string, zone: number): Json {
  const prefix = `Vpc${group}Subnet${index}`;
  const path = `Vpc/${group}Subnet${index}`;
  return {
    [`${prefix}Subnet${hash.subnet}`]: {
      Type: 'AWS::EC2::Subnet',
      Properties: {
        AvailabilityZone: { 'Fn::Select': [zone, { 'Fn::GetAZs': '' }] },
        CidrBlock: cidr,
        MapPublicIpOnLaunch: false,
        Tags: [
          { Key: 'aws-cdk:subnet-name', Value: group },
          { Key: 'aws-cdk:subnet-type', Value: 'Isolated' },
          { Key: 'Name', Value: `WorkspacesStack/${path}` },
        ],
        VpcId: vpcRef,
      },
      Metadata: cdkPath(`${path}/Subnet`),
    },
    [`${prefix}RouteTable${hash.table}`]: {
      Type: 'AWS::EC2::RouteTable',
      Properties: { Tags: [{ Key: 'Name', Value: `WorkspacesStack/${path}` }], VpcId: vpcRef },
      Metadata: cdkPath(`${path}/RouteTable`),
    },
    [`${prefix}RouteTableAssociation${hash.association}`]: {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { RouteTableId: { Ref: `${prefix}RouteTable${hash.table}` }, SubnetId: { Ref: `${prefix}Subnet${hash.subnet}` } },
      Metadata: cdkPath(`${path}/RouteTableAssociation`),
    },
  };
}

const SUBNETS = {
  workspaces1: { subnet: '5C2F1AE0', table: 'B1D04E6F', association: '9E3C2A41' },
  workspaces2: { subnet: '0F8E2D93', table: '4A7B3C18', association: '61D5E0B7' },
  directory1: { subnet: '2B9F6C44', table: 'D83E0A12', association: '7C4F1B9E' },
  directory2: { subnet: 'E4A1973D', table: '15C9B2F0', association: 'A02D6E85' },
};

/** The logical ids of the two WorkSpaces subnets CDK gives them. */
export const CDK_WORKSPACES_SUBNETS = ['VpcWorkspacesSubnet1Subnet5C2F1AE0', 'VpcWorkspacesSubnet2Subnet0F8E2D93'];

const cdkTables = [
  `VpcWorkspacesSubnet1RouteTable${SUBNETS.workspaces1.table}`,
  `VpcWorkspacesSubnet2RouteTable${SUBNETS.workspaces2.table}`,
  `VpcDirectorySubnet1RouteTable${SUBNETS.directory1.table}`,
  `VpcDirectorySubnet2RouteTable${SUBNETS.directory2.table}`,
];

/**
 * `cdk synth --json` of a stack with `new ec2.Vpc(this, 'Vpc', { ipAddresses: IpAddresses.cidr('10.40.0.0/16'),
 * maxAzs: 2, natGateways: 0, subnetConfiguration: [Workspaces and Directory, PRIVATE_ISOLATED, /24] })`,
 * an S3 gateway endpoint, a KMS interface endpoint whose group CDK gives its placeholder egress, and a
 * WorkSpaces group (`allowAllOutbound: false`) that may send only to the VPC.
 */
const CDK_TEMPLATE: Json = {
  Resources: {
    Vpc8378EB38: {
      Type: 'AWS::EC2::VPC',
      Properties: { CidrBlock: '10.40.0.0/16', EnableDnsHostnames: true, EnableDnsSupport: true, InstanceTenancy: 'default', Tags: [{ Key: 'Name', Value: 'WorkspacesStack/Vpc' }] },
      Metadata: cdkPath('Vpc/Resource'),
    },
    ...isolatedSubnet('Workspaces', 1, SUBNETS.workspaces1, '10.40.0.0/24', 0),
    ...isolatedSubnet('Workspaces', 2, SUBNETS.workspaces2, '10.40.1.0/24', 1),
    ...isolatedSubnet('Directory', 1, SUBNETS.directory1, '10.40.2.0/24', 0),
    ...isolatedSubnet('Directory', 2, SUBNETS.directory2, '10.40.3.0/24', 1),
    VpcRestrictDefaultSecurityGroupCustomResourceA3E4B2D1: {
      Type: 'Custom::VpcRestrictDefaultSG',
      Properties: {
        ServiceToken: { 'Fn::GetAtt': ['CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E', 'Arn'] },
        DefaultSecurityGroupId: { 'Fn::GetAtt': ['Vpc8378EB38', 'DefaultSecurityGroup'] },
        Account: { Ref: 'AWS::AccountId' },
      },
      UpdateReplacePolicy: 'Delete',
      DeletionPolicy: 'Delete',
      Metadata: cdkPath('Vpc/RestrictDefaultSecurityGroupCustomResource/Default'),
    },
    VpcS3Endpoint3A1D4B2C: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        RouteTableIds: cdkTables.map((table) => ({ Ref: table })),
        ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] },
        Tags: [{ Key: 'Name', Value: 'WorkspacesStack/Vpc' }],
        VpcEndpointType: 'Gateway',
        VpcId: vpcRef,
      },
      Metadata: cdkPath('Vpc/S3/Resource'),
    },
    VpcKmsSecurityGroup6E2B1F3A: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'WorkspacesStack/Vpc/Kms/SecurityGroup',
        SecurityGroupEgress: [{ CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 }],
        SecurityGroupIngress: [{ CidrIp: vpcCidr, Description: { 'Fn::Join': ['', ['from ', vpcCidr, ':443']] }, FromPort: 443, IpProtocol: 'tcp', ToPort: 443 }],
        Tags: [{ Key: 'Name', Value: 'WorkspacesStack/Vpc' }],
        VpcId: vpcRef,
      },
      Metadata: cdkPath('Vpc/Kms/SecurityGroup/Resource'),
    },
    VpcKms7B9D2E61: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        PrivateDnsEnabled: true,
        SecurityGroupIds: [{ 'Fn::GetAtt': ['VpcKmsSecurityGroup6E2B1F3A', 'GroupId'] }],
        ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.kms']] },
        SubnetIds: [{ Ref: `VpcDirectorySubnet1Subnet${SUBNETS.directory1.subnet}` }, { Ref: `VpcDirectorySubnet2Subnet${SUBNETS.directory2.subnet}` }],
        Tags: [{ Key: 'Name', Value: 'WorkspacesStack/Vpc' }],
        VpcEndpointType: 'Interface',
        VpcId: vpcRef,
      },
      Metadata: cdkPath('Vpc/Kms/Resource'),
    },
    WorkspacesSecurityGroup8B3E1C57: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'WorkSpaces: only to the VPC',
        SecurityGroupEgress: [{ CidrIp: vpcCidr, Description: 'to the directory and the endpoints', IpProtocol: '-1' }],
        VpcId: vpcRef,
      },
      Metadata: cdkPath('WorkspacesSecurityGroup/Resource'),
    },
    CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }] },
        ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
        Policies: [
          {
            PolicyName: 'Inline',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['ec2:AuthorizeSecurityGroupIngress', 'ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress'],
                  Resource: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ec2:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':security-group/', { 'Fn::GetAtt': ['Vpc8378EB38', 'DefaultSecurityGroup'] }]] }],
                },
              ],
            },
          },
        ],
      },
      Metadata: cdkPath('Custom::VpcRestrictDefaultSGCustomResourceProvider/Role'),
    },
    CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: '7fa1e366ee8a9ded01fc355f704cff92bfd179574e6f9cfee800a3541df1b200.zip' },
        Timeout: 900,
        MemorySize: 128,
        Handler: '__entrypoint__.handler',
        Role: { 'Fn::GetAtt': ['CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0', 'Arn'] },
        Runtime: 'nodejs22.x',
        Description: 'Lambda function for removing all inbound/outbound rules from the VPC default security group',
      },
      DependsOn: ['CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0'],
      Metadata: { ...cdkPath('Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler'), 'aws:asset:path': 'asset.7fa1e366ee8a9ded01fc355f704cff92bfd179574e6f9cfee800a3541df1b200', 'aws:asset:property': 'Code' },
    },
    CDKMetadata: {
      Type: 'AWS::CDK::Metadata',
      Properties: { Analytics: 'v2:deflate64:H4sIAAAAAAAA/02Ouw7CMAxFv4U9MY8ObLAwsSHYq5C6yDRxqjihqqL+OzyE2nO2e3VGq1YbWM3MIFq7ujpqPHGHrrMzYIOaxGe3OzA4pUwcDq0e04MvXQ1pb94RZ9ZAOPFLpUuyMOkNSzW6MuZnRMTXRMeG3J9UVzUHp1f00fcgVIAAAA=' },
      Metadata: cdkPath('CDKMetadata/Default'),
      Condition: 'CDKMetadataAvailable',
    },
  },
  Conditions: {
    CDKMetadataAvailable: {
      'Fn::Or': [
        { 'Fn::Or': ['af-south-1', 'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'cn-north-1'].map((region) => ({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, region] })) },
        { 'Fn::Or': ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'me-south-1', 'sa-east-1', 'us-east-1', 'us-east-2'].map((region) => ({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, region] })) },
      ],
    },
  },
  Parameters: {
    BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version', Description: 'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]' },
  },
  Rules: {
    CheckBootstrapVersion: {
      Assertions: [
        {
          Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1', '2', '3', '4', '5'], { Ref: 'BootstrapVersion' }] }] },
          AssertDescription: "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.",
        },
      ],
    },
  },
};

/** The CDK template as `cdk synth --json` prints it. */
export const CDK_TEMPLATE_TEXT = `${JSON.stringify(CDK_TEMPLATE, null, 2)}\n`;
