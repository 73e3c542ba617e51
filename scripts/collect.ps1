#Requires -Version 5.1
<#
.SYNOPSIS
Collects, read-only, every AWS CLI output the closed-workspaces validators read, into one bundle.

.DESCRIPTION
Runs the AWS CLI (v2) for the VPC of your WorkSpaces (given, or found from a WorkSpaces directory)
and writes one bundle file that the site's workbench (/validate/) and `closed-workspaces check`
open as one input. Only describe-*, get-* and search-* calls are made. A command that fails (no
permission, a service not offered in the Region) is recorded in the bundle with its error and the
script goes on. The same commands as collect.sh, in the same order; the site's "Collect
everything" page (/validators/collect/) lists them with the IAM policy they need.

Runs on Windows PowerShell 5.1 and PowerShell 7 with no module: the AWS CLI is the only tool.
The bundle is written as UTF-8 without a byte-order mark.

.PARAMETER VpcId
The VPC of the WorkSpaces (several allowed). The WorkSpaces directories registered in its subnets
are collected too.

.PARAMETER DirectoryId
A WorkSpaces directory (several allowed): its subnets' VPC is collected, with the directory and its
WorkSpaces.

.PARAMETER Region
AWS Region. Default: $env:AWS_REGION, $env:AWS_DEFAULT_REGION, then the profile's region.

.PARAMETER ProfileName
AWS CLI named profile (also -Profile).

.PARAMETER FollowTransitGateway
Also collect the other VPCs attached to the transit gateways the route tables send traffic to.

.PARAMETER Output
Where to write the bundle. Default: closed-workspaces-bundle.json

.EXAMPLE
powershell -ExecutionPolicy Bypass -File .\collect.ps1 -DirectoryId d-0123456789 -Region ap-northeast-1

.EXAMPLE
.\collect.ps1 -VpcId vpc-0123456789abcdef0 -Profile audit -FollowTransitGateway -Output bundle.json

