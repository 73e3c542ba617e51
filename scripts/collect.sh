#!/usr/bin/env bash
# closed-workspaces collect (bash): runs, read-only, every AWS CLI command whose output the
# closed-workspaces validators read, for the VPC of your WorkSpaces, and writes one bundle file
# that the site's workbench (/validate/) and `closed-workspaces check` open as one input.
#
#   collect.sh --directory-id d-0123456789 [--region ap-northeast-1] [--profile audit]
#   collect.sh --vpc-id vpc-0123456789abcdef0 [--follow-transit-gateway] [--output bundle.json]
#
# Needs bash and the AWS CLI (v2) only: no jq, no python. Only describe-*, get-* and search-*
# calls are made. A command that fails (no permission, a service not offered in the Region) is
# recorded in the bundle with its error and the script goes on. The permissions, the commands and
# the bundle format are documented on the site's "Collect everything" page (/validators/collect/);
# collect.ps1 does the same for PowerShell, command for command.
set -u
# Words are split on purpose (lists of ids) but never expanded as file names.
set -f

VERSION=1
readonly VERSION

usage() {
  cat <<'EOF'
Usage: collect.sh (--vpc-id VPC_ID ... | --directory-id DIRECTORY_ID ...) [options]

Runs every read-only AWS CLI command the closed-workspaces validators read and writes one bundle
file to open in the workbench (/validate/) or check with: closed-workspaces check BUNDLE

  --vpc-id VPC_ID              the VPC of the WorkSpaces (repeat for several VPCs); the WorkSpaces
                               directories registered in its subnets are collected too
  --directory-id DIRECTORY_ID  a WorkSpaces directory (repeat for several): its subnets' VPC is
                               collected, with the directory and its WorkSpaces
  --region REGION              AWS Region (default: $AWS_REGION, $AWS_DEFAULT_REGION, then the
                               profile's region)
  --profile PROFILE            AWS CLI named profile
  --follow-transit-gateway     also collect the other VPCs attached to the transit gateways the
                               route tables send traffic to (their route tables, ACLs, subnets,
                               gateways and endpoints)
  --output FILE                where to write the bundle (default: closed-workspaces-bundle.json)
  -h, --help                   show this help

Exit status: 0 the bundle was written (commands that failed are recorded in it and listed at the
end), 1 nothing could be collected or the file could not be written, 2 usage error.
EOF
}

die_usage() {
  printf 'collect.sh: %s\n\n' "$1" >&2
  usage >&2
  exit 2
}

# ---------------------------------------------------------------------------------------------
# Arguments

vpc_ids=''
directory_ids=''
region=''
profile=''
follow=0
output='closed-workspaces-bundle.json'

# True when $1 is PREFIX followed by lower-case hex digits only (ids the queries below embed).
is_id() {
  case $1 in
    "$2"*) ;;
    *) return 1 ;;
  esac
  rest=${1#"$2"}
  case $rest in
    '' | *[!0-9a-f]*) return 1 ;;
  esac
  return 0
}

# True when $1 is a WorkSpaces directory id: d- and hex digits, or wsd- and lower-case letters and digits.
is_directory_id() {
  case $1 in
    wsd-*)
      rest=${1#wsd-}
      case $rest in '' | *[!0-9a-z]*) return 1 ;; esac
      return 0
      ;;
  esac
  is_id "$1" d-
}

# Appends a word to a space-separated list held in the variable named $1, once.
add_word() {
  current=''
  eval "current=\${$1}"
  case " $current " in
    *" $2 "*) ;;
    *) eval "$1=\"\${current:+\$current }\$2\"" ;;
  esac
}

