#!/bin/sh
# A stand-in for the AWS CLI that the collect scripts' tests put on PATH as `aws`: it appends its
# arguments to $FAKE_AWS_LOG (one line a call, each argument ended by the unit separator 037) and
# answers from $FAKE_AWS_RESPONSES/<cksum of the arguments less --region and --profile, one a
# line>/ (files stdout, stderr, status), as the test recorded them. A command line without a
# recording fails the way the CLI fails, so an unexpected command shows in the bundle.
# POSIX sh, so that a run of thirty calls costs milliseconds, not thirty Node start-ups.
{
  for arg in "$@"; do printf '%s\037' "$arg"; done
  printf '\n'
} >>"${FAKE_AWS_LOG:-/dev/null}"

key=''
skip=0
for arg in "$@"; do
  if [ "$skip" = 1 ]; then
    skip=0
    continue
  fi
  case $arg in
    --region | --profile) skip=1 ;;
    *) key="$key$arg
" ;;
  esac
done
sum=$(printf '%s' "$key" | cksum | cut -d ' ' -f 1)
recorded="${FAKE_AWS_RESPONSES:-/nonexistent}/$sum"
if [ ! -d "$recorded" ]; then
  printf '\nfake aws: no recording for: %s\n' "$(printf '%s' "$key" | tr '\n' ' ')" >&2
  exit 252
fi
[ -f "$recorded/stdout" ] && cat "$recorded/stdout"
[ -f "$recorded/stderr" ] && cat "$recorded/stderr" >&2
exit "$(cat "$recorded/status")"