.NOTES
Exit status: 0 the bundle was written (commands that failed are recorded in it and listed at the
end), 1 nothing could be collected or the file could not be written, 2 usage error.
#>
[CmdletBinding()]
param(
  [string[]] $VpcId = @(),
  [string[]] $DirectoryId = @(),
  [string] $Region = '',
  [Alias('Profile')]
  [string] $ProfileName = '',
  [switch] $FollowTransitGateway,
  [string] $Output = 'closed-workspaces-bundle.json'
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$BundleVersion = 1
$Utf8 = New-Object System.Text.UTF8Encoding $false

function Stop-WithUsage([string] $Message) {
  [Console]::Error.WriteLine("collect.ps1: $Message")
  [Console]::Error.WriteLine('Usage: collect.ps1 (-VpcId VPC_ID[,...] | -DirectoryId DIRECTORY_ID[,...]) [-Region REGION] [-Profile PROFILE] [-FollowTransitGateway] [-Output FILE]')
  [Console]::Error.WriteLine('       Get-Help .\collect.ps1 -Detailed')
  exit 2
}

function Write-Note([string] $Text) {
  [Console]::Error.WriteLine($Text)
}

# True when the text is PREFIX followed by lower-case hex digits only (ids the queries below embed).
function Test-Id([string] $Text, [string] $Prefix) {
  return $Text -cmatch ('^' + [regex]::Escape($Prefix) + '[0-9a-f]+$')
}

# True when the text is a WorkSpaces directory id: d- and hex digits, or wsd- and lower-case letters and digits.
function Test-DirectoryId([string] $Text) {
  return ($Text -cmatch '^d-[0-9a-f]+$') -or ($Text -cmatch '^wsd-[0-9a-z]+$')
}

# Adds a word to a list once, keeping the order.
function Add-Word([System.Collections.Generic.List[string]] $List, [string] $Word) {
  if (-not $List.Contains($Word)) { $List.Add($Word) }
}

# ---------------------------------------------------------------------------------------------
# Arguments

$vpcIds = New-Object 'System.Collections.Generic.List[string]'
$directoryIds = New-Object 'System.Collections.Generic.List[string]'
foreach ($id in $VpcId) {
  foreach ($one in ($id -split ',')) {
    if (-not (Test-Id $one 'vpc-')) { Stop-WithUsage "not a VPC id: $one" }
    Add-Word $vpcIds $one
  }
}
foreach ($id in $DirectoryId) {
  foreach ($one in ($id -split ',')) {
    if (-not (Test-DirectoryId $one)) { Stop-WithUsage "not a WorkSpaces directory id: $one" }
    Add-Word $directoryIds $one
  }
}
if ($vpcIds.Count -eq 0 -and $directoryIds.Count -eq 0) { Stop-WithUsage 'give -VpcId or -DirectoryId' }
if ($Region -ne '' -and $Region -cnotmatch '^[a-z0-9-]+$') { Stop-WithUsage "not a Region code: $Region" }
if ($Output -eq '') { Stop-WithUsage '-Output needs a file name' }

$aws = Get-Command aws -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
if ($null -eq $aws) {
  [Console]::Error.WriteLine('collect.ps1: the AWS CLI (aws) is not on PATH')
  exit 1
}
$awsPath = $aws.Path

# ---------------------------------------------------------------------------------------------
# Running commands

# One argument as the Windows command line carries it (the rules of CommandLineToArgvW, which
# .NET also applies on Linux and macOS): quoted when it holds a space or a quote.
function ConvertTo-CommandLineArgument([string] $Value) {
  if ($Value -ne '' -and $Value -notmatch '[\s"]') { return $Value }
  $escaped = [regex]::Replace($Value, '(\\*)"', { param($match) $match.Groups[1].Value + $match.Groups[1].Value + '\"' })
  $escaped = [regex]::Replace($escaped, '(\\+)$', '$1$1')
  return '"' + $escaped + '"'
}

# Runs aws with these arguments; returns its exit status and what it printed, read as UTF-8.
function Invoke-Aws([string[]] $Arguments) {
  $line = ($Arguments | ForEach-Object { ConvertTo-CommandLineArgument $_ }) -join ' '
  $info = New-Object System.Diagnostics.ProcessStartInfo
  if ($awsPath -match '\.(cmd|bat)$') {
    # A pip-installed CLI is a batch file: only cmd.exe runs it.
    $info.FileName = $env:ComSpec
    $info.Arguments = '/d /s /c "' + (ConvertTo-CommandLineArgument $awsPath) + ' ' + $line + '"'
  } else {
    $info.FileName = $awsPath
    $info.Arguments = $line
  }
  $info.UseShellExecute = $false
  $info.RedirectStandardOutput = $true
  $info.RedirectStandardError = $true
  $info.StandardOutputEncoding = $Utf8
  $info.StandardErrorEncoding = $Utf8
  $info.CreateNoWindow = $true
  $process = [System.Diagnostics.Process]::Start($info)
  # Both streams are read at once: a full pipe on one would otherwise stop the CLI.
  $errorText = $process.StandardError.ReadToEndAsync()
  $outputText = $process.StandardOutput.ReadToEnd()
  $process.WaitForExit()
  return [pscustomobject]@{ Status = $process.ExitCode; Out = $outputText; Err = $errorText.Result }
}

# The Region, the profile and the output format every call gets.
function Get-CommonArguments([string] $Format) {
  $common = @('--region', $script:region)
  if ($ProfileName -ne '') { $common += @('--profile', $ProfileName) }
  return $common + @('--output', $Format)
}

# The first line with text, without its line ending.
function Get-FirstLine([string] $Text) {
  foreach ($line in ($Text -split "`r?`n")) {
    if ($line.Trim() -ne '') { return $line }
  }
  return ''
}

# A JSON string of one line of text: quotes and backslashes escaped, control characters dropped.
function ConvertTo-JsonString([string] $Value) {
  $text = $Value -replace "[`t`r`n]", ' '
  $text = $text -replace '[\x00-\x1f\x7f]', ''
  return '"' + $text.Replace('\', '\\').Replace('"', '\"') + '"'
}

# The command line as a shell shows it: a word with spaces or quotes in quotes (our words hold no double quote).
function Get-ShownCommand([string[]] $Arguments) {
  $words = @('aws')
  foreach ($word in $Arguments) {
    if ($word -cmatch '[^A-Za-z0-9_,.=/:@+-]') {
      if ($word.Contains("'")) { $word = '"' + $word + '"' } else { $word = "'" + $word + "'" }
    }
    $words += $word
  }
  return $words -join ' '
}

# The ids a --query printed with --output text: blank, None and ill-formed ones left out.
function Get-Ids([string] $Prefix, [string[]] $Arguments) {
  $result = Invoke-Aws ($Arguments + (Get-CommonArguments 'text'))
  if ($result.Status -ne 0) {
    [Console]::Error.WriteLine("collect.ps1: could not look up $Prefix ids (aws $($Arguments[0]) $($Arguments[1])): $(Get-FirstLine $result.Err)")
    return @()
  }
  $ids = @()
  foreach ($word in ($result.Out -split '\s+')) {
    if (Test-Id $word $Prefix) { $ids += $word }
  }
  return $ids
}

# The rows a --query printed with --output text (tab-separated columns); none, with a note, when it fails.
function Get-Rows([string] $What, [string[]] $Arguments) {
  $result = Invoke-Aws ($Arguments + (Get-CommonArguments 'text'))
  if ($result.Status -ne 0) {
    [Console]::Error.WriteLine("collect.ps1: could not list ${What}: $(Get-FirstLine $result.Err)")
    return @()
  }
  return @($result.Out -split "`r?`n" | Where-Object { $_.Trim() -ne '' })
}

$entries = New-Object 'System.Collections.Generic.List[string]'
$collectedNames = New-Object 'System.Collections.Generic.List[string]'
$failures = New-Object 'System.Collections.Generic.List[string]'

# Runs one command for the bundle: its JSON output, or its error, becomes an entry named $Name.
# The command is recorded as run, without --profile (a local name the bundle's readers do not need).
function Invoke-Collect([string] $Name, [string[]] $Arguments) {
  $recorded = Get-ShownCommand ($Arguments + @('--region', $script:region, '--output', 'json'))
  [Console]::Error.Write(('  {0,-48} ' -f $Name))
  $result = Invoke-Aws ($Arguments + (Get-CommonArguments 'json'))
  $errorLine = ''
  if ($result.Status -eq 0) {
    $text = $result.Out.Trim()
    if ($text -eq '' -or '{[n'.IndexOf($text[0]) -lt 0) { $errorLine = 'the command printed no JSON' }
  } else {
    $errorLine = Get-FirstLine $result.Err
    if ($errorLine -eq '') { $errorLine = "aws exited with status $($result.Status)" }
  }
  $entry = "    {`n      `"name`": $(ConvertTo-JsonString $Name),`n      `"command`": $(ConvertTo-JsonString $recorded),`n"
  if ($errorLine -eq '') {
    # JSON strings hold no raw line break: indenting each further line changes no value.
    $output = ($result.Out.TrimEnd() -replace "`r?`n", "`n      ")
    $entry += "      `"output`": $output`n    }"
    $collectedNames.Add($Name)
    [Console]::Error.WriteLine('ok')
  } else {
    $entry += "      `"error`": $(ConvertTo-JsonString $errorLine)`n    }"
    $failures.Add("  ${Name}: $errorLine")
    [Console]::Error.WriteLine("FAILED: $errorLine")
  }
  $entries.Add($entry)
}