while [ $# -gt 0 ]; do
  case $1 in
    --vpc-id | --directory-id | --region | --profile | --output)
      [ $# -ge 2 ] || die_usage "$1 needs a value"
      option=$1
      value=$2
      shift 2
      ;;
    --vpc-id=* | --directory-id=* | --region=* | --profile=* | --output=*)
      option=${1%%=*}
      value=${1#*=}
      shift
      ;;
    --follow-transit-gateway)
      follow=1
      shift
      continue
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die_usage "unknown argument: $1" ;;
  esac
  case $option in
    --vpc-id)
      is_id "$value" vpc- || die_usage "not a VPC id: $value"
      add_word vpc_ids "$value"
      ;;
    --directory-id)
      is_directory_id "$value" || die_usage "not a WorkSpaces directory id: $value"
      add_word directory_ids "$value"
      ;;
    --region)
      case $value in
        '' | *[!a-z0-9-]*) die_usage "not a Region code: $value" ;;
      esac
      region=$value
      ;;
    --profile) profile=$value ;;
    --output)
      [ -n "$value" ] || die_usage '--output needs a file name'
      output=$value
      ;;
  esac
done

[ -n "$vpc_ids$directory_ids" ] || die_usage 'give --vpc-id or --directory-id'
command -v aws >/dev/null 2>&1 || {
  printf 'collect.sh: the AWS CLI (aws) is not on PATH\n' >&2
  exit 1
}

# The AWS CLI must print UTF-8 and never page or prompt, whatever the user's settings.
export AWS_PAGER=''
export AWS_CLI_AUTO_PROMPT=off
export AWS_CLI_OUTPUT_ENCODING=UTF-8
export PYTHONUTF8=1

if [ -z "$region" ]; then
  region=${AWS_REGION:-${AWS_DEFAULT_REGION:-}}
  [ -n "$region" ] || region=$(aws configure get region ${profile:+--profile "$profile"} 2>/dev/null | tr -d '\r')
  case $region in
    '' | *[!a-z0-9-]*) die_usage 'no Region: give --region (or set AWS_REGION, or a region in the profile)' ;;
  esac
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/closed-workspaces-collect.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
: >"$work/entries"

# ---------------------------------------------------------------------------------------------
# Running commands

collected=0
collected_names=''
failed=0
failures=''

# A JSON string of one line of text: quotes and backslashes escaped, control characters dropped.
json_string() {
  case $1 in
    *[!A-Za-z0-9\ _,.=/:@+\'\{\}\[\]\(\)-]*)
      printf '"%s"' "$(printf '%s' "$1" | LC_ALL=C tr '\t\n\r' '   ' | LC_ALL=C tr -d '\000-\010\013\014\016-\037\177' | LC_ALL=C sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
      ;;
    # Nothing to escape (names, commands, times): no process to start.
    *) printf '"%s"' "$1" ;;
  esac
}

# The first line with text in a file, without its line ending.
first_line() {
  LC_ALL=C sed -n '/[^[:space:]]/{p;q;}' "$1" | LC_ALL=C tr -d '\r'
}

# Runs aws with the Region, the profile and the output format; stdout and stderr go to $work/out and $work/err.
run_aws() {
  format=$1
  shift
  aws "$@" --region "$region" ${profile:+--profile "$profile"} --output "$format" >"$work/out" 2>"$work/err"
}

# The ids a --query printed with --output text, one per line: blank, None and ill-formed ones left out.
# usage: lookup PREFIX AWS_ARGUMENTS...
lookup() {
  prefix=$1
  shift
  if ! run_aws text "$@"; then
    printf 'collect.sh: could not look up %s ids (aws %s %s): %s\n' "$prefix" "$1" "$2" "$(first_line "$work/err")" >&2
    return 0
  fi
  for word in $(LC_ALL=C tr '\t\r' '  ' <"$work/out"); do
    is_id "$word" "$prefix" && printf '%s\n' "$word"
  done
  return 0
}

# The command line as a shell shows it: a word with spaces or quotes in quotes (our words hold no double quote).
shown_command() {
  line=aws
  for word in "$@"; do
    case $word in
      *[!A-Za-z0-9_,.=/:@+-]*)
        case $word in
          *"'"*) word="\"$word\"" ;;
          *) word="'$word'" ;;
        esac
        ;;
    esac
    line="$line $word"
  done
  printf '%s' "$line"
}

