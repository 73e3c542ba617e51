/**
 * Every page a fact on the site or a rule rests on. Facts and rules cite these by id, so a
 * changed URL is fixed in one place and the Sources page lists exactly what is used.
 */

export type SourceKind = 'aws' | 'aws-archived' | 'microsoft' | 'iana' | 'third-party';

export interface Source {
  /** The page title (as published, in its language). */
  title: string;
  /** Absent only for a report whose address was not recorded; it is then cited by title. */
  url?: string;
  kind: SourceKind;
  /** The day the cited passage was last read (YYYY-MM-DD). */
  checked: string;
}

/** The latest day any source was compared with the site (each source keeps its own `checked`). */
export const FACTS_CHECKED = '2026-12-07';

/** The checks so far: the first pass over every source, the re-check of issue 17, and the network kinds of issue 12. */
const FIRST_CHECK = '2026-11-29';
const RECHECK = '2026-12-01';
/** Terraform's plan format and the AWS provider's resources, read for the Terraform plan input (issue 14). */
const TERRAFORM_CHECK = '2026-12-07';
/** Read for the hop-by-hop path semantics (transit gateways, NAT gateways, Block Public Access). */
const PATHS_CHECK = '2026-12-07';
/** CloudFormation and CDK pages read for the template reader (issue 14). */
const TEMPLATE_CHECK = '2026-12-07';
/** The WorkSpaces documents' shapes and commands (directories, WorkSpaces, network interfaces). */
const WS_KINDS_CHECK = '2026-12-07';
/** The network-side kinds' shapes and semantics (endpoints, prefix lists, gateways, Block Public Access). */
const NETWORK_KINDS_CHECK = '2026-12-07';

