/**
 * VPC endpoint policies that let anything through: AWS's default policy (any principal, every
 * action, every resource) on an endpoint of a data store. Over such an S3 or DynamoDB endpoint a
 * WorkSpace can reach any bucket or table in the Region, another account's included, with any
 * credentials a user brings: the exit a closed design still has, without any internet path.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html (the default policy).
 */
import type { VpcEndpoint } from '../model.ts';

/** The policy AWS attaches when none is given, as the PrivateLink guide prints it. */
export const DEFAULT_ENDPOINT_POLICY = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';

/** The services whose endpoints hold or take data by the account of the caller's choosing. */
export const DATA_SERVICES = ['s3', 'dynamodb'] as const;
export type DataService = (typeof DATA_SERVICES)[number];

/** `s3` for `com.amazonaws.ap-northeast-1.s3` (and `cn.com.amazonaws…`); undefined for other services. */
export function dataServiceOf(endpoint: Pick<VpcEndpoint, 'serviceName'>): DataService | undefined {
  const name = endpoint.serviceName ?? '';
  const last = name.slice(name.lastIndexOf('.') + 1);
  return (DATA_SERVICES as readonly string[]).includes(last) && name.includes('amazonaws.') ? (last as DataService) : undefined;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resources that name every bucket or table of every account. */
function everyResource(service: DataService, resource: unknown): boolean {
  if (resource === '*') return true;
  if (typeof resource !== 'string') return false;
  return service === 's3' ? resource === 'arn:aws:s3:::*' || resource === 'arn:aws:s3:::*/*' : resource === 'arn:aws:dynamodb:*:*:table/*' || resource === 'arn:aws:dynamodb:*:*:*';
}

/**
 * True when the policy, a JSON document as a string, has a statement that allows any principal
 * every action of the service on every resource, with no condition, and no Deny statement that
 * could narrow it (Deny statements are not evaluated: such a policy is not called open). A policy
 * that is not JSON is not called open either.
 */
export function allowsEverything(policy: string, service: DataService): boolean {
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    return false;
  }
  if (!isObject(document)) return false;
  const statements = listOf(document.Statement).filter(isObject);
  if (statements.some((statement) => statement.Effect !== 'Allow')) return false;
  return statements.some((statement) => {
    if (statement.Condition !== undefined || statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined) return false;
    const principal = statement.Principal;
    const anyone = principal === '*' || (isObject(principal) && listOf(principal.AWS).includes('*'));
    const actions = listOf(statement.Action).map((action) => (typeof action === 'string' ? action.toLowerCase() : ''));
    const everyAction = actions.includes('*') || actions.includes(`${service}:*`);
    return anyone && everyAction && listOf(statement.Resource).some((resource) => everyResource(service, resource));
  });
}