# The rows a --query printed with --output text (tab-separated columns); none, with a note, when it fails.
# usage: rows WHAT AWS_ARGUMENTS...
rows() {
  what=$1
  shift
  if ! run_aws text "$@"; then
    printf 'collect.sh: could not list %s: %s\n' "$what" "$(first_line "$work/err")" >&2
    return 0
  fi
  LC_ALL=C tr -d '\r' <"$work/out"
}

# Runs one command for the bundle: its JSON output, or its error, becomes an entry named $1.
# The command is recorded as run, without --profile (a local name the bundle's readers do not need).
# usage: collect NAME AWS_ARGUMENTS...
collect() {
  name=$1
  shift
  recorded="$(shown_command "$@" --region "$region" --output json)"
  printf '  %-48s ' "$name" >&2
  if run_aws json "$@"; then
    first=$(LC_ALL=C sed -n '/[^[:space:]]/{s/^[[:space:]]*\(.\).*/\1/p;q;}' "$work/out")
    case $first in
      '{' | '[' | n) error='' ;;
      *) error='the command printed no JSON' ;;
    esac
  else
    status=$?
    error=$(first_line "$work/err")
    [ -n "$error" ] || error="aws exited with status $status"
  fi
  [ -s "$work/entries" ] && printf ',\n' >>"$work/entries"
  {
    printf '    {\n      "name": %s,\n      "command": %s,\n' "$(json_string "$name")" "$(json_string "$recorded")"
    if [ -z "$error" ]; then
      printf '      "output": '
      # JSON strings hold no raw line break: indenting each further line changes no value.
      LC_ALL=C sed -e '1!s/^/      /' "$work/out"
      printf '\n    }'
    else
      printf '      "error": %s\n    }' "$(json_string "$error")"
    fi
  } >>"$work/entries"
  if [ -z "$error" ]; then
    collected=$((collected + 1))
    collected_names="$collected_names $name"
    printf 'ok\n' >&2
  else
    failed=$((failed + 1))
    failures="$failures  $name: $error
"
    printf 'FAILED: %s\n' "$error" >&2
  fi
}

# A space-separated list as the comma-separated values of a filter.
csv() {
  printf '%s' "$1" | tr ' ' ','
}

# ---------------------------------------------------------------------------------------------
# What the WorkSpaces are: the directories, their subnets and VPCs

printf 'closed-workspaces collect: Region %s\n' "$region" >&2

workspaces_subnets=''
if [ -n "$directory_ids" ]; then
  # shellcheck disable=SC2086 # the ids are words
  for subnet in $(lookup subnet- workspaces describe-workspace-directories --directory-ids $directory_ids --query 'Directories[].SubnetIds[]'); do
    add_word workspaces_subnets "$subnet"
  done
  if [ -n "$workspaces_subnets" ]; then
    # shellcheck disable=SC2086
    for vpc in $(lookup vpc- ec2 describe-subnets --subnet-ids $workspaces_subnets --query 'Subnets[].VpcId'); do
      add_word vpc_ids "$vpc"
    done
  fi
  if [ -z "$vpc_ids" ]; then
    printf 'collect.sh: could not find the VPC of directory %s (its subnets: %s)\n' "$directory_ids" "${workspaces_subnets:-none found}" >&2
    exit 1
  fi
else
  # The directories registered in the VPC's subnets: a directory lists its two subnets.
  vpc_subnets=' '
  for subnet in $(lookup subnet- ec2 describe-subnets --filters "Name=vpc-id,Values=$(csv "$vpc_ids")" --query 'Subnets[].SubnetId'); do
    vpc_subnets="$vpc_subnets$subnet "
  done
  directories=$(rows 'the WorkSpaces directories' workspaces describe-workspace-directories --query "Directories[?SubnetIds].[DirectoryId, join(',', SubnetIds)]")
  while read -r directory subnets; do
    is_directory_id "$directory" || continue
    for subnet in $(printf '%s' "$subnets" | tr ',' ' '); do
      case $vpc_subnets in
        *" $subnet "*)
          add_word directory_ids "$directory"
          for own in $(printf '%s' "$subnets" | tr ',' ' '); do is_id "$own" subnet- && add_word workspaces_subnets "$own"; done
          ;;
      esac
    done
  done <<EOF
