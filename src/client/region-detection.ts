/**
 * The Region of the inputs, from the first Availability Zone a `describe-subnets` output names,
 * for a context that leaves the Region unset. A text scan: it runs on inputs of any size without
 * parsing them twice.
 */

// `ap-northeast-1a`, `us-west-2-lax-1a` (Local Zone), `us-gov-west-1a`, `cn-north-1a`.
const AVAILABILITY_ZONE = /"AvailabilityZone"\s*:\s*"([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)[a-z0-9-]*"/;

/** The Region code of the first Availability Zone found in the texts, if any. */
export function regionFromAvailabilityZones(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const match = AVAILABILITY_ZONE.exec(text);
    if (match?.[1]) return match[1];
  }
  return undefined;
}