# ---------------------------------------------------------------------------------------------
# The Region, and an environment in which the CLI prints UTF-8 and never pages or prompts

$saved = @{}
foreach ($name in @('AWS_CLI_AUTO_PROMPT', 'AWS_CLI_OUTPUT_ENCODING', 'PYTHONUTF8')) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
$env:AWS_CLI_AUTO_PROMPT = 'off'
$env:AWS_CLI_OUTPUT_ENCODING = 'UTF-8'
$env:PYTHONUTF8 = '1'

try {
  $region = $Region
  if ($region -eq '') { $region = $env:AWS_REGION }
  if ([string]::IsNullOrEmpty($region)) { $region = $env:AWS_DEFAULT_REGION }
  if ([string]::IsNullOrEmpty($region)) {
    $configure = @('configure', 'get', 'region')
    if ($ProfileName -ne '') { $configure += @('--profile', $ProfileName) }
    $region = (Invoke-Aws $configure).Out.Trim()
  }
  if ([string]::IsNullOrEmpty($region) -or $region -cnotmatch '^[a-z0-9-]+$') {
    Stop-WithUsage 'no Region: give -Region (or set AWS_REGION, or a region in the profile)'
  }

  # -------------------------------------------------------------------------------------------
  # What the WorkSpaces are: the directories, their subnets and VPCs

  Write-Note "closed-workspaces collect: Region $region"
  $workspacesSubnets = New-Object 'System.Collections.Generic.List[string]'
  if ($directoryIds.Count -gt 0) {
    foreach ($subnet in (Get-Ids 'subnet-' (@('workspaces', 'describe-workspace-directories', '--directory-ids') + $directoryIds + @('--query', 'Directories[].SubnetIds[]')))) {
      Add-Word $workspacesSubnets $subnet
    }
    if ($workspacesSubnets.Count -gt 0) {
      foreach ($vpc in (Get-Ids 'vpc-' (@('ec2', 'describe-subnets', '--subnet-ids') + $workspacesSubnets + @('--query', 'Subnets[].VpcId')))) {
        Add-Word $vpcIds $vpc
      }
    }
    if ($vpcIds.Count -eq 0) {
      $found = if ($workspacesSubnets.Count -gt 0) { $workspacesSubnets -join ' ' } else { 'none found' }
      [Console]::Error.WriteLine("collect.ps1: could not find the VPC of directory $($directoryIds -join ' ') (its subnets: $found)")
      exit 1
    }
  } else {
    # The directories registered in the VPC's subnets: a directory lists its two subnets.
    $vpcSubnets = Get-Ids 'subnet-' @('ec2', 'describe-subnets', '--filters', "Name=vpc-id,Values=$($vpcIds -join ',')", '--query', 'Subnets[].SubnetId')
    foreach ($row in (Get-Rows 'the WorkSpaces directories' @('workspaces', 'describe-workspace-directories', '--query', "Directories[?SubnetIds].[DirectoryId, join(',', SubnetIds)]"))) {
      $cells = $row.Trim() -split '\s+'
      if ($cells.Count -lt 2 -or -not (Test-DirectoryId $cells[0])) { continue }
      $subnets = $cells[1] -split ','
      if (@($subnets | Where-Object { $vpcSubnets -contains $_ }).Count -gt 0) {
        Add-Word $directoryIds $cells[0]
        foreach ($own in $subnets) { if (Test-Id $own 'subnet-') { Add-Word $workspacesSubnets $own } }
      }
    }
  }

  $vpcs = $vpcIds -join ','
  $directoriesFound = if ($directoryIds.Count -gt 0) { $directoryIds -join ' ' } else { 'none found' }
  Write-Note "VPC: $($vpcIds -join ' '); WorkSpaces directories: $directoriesFound"

  # -------------------------------------------------------------------------------------------
  # The outputs the validators read

  if ($directoryIds.Count -gt 0) {
    Invoke-Collect 'workspace-directories.json' (@('workspaces', 'describe-workspace-directories', '--directory-ids') + $directoryIds)
    foreach ($directory in $directoryIds) {
      $name = if ($directoryIds.Count -eq 1) { 'workspaces.json' } else { "workspaces-$directory.json" }
      Invoke-Collect $name @('workspaces', 'describe-workspaces', '--directory-id', $directory)
    }
  }

  Invoke-Collect 'vpcs.json' (@('ec2', 'describe-vpcs', '--vpc-ids') + $vpcIds)
  Invoke-Collect 'subnets.json' @('ec2', 'describe-subnets', '--filters', "Name=vpc-id,Values=$vpcs")
  Invoke-Collect 'route-tables.json' @('ec2', 'describe-route-tables', '--filters', "Name=vpc-id,Values=$vpcs")
  Invoke-Collect 'network-acls.json' @('ec2', 'describe-network-acls', '--filters', "Name=vpc-id,Values=$vpcs")
  Invoke-Collect 'security-groups.json' @('ec2', 'describe-security-groups', '--filters', "Name=vpc-id,Values=$vpcs")
  if ($workspacesSubnets.Count -gt 0) {
    Invoke-Collect 'network-interfaces.json' @('ec2', 'describe-network-interfaces', '--filters', "Name=subnet-id,Values=$($workspacesSubnets -join ',')")
  } else {
    Invoke-Collect 'network-interfaces.json' @('ec2', 'describe-network-interfaces', '--filters', "Name=vpc-id,Values=$vpcs")
  }
  Invoke-Collect 'vpc-endpoints.json' @('ec2', 'describe-vpc-endpoints', '--filters', "Name=vpc-id,Values=$vpcs")
  Invoke-Collect 'internet-gateways.json' @('ec2', 'describe-internet-gateways', '--filters', "Name=attachment.vpc-id,Values=$vpcs")
  Invoke-Collect 'nat-gateways.json' @('ec2', 'describe-nat-gateways', '--filter', "Name=vpc-id,Values=$vpcs")
  Invoke-Collect 'vpc-block-public-access-options.json' @('ec2', 'describe-vpc-block-public-access-options')
  Invoke-Collect 'vpc-block-public-access-exclusions.json' @('ec2', 'describe-vpc-block-public-access-exclusions')

  # The transit gateways the route tables send traffic to: their attachments, route tables and routes.
  $transitGateways = New-Object 'System.Collections.Generic.List[string]'
  foreach ($gateway in (Get-Ids 'tgw-' @('ec2', 'describe-route-tables', '--filters', "Name=vpc-id,Values=$vpcs", '--query', 'RouteTables[].Routes[].TransitGatewayId'))) {
    Add-Word $transitGateways $gateway
  }
  $routeTableVpcs = $vpcs
  if ($transitGateways.Count -gt 0) {
    $gateways = $transitGateways -join ','
    Invoke-Collect 'transit-gateway-attachments.json' @('ec2', 'describe-transit-gateway-attachments', '--filters', "Name=transit-gateway-id,Values=$gateways")
    Invoke-Collect 'transit-gateway-vpc-attachments.json' @('ec2', 'describe-transit-gateway-vpc-attachments', '--filters', "Name=transit-gateway-id,Values=$gateways")
    Invoke-Collect 'transit-gateway-route-tables.json' @('ec2', 'describe-transit-gateway-route-tables', '--filters', "Name=transit-gateway-id,Values=$gateways")
    foreach ($table in (Get-Ids 'tgw-rtb-' @('ec2', 'describe-transit-gateway-route-tables', '--filters', "Name=transit-gateway-id,Values=$gateways", '--query', 'TransitGatewayRouteTables[].TransitGatewayRouteTableId'))) {
      # The output does not repeat the table's id: the query adds it (and keeps AdditionalRoutesAvailable).
      Invoke-Collect "transit-gateway-routes-$table.json" @('ec2', 'search-transit-gateway-routes', '--transit-gateway-route-table-id', $table, '--filters', 'Name=state,Values=active,blackhole', '--query', "{TransitGatewayRouteTableId: '$table', Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable}")
    }
    if ($FollowTransitGateway) {
      $attached = New-Object 'System.Collections.Generic.List[string]'
      foreach ($vpc in (Get-Ids 'vpc-' @('ec2', 'describe-transit-gateway-vpc-attachments', '--filters', "Name=transit-gateway-id,Values=$gateways", '--query', 'TransitGatewayVpcAttachments[].VpcId'))) {
        if (-not $vpcIds.Contains($vpc)) { Add-Word $attached $vpc }
      }
      if ($attached.Count -gt 0) {
        $others = $attached -join ','
        Write-Note "VPCs attached to $($transitGateways -join ' '): $($attached -join ' ')"
        Invoke-Collect 'attached-vpcs.json' (@('ec2', 'describe-vpcs', '--vpc-ids') + $attached)
        Invoke-Collect 'attached-subnets.json' @('ec2', 'describe-subnets', '--filters', "Name=vpc-id,Values=$others")
        Invoke-Collect 'attached-route-tables.json' @('ec2', 'describe-route-tables', '--filters', "Name=vpc-id,Values=$others")
        Invoke-Collect 'attached-network-acls.json' @('ec2', 'describe-network-acls', '--filters', "Name=vpc-id,Values=$others")
        Invoke-Collect 'attached-vpc-endpoints.json' @('ec2', 'describe-vpc-endpoints', '--filters', "Name=vpc-id,Values=$others")
        Invoke-Collect 'attached-internet-gateways.json' @('ec2', 'describe-internet-gateways', '--filters', "Name=attachment.vpc-id,Values=$others")
        Invoke-Collect 'attached-nat-gateways.json' @('ec2', 'describe-nat-gateways', '--filter', "Name=vpc-id,Values=$others")
        $routeTableVpcs = "$vpcs,$others"
      }
    }
  }

  # The prefix lists the route tables and security groups name: their CIDRs.
  $prefixLists = New-Object 'System.Collections.Generic.List[string]'
  $named = @(Get-Ids 'pl-' @('ec2', 'describe-route-tables', '--filters', "Name=vpc-id,Values=$routeTableVpcs", '--query', 'RouteTables[].Routes[].DestinationPrefixListId'))
  $named += @(Get-Ids 'pl-' @('ec2', 'describe-security-groups', '--filters', "Name=vpc-id,Values=$vpcs", '--query', 'SecurityGroups[].[IpPermissions[].PrefixListIds[].PrefixListId, IpPermissionsEgress[].PrefixListIds[].PrefixListId]'))
  foreach ($list in $named) { Add-Word $prefixLists $list }
  if ($prefixLists.Count -gt 0) {
    Invoke-Collect 'prefix-lists.json' @('ec2', 'describe-prefix-lists', '--filters', "Name=prefix-list-id,Values=$($prefixLists -join ',')")
    foreach ($list in $prefixLists) {
      # The output does not repeat the list's id: the query adds it.
      Invoke-Collect "prefix-list-entries-$list.json" @('ec2', 'get-managed-prefix-list-entries', '--prefix-list-id', $list, '--query', "{PrefixListId: '$list', Entries: Entries}")
    }
  }

  # -------------------------------------------------------------------------------------------
  # The bundle

  if ($collectedNames.Count -eq 0) {
    [Console]::Error.WriteLine('')
    [Console]::Error.WriteLine('collect.ps1: every command failed; no bundle written:')
    foreach ($failure in $failures) { [Console]::Error.WriteLine($failure) }
    exit 1
  }

  $collectedAt = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
  $bundle = "{`n  `"closedWorkspacesBundle`": $BundleVersion,`n  `"collected`": $(ConvertTo-JsonString $collectedAt),`n  `"region`": $(ConvertTo-JsonString $region),`n  `"documents`": [`n" + ($entries -join ",`n") + "`n  ]`n}`n"
  # Resolved against PowerShell's location (.NET's current directory may differ); UTF-8 with no BOM.
  $path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Output)
  try {
    [System.IO.File]::WriteAllText($path, $bundle, $Utf8)
  } catch {
    [Console]::Error.WriteLine("collect.ps1: could not write ${path}: $($_.Exception.Message)")
    exit 1
  }

  Write-Note ''
  Write-Note "Wrote ${path}: $($collectedNames.Count) outputs collected, $($failures.Count) commands failed."
  Write-Note "Collected: $($collectedNames -join ' ')"
  if ($failures.Count -gt 0) {
    Write-Note 'Failed (recorded in the bundle; the check goes on without them):'
    foreach ($failure in $failures) { Write-Note $failure }
  }
  Write-Note "Open it in the workbench (/validate/) or run: closed-workspaces check $Output"
  exit 0
} finally {
  foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
}
