/**
 * CloudFormation templates, JSON or YAML, as written or as `cdk synth` prints them: read whole and
 * mapped onto the same model as the describe-* outputs (network.ts, registered by ../readers.ts),
 * so every rule, the proof and the path analysis apply unchanged. Resources are named by their
 * logical ids. This declaration stays light: it does not import the reader.
 */
import * as z from 'zod';
import { defineDocumentKind } from '../../kinds/define.ts';
import { has, isObject } from '../../read-context.ts';

/** What a YAML short-form tag stands for: `!Ref` → `Ref`, `!Condition` → `Condition`, `!GetAtt` → `Fn::GetAtt`. */
export function cloudFormationTag(tag: string): string | undefined {
  if (tag === '!Ref') return 'Ref';
  if (tag === '!Condition') return 'Condition';
  return /^![A-Z][A-Za-z0-9]{1,40}$/.test(tag) ? `Fn::${tag.slice(1)}` : undefined;
}

/** A resource as the editor's diagnostics see it: a Type, and Properties when given (an `Fn::ForEach` entry is a list). */
const ResourceShape = z.union([z.looseObject({ Type: z.string(), Properties: z.looseObject({}).optional(), Condition: z.string().optional() }), z.array(z.unknown())]);

export const cloudFormationTemplate = defineDocumentKind({
  kind: 'CloudFormationTemplate',
  command: 'cdk synth <stack-name>',
  fileName: 'template.yaml',
  label: { en: 'CloudFormation template', ja: 'CloudFormation テンプレート' },
  page: 'validators/cloudformation/',
  note: {
    en: 'A template you write is pasted as it is, JSON or YAML; `cdk synth` prints one (or read `cdk.out/<stack>.template.json`).',
    ja: '自分で書いたテンプレートは JSON でも YAML でもそのまま貼り付けます。`cdk synth` の出力 (または `cdk.out/<stack>.template.json`) も同じです。',
  },
  markerKeys: ['AWSTemplateFormatVersion', 'Resources'],
  documentShape: z.looseObject({
    AWSTemplateFormatVersion: z.string().optional(),
    Description: z.string().optional(),
    Parameters: z.record(z.string(), z.looseObject({ Type: z.string() })).optional(),
    Conditions: z.record(z.string(), z.unknown()).optional(),
    Mappings: z.record(z.string(), z.unknown()).optional(),
    Resources: z.record(z.string(), ResourceShape),
  }),
  example: {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.20.0.0/16' } },
      WorkspacesSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.20.1.0/24', AvailabilityZone: 'ap-northeast-1a' } },
    },
  },
  yaml: { markerKeys: ['AWSTemplateFormatVersion', 'Resources'], shortTags: cloudFormationTag },
  detect(value) {
    if (has(value, 'AWSTemplateFormatVersion')) return true;
    const resources = value.Resources;
    return isObject(resources) && Object.values(resources).some((resource) => isObject(resource) && typeof resource.Type === 'string' && /^(?:AWS|Custom)::/.test(resource.Type));
  },
});