$directories
EOF
fi

vpcs=$(csv "$vpc_ids")
printf 'VPC: %s; WorkSpaces directories: %s\n' "$vpc_ids" "${directory_ids:-none found}" >&2

# ---------------------------------------------------------------------------------------------
# The outputs the validators read

if [ -n "$directory_ids" ]; then
  # shellcheck disable=SC2086
  collect workspace-directories.json workspaces describe-workspace-directories --directory-ids $directory_ids
  # shellcheck disable=SC2086 # one argument per directory
  set -- $directory_ids
  for directory in "$@"; do
    if [ $# -eq 1 ]; then name=workspaces.json; else name="workspaces-$directory.json"; fi
    collect "$name" workspaces describe-workspaces --directory-id "$directory"
  done
fi

# shellcheck disable=SC2086
collect vpcs.json ec2 describe-vpcs --vpc-ids $vpc_ids
collect subnets.json ec2 describe-subnets --filters "Name=vpc-id,Values=$vpcs"
collect route-tables.json ec2 describe-route-tables --filters "Name=vpc-id,Values=$vpcs"
collect network-acls.json ec2 describe-network-acls --filters "Name=vpc-id,Values=$vpcs"
collect security-groups.json ec2 describe-security-groups --filters "Name=vpc-id,Values=$vpcs"
if [ -n "$workspaces_subnets" ]; then
  collect network-interfaces.json ec2 describe-network-interfaces --filters "Name=subnet-id,Values=$(csv "$workspaces_subnets")"
else
  collect network-interfaces.json ec2 describe-network-interfaces --filters "Name=vpc-id,Values=$vpcs"
fi
collect vpc-endpoints.json ec2 describe-vpc-endpoints --filters "Name=vpc-id,Values=$vpcs"
collect internet-gateways.json ec2 describe-internet-gateways --filters "Name=attachment.vpc-id,Values=$vpcs"
collect nat-gateways.json ec2 describe-nat-gateways --filter "Name=vpc-id,Values=$vpcs"
collect vpc-block-public-access-options.json ec2 describe-vpc-block-public-access-options
collect vpc-block-public-access-exclusions.json ec2 describe-vpc-block-public-access-exclusions

# The transit gateways the route tables send traffic to: their attachments, route tables and routes.
transit_gateways=''
for gateway in $(lookup tgw- ec2 describe-route-tables --filters "Name=vpc-id,Values=$vpcs" --query 'RouteTables[].Routes[].TransitGatewayId'); do
  add_word transit_gateways "$gateway"
done
route_table_vpcs=$vpcs
if [ -n "$transit_gateways" ]; then
  gateways=$(csv "$transit_gateways")
  collect transit-gateway-attachments.json ec2 describe-transit-gateway-attachments --filters "Name=transit-gateway-id,Values=$gateways"
  collect transit-gateway-vpc-attachments.json ec2 describe-transit-gateway-vpc-attachments --filters "Name=transit-gateway-id,Values=$gateways"
  collect transit-gateway-route-tables.json ec2 describe-transit-gateway-route-tables --filters "Name=transit-gateway-id,Values=$gateways"
  for table in $(lookup tgw-rtb- ec2 describe-transit-gateway-route-tables --filters "Name=transit-gateway-id,Values=$gateways" --query 'TransitGatewayRouteTables[].TransitGatewayRouteTableId'); do
    # The output does not repeat the table's id: the query adds it (and keeps AdditionalRoutesAvailable).
    collect "transit-gateway-routes-$table.json" ec2 search-transit-gateway-routes --transit-gateway-route-table-id "$table" --filters Name=state,Values=active,blackhole \
      --query "{TransitGatewayRouteTableId: '$table', Routes: Routes, AdditionalRoutesAvailable: AdditionalRoutesAvailable}"
  done
  if [ "$follow" -eq 1 ]; then
    attached=''
    for vpc in $(lookup vpc- ec2 describe-transit-gateway-vpc-attachments --filters "Name=transit-gateway-id,Values=$gateways" --query 'TransitGatewayVpcAttachments[].VpcId'); do
      case " $vpc_ids " in *" $vpc "*) ;; *) add_word attached "$vpc" ;; esac
    done
    if [ -n "$attached" ]; then
      others=$(csv "$attached")
      printf 'VPCs attached to %s: %s\n' "$transit_gateways" "$attached" >&2
      # shellcheck disable=SC2086
      collect attached-vpcs.json ec2 describe-vpcs --vpc-ids $attached
      collect attached-subnets.json ec2 describe-subnets --filters "Name=vpc-id,Values=$others"
      collect attached-route-tables.json ec2 describe-route-tables --filters "Name=vpc-id,Values=$others"
      collect attached-network-acls.json ec2 describe-network-acls --filters "Name=vpc-id,Values=$others"
      collect attached-vpc-endpoints.json ec2 describe-vpc-endpoints --filters "Name=vpc-id,Values=$others"
      collect attached-internet-gateways.json ec2 describe-internet-gateways --filters "Name=attachment.vpc-id,Values=$others"
      collect attached-nat-gateways.json ec2 describe-nat-gateways --filter "Name=vpc-id,Values=$others"
      route_table_vpcs="$vpcs,$others"
    fi
  fi
