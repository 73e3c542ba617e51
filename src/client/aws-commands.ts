/**
 * The AWS CLI command that prints each kind of input the engine reads. The docs pages and the
 * workbench both show these, so a command is written once. `--output json` because a CLI
 * profile may default to table or text output.
 */
import type { Outputs } from '../../validators/input/shapes.ts';

/** Kinds the engine detects (`Report.analysed.documents[].kinds`): the CLI outputs its shapes describe. A type import: zod stays out of the page. */
export type InputKind = keyof typeof Outputs;

/** The command for each kind; `<vpc-id>` and `<prefix-list-id>` are for the reader to fill in. */
export const AWS_COMMANDS: Record<InputKind, string> = {
  RouteTables: 'aws ec2 describe-route-tables --filters Name=vpc-id,Values=<vpc-id> --output json',
  NetworkAcls: 'aws ec2 describe-network-acls --filters Name=vpc-id,Values=<vpc-id> --output json',
  SecurityGroups: 'aws ec2 describe-security-groups --filters Name=vpc-id,Values=<vpc-id> --output json',
  Subnets: 'aws ec2 describe-subnets --filters Name=vpc-id,Values=<vpc-id> --output json',
  Vpcs: 'aws ec2 describe-vpcs --vpc-ids <vpc-id> --output json',
  PrefixListEntries: 'aws ec2 get-managed-prefix-list-entries --prefix-list-id <prefix-list-id> --output json',
};

/** Every kind, in the order the workbench lists their commands. */
export const INPUT_KINDS = Object.keys(AWS_COMMANDS) as readonly InputKind[];

/** The command for a detected kind, if it is one the engine reads. */
export function commandFor(kind: string): string | undefined {
  return (INPUT_KINDS as readonly string[]).includes(kind) ? AWS_COMMANDS[kind as InputKind] : undefined;
}
