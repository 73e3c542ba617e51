/**
 * The `win-*` rules: checks of Windows command output pasted from inside a WorkSpace.
 * Registered in validators/rules/index.ts after the rules about the AWS JSON.
 */
import type { Rule } from '../rules/rule.ts';
import { ACTIVATION_RULES } from './rules-activation.ts';
import { DEFENDER_RULES } from './rules-defender.ts';
import { NETWORK_RULES } from './rules-network.ts';
import { OUTPUT_RULES } from './rules-output.ts';
import { TIME_RULES } from './rules-time.ts';

export const WINDOWS_RULES: readonly Rule[] = [...OUTPUT_RULES, ...ACTIVATION_RULES, ...NETWORK_RULES, ...TIME_RULES, ...DEFENDER_RULES];