export const SOURCES = {
  'ws-ports': {
    title: 'IP address and port requirements for WorkSpaces Personal',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-ports-network-interfaces': {
    title: 'IP address and port requirements for WorkSpaces Personal — Network interfaces',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#network-interfaces',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-ports-management': {
    title: 'IP address and port requirements for WorkSpaces Personal — Management interface ports',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#management_ports',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-ports-management-ranges': {
    title: 'IP address and port requirements for WorkSpaces Personal — Management interface IP ranges',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#management-ip-ranges',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-ports-primary': {
    title: 'IP address and port requirements for WorkSpaces Personal — Primary interface ports',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#primary_ports',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-ports-client': {
    title: 'IP address and port requirements for WorkSpaces Personal — Ports for client applications',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#client-application-ports',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-ports-privatelink': {
    title: 'IP address and port requirements for WorkSpaces Personal — Streaming over PrivateLink',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#dns-wsp-privatelink',
    kind: 'aws',
    checked: RECHECK,
  },
  // Kept on purpose: this copy and the next show how the page changed (Office KMS, Region table).
  'ws-ports-archived': {
    title: 'IP Address and Port Requirements for Amazon WorkSpaces (awsdocs archive, 9257fd0)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/9257fd0112274dff456f9ef92a8a826b7d88140f/doc_source/workspaces-port-requirements.md',
    kind: 'aws-archived',
    checked: FIRST_CHECK,
  },
  'ws-ports-archived-early': {
    title: 'IP Address and Port Requirements for Amazon WorkSpaces (awsdocs archive, 083869c)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/083869cc307483073878ed1d601478f84bb6e5cb/doc_source/workspaces-port-requirements.md',
    kind: 'aws-archived',
    checked: FIRST_CHECK,
  },
  'ws-pools-ports': {
    title: 'IP address and port requirements for WorkSpaces Pools',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/pools-port-requirements.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-byol': {
    title: 'Bring your own Windows desktop licenses',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/byol-windows-images.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-architecture': {
    title: 'Amazon WorkSpaces architecture',
    url: 'https://docs.amazonaws.cn/workspaces/latest/adminguide/architecture.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-interface-endpoint': {
    title: 'Create an interface VPC endpoint for WorkSpaces',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/interface-vpc-endpoint.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ws-managing-network': {
    title: 'Networking for WorkSpaces Pools',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/managing-network.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-internet-access-archived': {
    title: 'Provide internet access from your WorkSpace (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/amazon-workspaces-internet-access.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-maintenance-archived': {
    title: 'WorkSpace maintenance (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/workspace-maintenance.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-security-groups-archived': {
    title: 'Security groups for your WorkSpaces (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/amazon-workspaces-security-groups.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-service-components-archived': {
    title: 'Required configuration and service components for WorkSpaces (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/required-service-components.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-best-practices-security': {
    title: 'Best Practices for Deploying Amazon WorkSpaces — Security',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-deploying-amazon-workspaces/security.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ds-ad-connector-prereq-archived': {
    title: 'AD Connector prerequisites (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/645284c76e0ee76501b2adbca1badfff4f490d30/doc_source/prereq_connector.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ds-simple-ad-prereq': {
    title: 'Simple AD prerequisites',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/prereq_simple.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ds-managed-ad-created': {
    title: 'What gets created with your AWS Managed Microsoft AD',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_getting_started_what_gets_created.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ds-managed-ad-created-archived': {
    title: 'What gets created (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/645284c76e0ee76501b2adbca1badfff4f490d30/doc_source/ms_ad_getting_started_what_gets_created.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ds-network-security': {
    title: 'Enhancing your AWS Managed Microsoft AD network security configuration',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_network_security.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ds-ad-connector': {
    title: 'AD Connector (AWS Directory Service Administration Guide)',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_ad_connector.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ds-ad-connector-getting-started': {
    title: 'Getting started with AD Connector — AD Connector prerequisites',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ad_connector_getting_started.html#prereq_connector',
    kind: 'aws',
    checked: RECHECK,
  },
  'vpc-nacls': {
    title: 'Control subnet traffic with network access control lists',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'vpc-nacls-archived': {
    title: 'Control traffic to subnets using network ACLs (awsdocs archive, 2023)',
    url: 'https://github.com/awsdocs/amazon-vpc-user-guide/blob/a16ab76ed2f6b230672e98a0b2bfdab6d165ac4a/doc_source/vpc-network-acls.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'vpc-quotas-archived': {
    title: 'Amazon VPC quotas (awsdocs archive, 2023)',
    url: 'https://github.com/awsdocs/amazon-vpc-user-guide/blob/a16ab76ed2f6b230672e98a0b2bfdab6d165ac4a/doc_source/amazon-vpc-limits.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ec2-create-nacl-entry': {
    title: 'CreateNetworkAclEntry — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-nacl-entry': {
    title: 'NetworkAclEntry — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAclEntry.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'cdk-acl-traffic': {
    title: 'AclTrafficConfig — AWS CDK API Reference',
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.AclTrafficConfig.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'cli-describe-network-acls': {
    title: 'aws-cli example: describe-network-acls',
    url: 'https://github.com/aws/aws-cli/blob/1c304eeb46dc25eb7de4f27d24b450d592d794be/awscli/examples/ec2/describe-network-acls.rst',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'cli-describe-security-groups': {
    title: 'aws-cli example: describe-security-groups',
    url: 'https://github.com/aws/aws-cli/blob/0793671ea56aa443f6673a32416624ba3ce04ee4/awscli/examples/ec2/describe-security-groups.rst',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'vpc-route-tables': {
    title: 'Subnet route tables',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'vpc-route-priority': {
    title: 'How route priority works',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'vpc-gateway-endpoints': {
    title: 'Gateway endpoints (AWS PrivateLink guide)',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'vpc-endpoint-policies': {
    title: 'Control access to VPC endpoints using endpoint policies (AWS PrivateLink guide)',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
    kind: 'aws',
    checked: '2026-12-07',
  },
  'vpc-interface-endpoints': {
    title: 'Access an AWS service using an interface VPC endpoint (AWS PrivateLink guide)',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ec2-route': {
    title: 'Route — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ec2-create-route': {
    title: 'CreateRoute — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'ec2-vpc-endpoint': {
    title: 'VpcEndpoint — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'ec2-bpa-options': {
    title: 'VpcBlockPublicAccessOptions — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcBlockPublicAccessOptions.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'ec2-bpa-exclusion': {
    title: 'VpcBlockPublicAccessExclusion — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcBlockPublicAccessExclusion.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'vpc-prefix-list-references': {
    title: 'Reference prefix lists in your AWS resources',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists-referencing.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'vpc-aws-managed-prefix-lists': {
    title: 'AWS-managed prefix lists',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'vpc-internet-gateways': {
    title: 'Enable internet access for a VPC using an internet gateway',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'vpc-gwlb-endpoints': {
    title: 'Access an inspection system using a Gateway Load Balancer endpoint (AWS PrivateLink guide)',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'cli-describe-vpc-endpoints': {
    title: 'aws-cli example: describe-vpc-endpoints',
    url: 'https://github.com/aws/aws-cli/blob/07c4fe366b49c4dde816d674f4941134fc432673/awscli/examples/ec2/describe-vpc-endpoints.rst',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'cli-describe-prefix-lists': {
    title: 'aws-cli example: describe-prefix-lists',
    url: 'https://github.com/aws/aws-cli/blob/07c4fe366b49c4dde816d674f4941134fc432673/awscli/examples/ec2/describe-prefix-lists.rst',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'cli-describe-internet-gateways': {
    title: 'aws-cli example: describe-internet-gateways',
    url: 'https://github.com/aws/aws-cli/blob/07c4fe366b49c4dde816d674f4941134fc432673/awscli/examples/ec2/describe-internet-gateways.rst',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'cli-describe-nat-gateways': {
    title: 'aws-cli example: describe-nat-gateways',
    url: 'https://github.com/aws/aws-cli/blob/07c4fe366b49c4dde816d674f4941134fc432673/awscli/examples/ec2/describe-nat-gateways.rst',
    kind: 'aws',
    checked: NETWORK_KINDS_CHECK,
  },
  'ec2-route-table': {
    title: 'RouteTable — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RouteTable.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-ip-permission': {
    title: 'IpPermission — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-mtu': {
    title: 'Network maximum transmission unit (MTU) for your EC2 instance',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/network_mtu.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-ntp': {
    title: 'Set the time reference on your EC2 instance to use Amazon Time Sync Service',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-ec2-ntp.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-windows-time-archived': {
    title: 'Set the time for a Windows instance (older Windows guide)',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/windows-set-time.html',
    kind: 'aws-archived',
    checked: FIRST_CHECK,
  },
  'aws-blog-ad-time-sync': {
    title: 'Configure Microsoft Active Directory to use Amazon Time Sync Service (AWS blog)',
    url: 'https://aws.amazon.com/blogs/modernizing-with-aws/configure-microsoft-active-directory-to-use-amazon-time-sync/',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'privatelink-services': {
    title: 'AWS services that integrate with AWS PrivateLink',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'eks-private-clusters': {
    title: 'Deploy private clusters with limited internet access (Amazon EKS)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ms-w32time-tools': {
    title: 'Windows Time service tools and settings',
    url: 'https://learn.microsoft.com/en-us/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-w32time-ntpserver-2003': {
    title: 'Parameters\\NtpServer (Windows Server 2003 registry reference)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2003/cc779560(v=ws.10)',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-w32time-blog-ntpserver': {
    title: 'Configuring the Time Service: NtpServer and SpecialPollInterval (Microsoft W32Time team blog, 2008)',
    url: 'https://learn.microsoft.com/en-us/archive/blogs/w32time/configuring-the-time-service-ntpserver-and-specialpollinterval',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-kms-dns': {
    title: 'Common troubleshooting procedures for KMS and DNS issues',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/common-troubleshooting-procedures-kms-dns',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-slmgr': {
    title: 'Slmgr.vbs options for obtaining volume activation information',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/activation-slmgr-vbs-options',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-volume-activation-client': {
    title: 'Plan for volume activation',
    url: 'https://learn.microsoft.com/en-us/windows/deployment/volume-activation/plan-for-volume-activation-client',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-kms-activation-timing': {
    title: 'KMS Activation Timing and Discovery (Volume Activation Technical Reference)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/ff793418(v=technet.10)',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-defender-updates': {
    title: 'Manage the sources for Microsoft Defender Antivirus protection updates',
    url: 'https://learn.microsoft.com/en-us/defender-endpoint/manage-protection-updates-microsoft-defender-antivirus',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-set-mppreference': {
    title: 'Set-MpPreference',
    url: 'https://learn.microsoft.com/powershell/module/defender/set-mppreference',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-update-mpsignature': {
    title: 'Update-MpSignature',
    url: 'https://learn.microsoft.com/ja-jp/powershell/module/defender/update-mpsignature',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-mpcmdrun': {
    title: 'Use the mpcmdrun.exe command-line tool to manage Microsoft Defender Antivirus',
    url: 'https://learn.microsoft.com/en-us/defender-endpoint/command-line-arguments-microsoft-defender-antivirus',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-get-mpcomputerstatus': {
    title: 'Get-MpComputerStatus',
    url: 'https://learn.microsoft.com/en-us/powershell/module/defender/get-mpcomputerstatus?view=windowsserver2022-ps',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-get-mppreference': {
    title: 'Get-MpPreference',
    url: 'https://learn.microsoft.com/en-us/powershell/module/defender/get-mppreference',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-route': {
    title: 'route (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/route_ws2008',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-ipconfig': {
    title: 'ipconfig (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ipconfig',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-nslookup': {
    title: 'nslookup (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/nslookup',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'ms-kerberos-clock-tolerance': {
    title: 'Maximum tolerance for computer clock synchronization',
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/jj852172(v=ws.11)',
    kind: 'microsoft',
    checked: FIRST_CHECK,
  },
  'checkmk-slmgr-language': {
    title: 'Checkmk pull request 436: slmgr output on non-English Windows',
    url: 'https://github.com/Checkmk/checkmk/pull/436',
    kind: 'third-party',
    checked: FIRST_CHECK,
  },
  'taskcluster-stale-route': {
    title: 'community-tc-config pull request 444: a persistent route to 169.254.169.250 via a gateway of another subnet',
    url: 'https://github.com/taskcluster/community-tc-config/pull/444',
    kind: 'third-party',
    checked: FIRST_CHECK,
  },
  'cfn-template-formats': {
    title: 'CloudFormation template format (JSON and YAML; YAML 1.1 without aliases, hash merges or the timestamp tag)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-template-anatomy': {
    title: 'CloudFormation template sections',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-intrinsic-functions': {
    title: 'Intrinsic function reference — CloudFormation Template Reference',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-cidr': {
    title: 'Fn::Cidr — CloudFormation Template Reference',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-parameters': {
    title: 'CloudFormation Parameters template section syntax',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-security-group': {
    title: 'AWS::EC2::SecurityGroup — CloudFormation Template Reference (default egress rules when none are specified)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cfn-workspaces-directory': {
    title: 'AWS::WorkSpaces::Directory — CloudFormation Template Reference',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-workspaces-directory.html',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cdk-security-group': {
    title: 'aws-cdk-lib aws_ec2 security-group.ts: the egress rule that matches no traffic (MATCH_NO_TRAFFIC), written when allowAllOutbound is false',
    url: 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-ec2/lib/security-group.ts',
    kind: 'aws',
    checked: TEMPLATE_CHECK,
  },
  'cli-output-format': {
    title: 'Setting the output format in the AWS CLI',
    url: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'cli-describe-route-tables': {
    title: 'describe-route-tables — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-route-tables.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'ec2-network-acl': {
    title: 'NetworkAcl — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAcl.html',
    kind: 'aws',
    checked: FIRST_CHECK,
  },
  'iana-ipv4-special': {
    title: 'IANA IPv4 Special-Purpose Address Registry',
    url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/',
    kind: 'iana',
    checked: FIRST_CHECK,
  },
  'iana-ipv6-special': {
    title: 'IANA IPv6 Special-Purpose Address Registry',
    url: 'https://www.iana.org/assignments/iana-ipv6-special-registry/',
    kind: 'iana',
    checked: FIRST_CHECK,
  },
  'serverworks-closed-workspaces': {
    // The hands-on report behind the observed facts (Windows 10 / Server 2019 bundle, AD Connector).
    title: '【クローズド・閉域】インターネット接続不可の Amazon WorkSpaces (サーバーワークスエンジニアブログ, 宮形, 2022-02)',
    url: 'https://blog.serverworks.co.jp/Closed_WorkSpaces',
    kind: 'third-party',
    checked: RECHECK,
  },
  'classmethod-privatelink': {
    title: 'Try Amazon WorkSpaces streaming over PrivateLink (DevelopersIO)',
    url: 'https://dev.classmethod.jp/en/articles/try-amazon-workspaces-privatelink',
    kind: 'third-party',
    checked: FIRST_CHECK,
  },
  'admx-defender-file-shares': {
    title: 'Define file shares for downloading security intelligence updates (admx.help policy catalogue)',
    url: 'https://admx.help/?Category=Windows_10_2016&Policy=Microsoft.Policies.WindowsDefender::SignatureUpdate_DefinitionUpdateFileSharesSources',
    kind: 'third-party',
    checked: FIRST_CHECK,
  },
  'gporais-defender-fallback-order': {
    title: 'Define the order of sources for downloading security intelligence updates (GPOrais policy catalogue)',
    url: 'https://gporais.com/en-us/windef-signatureupdate-fallbackorder/',
    kind: 'third-party',
    checked: FIRST_CHECK,
  },
  'ws-ports-archived-2022': {
    title: 'IP address and port requirements for WorkSpaces (awsdocs archive, 2022, the last public copy)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/workspaces-port-requirements.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-troubleshooting-archived': {
    title: 'Troubleshoot WorkSpaces administrator issues (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/75afab3fbc45c9d59723b66e5e79316cff854ce1/doc_source/amazon-workspaces-troubleshooting.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ds-simple-ad-prereq-archived': {
    title: 'Simple AD prerequisites (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/645284c76e0ee76501b2adbca1badfff4f490d30/doc_source/prereq_simple.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ds-ad-connector-troubleshooting-archived': {
    title: 'Troubleshooting AD Connector (awsdocs archive, 2022)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/645284c76e0ee76501b2adbca1badfff4f490d30/doc_source/ad_connector_troubleshooting.md',
    kind: 'aws-archived',
    checked: RECHECK,
  },
  'ws-privatelink-streaming': {
    title: 'Create and stream from interface VPC endpoints (WorkSpaces Personal)',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/creating-streaming-vpc-endpoints.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-api-access-endpoint-config': {
    title: 'AccessEndpointConfig — Amazon WorkSpaces API Reference',
    url: 'https://docs.aws.amazon.com/workspaces/latest/api/API_AccessEndpointConfig.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-api-directory': {
    title: 'WorkspaceDirectory — Amazon WorkSpaces API Reference',
    url: 'https://docs.aws.amazon.com/workspaces/latest/api/API_WorkspaceDirectory.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-api-register-directory': {
    title: 'RegisterWorkspaceDirectory — Amazon WorkSpaces API Reference',
    url: 'https://docs.aws.amazon.com/workspaces/latest/api/API_RegisterWorkspaceDirectory.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-api-creation-properties': {
    title: 'DefaultWorkspaceCreationProperties — Amazon WorkSpaces API Reference',
    url: 'https://docs.aws.amazon.com/workspaces/latest/api/API_DefaultWorkspaceCreationProperties.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ws-api-workspace': {
    title: 'Workspace — Amazon WorkSpaces API Reference',
    url: 'https://docs.aws.amazon.com/workspaces/latest/api/API_Workspace.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'cli-describe-workspace-directories': {
    title: 'describe-workspace-directories — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/workspaces/describe-workspace-directories.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'cli-describe-workspaces': {
    title: 'describe-workspaces — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/workspaces/describe-workspaces.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'cli-modify-workspace-creation-properties': {
    title: 'modify-workspace-creation-properties — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/workspaces/modify-workspace-creation-properties.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'cli-modify-workspace-access-properties': {
    title: 'modify-workspace-access-properties — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/workspaces/modify-workspace-access-properties.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'cli-describe-network-interfaces': {
    title: 'describe-network-interfaces — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-network-interfaces.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'ec2-network-interface': {
    title: 'NetworkInterface — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html',
    kind: 'aws',
    checked: WS_KINDS_CHECK,
  },
  'ws-ip-access-control': {
    title: 'IP access control groups for WorkSpaces Personal',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/amazon-workspaces-ip-access-control-groups.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'vpc-bpa': {
    title: 'Block public access to VPCs and subnets',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ec2-bpa-states': {
    title: 'BlockPublicAccessStates — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockPublicAccessStates.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'vpc-nat-gateways': {
    title: 'NAT gateways',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'vpc-egress-only-igw': {
    title: 'Enable outbound IPv6 traffic using an egress-only internet gateway',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'vpc-bpa-basics': {
    title: 'VPC BPA basics',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa-basics.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-how-it-works': {
    title: 'How Amazon VPC Transit Gateways work',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-route-tables': {
    title: 'Transit gateway route tables in Amazon VPC Transit Gateways',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'vpn-routing-options': {
    title: 'AWS Site-to-Site VPN routing options',
    url: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-vpc-attachments': {
    title: 'Amazon VPC attachments in Amazon VPC Transit Gateways',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-nacls': {
    title: 'Network ACLs for transit gateways in Amazon VPC Transit Gateways',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-appliance-mode': {
    title: 'Example: Appliance in a shared services VPC (appliance mode and Availability Zone affinity)',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'tgw-design-best-practices': {
    title: 'Transit gateway design best practices',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-best-design-practices.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'ec2-search-tgw-routes': {
    title: 'SearchTransitGatewayRoutes — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchTransitGatewayRoutes.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'ec2-tgw-route': {
    title: 'TransitGatewayRoute — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayRoute.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'whitepaper-ipv6-central-egress': {
    title: 'Centralized egress for IPv6 — Building a Scalable and Secure Multi-VPC AWS Network Infrastructure',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-egress-for-ipv6.html',
    kind: 'aws',
    checked: PATHS_CHECK,
  },
  'vpc-route-server': {
    title: 'Dynamic routing in your VPC with VPC Route Server',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ssm-vpc-endpoints': {
    title: 'Improve the security of EC2 instances by using VPC endpoints for Systems Manager',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'r53-resolver': {
    title: 'What is Route 53 Resolver? (Resolving DNS queries between VPCs and your network)',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver.html',
    kind: 'aws',
    checked: RECHECK,
  },
  'ms-defender-vdi': {
    title: 'Deployment guide for Microsoft Defender Antivirus in a virtual desktop infrastructure (VDI) environment',
    url: 'https://learn.microsoft.com/en-us/defender-endpoint/deployment-vdi-microsoft-defender-antivirus',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-wsus-gpo': {
    title: 'Step 4: Configure Group Policy settings for automatic updates (WSUS)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-server-update-services/deploy/4-configure-group-policy-settings-for-automatic-updates',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-wsus-plan': {
    title: 'Plan your WSUS deployment',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-server-update-services/plan/plan-your-wsus-deployment',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-wsus-approve': {
    title: 'Step 3: Approve and deploy updates in WSUS',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-server-update-services/deploy/3-approve-and-deploy-updates-in-wsus',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-trusted-roots': {
    title: 'Configure trusted roots and disallowed certificates in Windows',
    url: 'https://learn.microsoft.com/en-us/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-ncsi': {
    title: 'Internet Explorer or Edge opens when you connect to a corporate or public network (NCSI active probes)',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/internet-explorer-edge-open-connect-corporate-public-network',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'ms-m365-apps-activation': {
    title: 'Overview of licensing and activation in Microsoft 365 Apps',
    url: 'https://learn.microsoft.com/en-us/microsoft-365-apps/licensing-activation/overview-licensing-activation-microsoft-365-apps',
    kind: 'microsoft',
    checked: RECHECK,
  },
  'tf-json-format': {
    title: 'JSON Output Format (Terraform internals)',
    url: 'https://developer.hashicorp.com/terraform/internals/json-format',
    kind: 'third-party',
    checked: TERRAFORM_CHECK,
  },
  'tf-show': {
    title: 'terraform show command',
    url: 'https://developer.hashicorp.com/terraform/cli/commands/show',
    kind: 'third-party',
    checked: TERRAFORM_CHECK,
  },
  'tf-aws-security-group': {
    title: 'Resource: aws_security_group (Terraform AWS provider)',
    url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group',
    kind: 'third-party',
    checked: TERRAFORM_CHECK,
  },
  'tf-aws-default-route-table': {
    title: 'Resource: aws_default_route_table (Terraform AWS provider)',
    url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_route_table',
    kind: 'third-party',
    checked: TERRAFORM_CHECK,
  },
  'tf-aws-default-network-acl': {
    title: 'Resource: aws_default_network_acl (Terraform AWS provider)',
    url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_network_acl',
    kind: 'third-party',
    checked: TERRAFORM_CHECK,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Marks a fact the site must not present as settled. */
export type FactStatus = 'confirmed' | 'archived' | 'unconfirmed' | 'observed' | 'inferred';
