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

/** When the facts were last compared with their sources (see each source's own `checked`). */
export const FACTS_CHECKED = '2026-11-29';

const checked = FACTS_CHECKED;

export const SOURCES = {
  'ws-ports': {
    title: 'IP address and port requirements for WorkSpaces Personal',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html',
    kind: 'aws',
    checked,
  },
  'ws-ports-network-interfaces': {
    title: 'IP address and port requirements for WorkSpaces Personal — Network interfaces',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#network-interfaces',
    kind: 'aws',
    checked,
  },
  'ws-ports-management': {
    title: 'IP address and port requirements for WorkSpaces Personal — Management interface ports',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#management_ports',
    kind: 'aws',
    checked,
  },
  'ws-ports-management-ranges': {
    title: 'IP address and port requirements for WorkSpaces Personal — Management interface IP ranges',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#management-ip-ranges',
    kind: 'aws',
    checked,
  },
  'ws-ports-primary': {
    title: 'IP address and port requirements for WorkSpaces Personal — Primary interface ports',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#primary_ports',
    kind: 'aws',
    checked,
  },
  'ws-ports-client': {
    title: 'IP address and port requirements for WorkSpaces Personal — Ports for client applications',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#client-application-ports',
    kind: 'aws',
    checked,
  },
  'ws-ports-privatelink': {
    title: 'IP address and port requirements for WorkSpaces Personal — Streaming over PrivateLink',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html#dns-wsp-privatelink',
    kind: 'aws',
    checked,
  },
  'ws-ports-archived': {
    title: 'IP Address and Port Requirements for Amazon WorkSpaces (awsdocs archive, 9257fd0)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/9257fd0112274dff456f9ef92a8a826b7d88140f/doc_source/workspaces-port-requirements.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-ports-archived-early': {
    title: 'IP Address and Port Requirements for Amazon WorkSpaces (awsdocs archive, 083869c)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/083869cc307483073878ed1d601478f84bb6e5cb/doc_source/workspaces-port-requirements.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-pools-ports': {
    title: 'IP address and port requirements for WorkSpaces Pools',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/pools-port-requirements.html',
    kind: 'aws',
    checked,
  },
  'ws-byol': {
    title: 'Bring your own Windows desktop licenses',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/byol-windows-images.html',
    kind: 'aws',
    checked,
  },
  'ws-architecture': {
    title: 'Amazon WorkSpaces architecture',
    url: 'https://docs.amazonaws.cn/workspaces/latest/adminguide/architecture.html',
    kind: 'aws',
    checked,
  },
  'ws-interface-endpoint': {
    title: 'Create an interface VPC endpoint for WorkSpaces',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/interface-vpc-endpoint.html',
    kind: 'aws',
    checked,
  },
  'ws-managing-network': {
    title: 'Networking for WorkSpaces Pools',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/managing-network.html',
    kind: 'aws',
    checked,
  },
  'ws-internet-access-archived': {
    title: 'Provide Internet Access from Your WorkSpace (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/9dfb57c2b0f847f4a2235d43eaaf6e69dbf3550e/doc_source/amazon-workspaces-internet-access.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-maintenance-archived': {
    title: 'WorkSpace Maintenance (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/59e1e6ff9d6be5a6005385cde4b61d99930ba84d/doc_source/workspace-maintenance.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-security-groups-archived': {
    title: 'Security Groups for Your WorkSpaces (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/0b6bc0393d3a8da9eb0819c308afa52e96d3dbdf/doc_source/amazon-workspaces-security-groups.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-service-components-archived': {
    title: 'Required Configuration and Service Components for WorkSpaces (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-workspaces-administration-guide/blob/60947ddc4b74aa68b8cb200026542702361a7981/doc_source/required-service-components.md',
    kind: 'aws-archived',
    checked,
  },
  'ws-best-practices-security': {
    title: 'Best Practices for Deploying Amazon WorkSpaces — Security',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-deploying-amazon-workspaces/security.html',
    kind: 'aws',
    checked,
  },
  'ds-ad-connector-prereq-archived': {
    title: 'AD Connector prerequisites (awsdocs archive)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/176bd213439912f399ef1c91a115de4ac4f7ca47/doc_source/prereq_connector.md',
    kind: 'aws-archived',
    checked,
  },
  'ds-simple-ad-prereq': {
    title: 'Simple AD prerequisites',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/prereq_simple.html',
    kind: 'aws',
    checked,
  },
  'ds-managed-ad-created': {
    title: 'What gets created with your AWS Managed Microsoft AD',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_getting_started_what_gets_created.html',
    kind: 'aws',
    checked,
  },
  'ds-managed-ad-created-archived': {
    title: 'What Gets Created (awsdocs archive)',
    url: 'https://github.com/awsdocs/aws-directory-service-admin-guide/blob/176bd213439912f399ef1c91a115de4ac4f7ca47/doc_source/ms_ad_getting_started_what_gets_created.md',
    kind: 'aws-archived',
    checked,
  },
  'ds-network-security': {
    title: 'Enhancing your AWS Managed Microsoft AD network security configuration',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_network_security.html',
    kind: 'aws',
    checked,
  },
  'ds-ad-connector': {
    title: 'AD Connector (AWS Directory Service Administration Guide)',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_ad_connector.html',
    kind: 'aws',
    checked,
  },
  'ds-ad-connector-getting-started': {
    title: 'Getting started with AD Connector — AD Connector prerequisites',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/create_details_ad_connector.html',
    kind: 'aws',
    checked,
  },
  'vpc-nacls': {
    title: 'Control subnet traffic with network access control lists',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    kind: 'aws',
    checked,
  },
  'vpc-nacls-archived': {
    title: 'Network ACLs (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-vpc-user-guide/blob/17d2a3d0b039e72e2376a33b09f3c41ec68d878b/doc_source/VPC_ACLs.md',
    kind: 'aws-archived',
    checked,
  },
  'vpc-quotas-archived': {
    title: 'Amazon VPC quotas (awsdocs archive)',
    url: 'https://github.com/awsdocs/amazon-vpc-user-guide/blob/1e1eda574128b0be1678bd00627d482fbefb4ce6/doc_source/amazon-vpc-limits.md',
    kind: 'aws-archived',
    checked,
  },
  'ec2-create-nacl-entry': {
    title: 'CreateNetworkAclEntry — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html',
    kind: 'aws',
    checked,
  },
  'ec2-nacl-entry': {
    title: 'NetworkAclEntry — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAclEntry.html',
    kind: 'aws',
    checked,
  },
  'cdk-acl-traffic': {
    title: 'AclTrafficConfig — AWS CDK API Reference',
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.AclTrafficConfig.html',
    kind: 'aws',
    checked,
  },
  'cli-describe-network-acls': {
    title: 'aws-cli example: describe-network-acls',
    url: 'https://github.com/aws/aws-cli/blob/1c304eeb46dc25eb7de4f27d24b450d592d794be/awscli/examples/ec2/describe-network-acls.rst',
    kind: 'aws',
    checked,
  },
  'cli-describe-security-groups': {
    title: 'aws-cli example: describe-security-groups',
    url: 'https://github.com/aws/aws-cli/blob/0793671ea56aa443f6673a32416624ba3ce04ee4/awscli/examples/ec2/describe-security-groups.rst',
    kind: 'aws',
    checked,
  },
  'vpc-route-tables': {
    title: 'Subnet route tables',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
    kind: 'aws',
    checked,
  },
  'vpc-route-priority': {
    title: 'How route priority works',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
    kind: 'aws',
    checked,
  },
  'vpc-gateway-endpoints': {
    title: 'Gateway endpoints',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpce-gateway.html',
    kind: 'aws',
    checked,
  },
  'vpc-interface-endpoints': {
    title: 'Interface VPC Endpoints (AWS PrivateLink)',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpce-interface.html',
    kind: 'aws',
    checked,
  },
  'ec2-route': {
    title: 'Route — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html',
    kind: 'aws',
    checked,
  },
  'ec2-route-table': {
    title: 'RouteTable — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RouteTable.html',
    kind: 'aws',
    checked,
  },
  'ec2-ip-permission': {
    title: 'IpPermission — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html',
    kind: 'aws',
    checked,
  },
  'ec2-mtu': {
    title: 'Network maximum transmission unit (MTU) for your EC2 instance',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/network_mtu.html',
    kind: 'aws',
    checked,
  },
  'ec2-ntp': {
    title: 'Set the time reference on your EC2 instance to use Amazon Time Sync Service',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-ec2-ntp.html',
    kind: 'aws',
    checked,
  },
  'ec2-windows-time-archived': {
    title: 'Set the time for a Windows instance (older Windows guide)',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/windows-set-time.html',
    kind: 'aws-archived',
    checked,
  },
  'aws-blog-ad-time-sync': {
    title: 'Configure Microsoft Active Directory to use Amazon Time Sync Service (AWS blog)',
    url: 'https://aws.amazon.com/blogs/modernizing-with-aws/configure-microsoft-active-directory-to-use-amazon-time-sync/',
    kind: 'aws',
    checked,
  },
  'privatelink-services': {
    title: 'AWS services that integrate with AWS PrivateLink',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html',
    kind: 'aws',
    checked,
  },
  'eks-private-clusters': {
    title: 'Deploy private clusters with limited internet access (Amazon EKS)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
    kind: 'aws',
    checked,
  },
  'ms-w32time-tools': {
    title: 'Windows Time service tools and settings',
    url: 'https://learn.microsoft.com/en-us/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings',
    kind: 'microsoft',
    checked,
  },
  'ms-w32time-ntpserver-2003': {
    title: 'Parameters\\NtpServer (Windows Server 2003 registry reference)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2003/cc779560(v=ws.10)',
    kind: 'microsoft',
    checked,
  },
  'ms-w32time-blog-ntpserver': {
    title: 'Configuring the Time Service: NtpServer and SpecialPollInterval (Microsoft W32Time team blog, 2008)',
    url: 'https://blogs.msdn.microsoft.com/w32time/2008/02/26/configuring-the-time-service-ntpserver-and-specialpollinterval/',
    kind: 'microsoft',
    checked,
  },
  'ms-kms-dns': {
    title: 'Common troubleshooting procedures for KMS and DNS issues',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/common-troubleshooting-procedures-kms-dns',
    kind: 'microsoft',
    checked,
  },
  'ms-slmgr': {
    title: 'Slmgr.vbs options for obtaining volume activation information',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/activation-slmgr-vbs-options',
    kind: 'microsoft',
    checked,
  },
  'ms-volume-activation-client': {
    title: 'Plan for volume activation',
    url: 'https://learn.microsoft.com/en-us/windows/deployment/volume-activation/plan-for-volume-activation-client',
    kind: 'microsoft',
    checked,
  },
  'ms-kms-activation-timing': {
    title: 'KMS Activation Timing and Discovery (Volume Activation Technical Reference)',
    url: 'https://technet.microsoft.com/sk-sk/library/ff793418.aspx',
    kind: 'microsoft',
    checked,
  },
  'ms-defender-updates': {
    title: 'Manage the sources for Microsoft Defender Antivirus protection updates',
    url: 'https://learn.microsoft.com/en-us/defender-endpoint/manage-protection-updates-microsoft-defender-antivirus',
    kind: 'microsoft',
    checked,
  },
  'ms-set-mppreference': {
    title: 'Set-MpPreference',
    url: 'https://learn.microsoft.com/powershell/module/defender/set-mppreference',
    kind: 'microsoft',
    checked,
  },
  'ms-update-mpsignature': {
    title: 'Update-MpSignature',
    url: 'https://learn.microsoft.com/ja-jp/powershell/module/defender/update-mpsignature',
    kind: 'microsoft',
    checked,
  },
  'ms-mpcmdrun': {
    title: 'Use the mpcmdrun.exe command-line tool to manage Microsoft Defender Antivirus',
    url: 'https://learn.microsoft.com/en-us/defender-endpoint/command-line-arguments-microsoft-defender-antivirus',
    kind: 'microsoft',
    checked,
  },
  'ms-get-mpcomputerstatus': {
    title: 'Get-MpComputerStatus',
    url: 'https://learn.microsoft.com/en-us/powershell/module/defender/get-mpcomputerstatus?view=windowsserver2022-ps',
    kind: 'microsoft',
    checked,
  },
  'ms-get-mppreference': {
    title: 'Get-MpPreference',
    url: 'https://learn.microsoft.com/en-us/powershell/module/defender/get-mppreference',
    kind: 'microsoft',
    checked,
  },
  'ms-route': {
    title: 'route (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/route_ws2008',
    kind: 'microsoft',
    checked,
  },
  'ms-ipconfig': {
    title: 'ipconfig (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ipconfig',
    kind: 'microsoft',
    checked,
  },
  'ms-nslookup': {
    title: 'nslookup (Windows commands)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/nslookup',
    kind: 'microsoft',
    checked,
  },
  'ms-kerberos-clock-tolerance': {
    title: 'Maximum tolerance for computer clock synchronization',
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/jj852172(v=ws.11)',
    kind: 'microsoft',
    checked,
  },
  'checkmk-slmgr-language': {
    title: 'Checkmk pull request 436: slmgr output on non-English Windows',
    url: 'https://github.com/Checkmk/checkmk/pull/436',
    kind: 'third-party',
    checked,
  },
  'taskcluster-stale-route': {
    title: 'community-tc-config pull request 444: a persistent route to 169.254.169.250 via a gateway of another subnet',
    url: 'https://github.com/taskcluster/community-tc-config/pull/444',
    kind: 'third-party',
    checked,
  },
  'cli-output-format': {
    title: 'Setting the output format in the AWS CLI',
    url: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html',
    kind: 'aws',
    checked,
  },
  'cli-describe-route-tables': {
    title: 'describe-route-tables — AWS CLI Command Reference',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-route-tables.html',
    kind: 'aws',
    checked,
  },
  'ec2-network-acl': {
    title: 'NetworkAcl — Amazon EC2 API Reference',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAcl.html',
    kind: 'aws',
    checked,
  },
  'iana-ipv4-special': {
    title: 'IANA IPv4 Special-Purpose Address Registry',
    url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/',
    kind: 'iana',
    checked,
  },
  'iana-ipv6-special': {
    title: 'IANA IPv6 Special-Purpose Address Registry',
    url: 'https://www.iana.org/assignments/iana-ipv6-special-registry/',
    kind: 'iana',
    checked,
  },
  'serverworks-closed-workspaces': {
    // The hands-on report behind facts.md §0; its address was not recorded, so it is cited by title.
    title: '【クローズド・閉域】インターネット接続不可の Amazon WorkSpaces (Serverworks engineering blog, 2022)',
    kind: 'third-party',
    checked,
  },
  'classmethod-privatelink': {
    title: 'Try Amazon WorkSpaces streaming over PrivateLink (DevelopersIO)',
    url: 'https://dev.classmethod.jp/en/articles/try-amazon-workspaces-privatelink',
    kind: 'third-party',
    checked,
  },
  'admx-defender-file-shares': {
    title: 'Define file shares for downloading security intelligence updates (admx.help policy catalogue)',
    url: 'https://admx.help/?Category=Windows_10_2016&Policy=Microsoft.Policies.WindowsDefender::SignatureUpdate_DefinitionUpdateFileSharesSources',
    kind: 'third-party',
    checked,
  },
  'gporais-defender-fallback-order': {
    title: 'Define the order of sources for downloading security intelligence updates (GPOrais policy catalogue)',
    url: 'https://gporais.com/en-us/windef-signatureupdate-fallbackorder/',
    kind: 'third-party',
    checked,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Marks a fact the site must not present as settled. */
export type FactStatus = 'confirmed' | 'archived' | 'unconfirmed' | 'observed' | 'inferred';
