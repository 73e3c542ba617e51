/**
 * A CloudFormation template (its JSON form) written as YAML the way people write it: block
 * mappings and sequences, intrinsic functions in their short form (`!Ref Vpc`, `!GetAtt Vpc.CidrBlock`,
 * `!Select [0, !GetAZs '']`), strings quoted only where YAML would read them as something else.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The short tag of a one-key intrinsic-function object, with its argument. */
function shortForm(value: unknown): { tag: string; argument: unknown } | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  if (key === 'Ref') return { tag: '!Ref', argument: value[key] };
  if (key === 'Condition') return undefined;
  if (!key.startsWith('Fn::') || key.startsWith('Fn::ForEach')) return undefined;
  const argument = value[key];
  // `!GetAtt Resource.Attribute` is how templates write it.
  if (key === 'Fn::GetAtt' && Array.isArray(argument) && argument.length === 2 && argument.every((part) => typeof part === 'string')) return { tag: '!GetAtt', argument: `${argument[0]}.${argument[1]}` };
  return { tag: `!${key.slice(4)}`, argument };
}

/** A scalar as YAML 1.1 reads it back to the same JSON value. */
function scalar(value: unknown): string {
  if (typeof value === 'string') {
    const plain = /^[A-Za-z_/][A-Za-z0-9_./:@-]*$/.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(value) && !value.includes(': ') && !value.endsWith(':');
    return plain ? value : JSON.stringify(value);
  }
  if (value === null) return 'null';
  return String(value);
}

/** A value in flow style (inside `[...]` or after a tag). */
function flow(value: unknown): string {
  const short = shortForm(value);
  if (short) return `${short.tag} ${flow(short.argument)}`;
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([key, item]) => `${scalar(key)}: ${flow(item)}`).join(', ')}}`;
  return scalar(value);
}

/** True when a value is written on the line of its key. */
const inline = (value: unknown): boolean => shortForm(value) !== undefined || (!Array.isArray(value) && !isObject(value)) || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);

function block(value: unknown, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (inline(item)) {
        out.push(`${pad}- ${flow(item)}`);
      } else if (isObject(item)) {
        const lines: string[] = [];
        block(item, indent + 2, lines);
        out.push(`${pad}- ${(lines[0] as string).trimStart()}`, ...lines.slice(1));
      } else {
        out.push(`${pad}-`);
        block(item, indent + 2, out);
      }
    }
    return;
  }
  for (const [key, item] of Object.entries(value as Json)) {
    if (inline(item)) {
      out.push(`${pad}${scalar(key)}: ${flow(item)}`);
    } else {
      out.push(`${pad}${scalar(key)}:`);
      block(item, indent + 2, out);
    }
  }
}

/** The template as YAML with short-form intrinsic functions. */
export function templateYaml(template: Json): string {
  const out: string[] = [];
  block(template, 0, out);
  return `${out.join('\n')}\n`;
}