fi

# The prefix lists the route tables and security groups name: their CIDRs.
prefix_lists=''
for list in $(lookup pl- ec2 describe-route-tables --filters "Name=vpc-id,Values=$route_table_vpcs" --query 'RouteTables[].Routes[].DestinationPrefixListId') \
  $(lookup pl- ec2 describe-security-groups --filters "Name=vpc-id,Values=$vpcs" --query 'SecurityGroups[].[IpPermissions[].PrefixListIds[].PrefixListId, IpPermissionsEgress[].PrefixListIds[].PrefixListId]'); do
  add_word prefix_lists "$list"
done
if [ -n "$prefix_lists" ]; then
  collect prefix-lists.json ec2 describe-prefix-lists --filters "Name=prefix-list-id,Values=$(csv "$prefix_lists")"
  for list in $prefix_lists; do
    # The output does not repeat the list's id: the query adds it.
    collect "prefix-list-entries-$list.json" ec2 get-managed-prefix-list-entries --prefix-list-id "$list" --query "{PrefixListId: '$list', Entries: Entries}"
  done
fi

# ---------------------------------------------------------------------------------------------
# The bundle

if [ "$collected" -eq 0 ]; then
  printf '\ncollect.sh: every command failed; no bundle written:\n%s' "$failures" >&2
  exit 1
fi

{
  printf '{\n  "closedWorkspacesBundle": %s,\n  "collected": %s,\n  "region": %s,\n  "documents": [\n' "$VERSION" "$(json_string "$(date -u +%Y-%m-%dT%H:%M:%SZ)")" "$(json_string "$region")"
  cat "$work/entries"
  printf '\n  ]\n}\n'
} >"$work/bundle"
if ! cp "$work/bundle" "$output"; then
  printf 'collect.sh: could not write %s\n' "$output" >&2
  exit 1
fi

printf '\nWrote %s: %s outputs collected, %s commands failed.\n' "$output" "$collected" "$failed" >&2
printf 'Collected:%s\n' "$collected_names" >&2
if [ "$failed" -gt 0 ]; then
  printf 'Failed (recorded in the bundle; the check goes on without them):\n%s' "$failures" >&2
fi
printf 'Open it in the workbench (/validate/) or run: closed-workspaces check %s\n' "$output" >&2
exit 0
