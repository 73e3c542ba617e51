/**
 * The `iac-*` rules: what an infrastructure-as-code input (a Terraform plan) leaves to deploy
 * time. The reader finds these (it knows the attribute and the resource address); the part of the
 * verdict such a value decides stays unverified, and this rule says which value and why.
 */
import { defineRule, type Rule } from './rule.ts';
import { reportsOf } from './input.ts';

export const iacUnresolved: Rule<'unknown' | 'ambiguous' | 'hidden' | 'outsidePlan' | 'partialPlan'> = defineRule({
  id: 'iac-unresolved',
  category: 'iac',
  severity: 'warning',
  title: {
    en: 'Every value that decides a path is settled by the plan itself',
    ja: '経路を左右する値がすべてプラン自体で決まっている',
  },
  description: {
    en: 'A Terraform plan knows some values only after apply: the ids of resources it creates, an address block an AWS service assigns. Where such a value decides where traffic goes (which route table a subnet uses, the target of a route, the group a rule belongs to), the plan’s configuration often still names the one resource it must be; when it does not, or when the value depends on something outside the plan, that part of the verdict stays unverified instead of being guessed.',
    ja: 'Terraform のプランには、apply するまでわからない値があります (作成するリソースの ID、AWS のサービスが割り当てるアドレスブロックなど)。その値が通信の行き先を左右する場合 (サブネットが使うルートテーブル、ルートのターゲット、ルールが属するグループなど)、多くはプランの configuration から該当するリソースを 1 つに特定できます。特定できない場合や、プランの外にあるものに値が依存する場合は、推測せずにその部分の判定を未確認のままにします。',
  },
  messages: {
    unknown: {
      en: '{attribute} of {address} is known only after apply; {consequence}.',
      ja: '{address} の {attribute} は apply するまでわかりません。{consequence}。',
    },
    ambiguous: {
      en: '{attribute} of {address} is known only after apply, and the plan does not settle which of {candidates} it names; {consequence}.',
      ja: '{address} の {attribute} は apply するまでわからず、{candidates} のどれを指すかはプランから決まりません。{consequence}。',
    },
    hidden: {
      en: '{attribute} of {address} is known only after apply, and its expression goes through something the plan does not show (a local value, a dynamic block, or a resource that hands out values made outside Terraform); {consequence}.',
      ja: '{address} の {attribute} は apply するまでわからず、その式がプランに現れないもの (local 値、dynamic ブロック、Terraform の外で作られた値を渡すリソース) を経由しています。{consequence}。',
    },
    outsidePlan: {
      en: '{subject} is not in the plan ({reason}); {consequence}.',
      ja: '{subject} はプランに含まれていません ({reason})。{consequence}。',
    },
    partialPlan: {
      en: 'Terraform marked this plan as incomplete (complete: false): some changes are deferred to a later plan, so resources they create are missing here; what they decide stays unverified.',
      ja: 'Terraform はこのプランを不完全 (complete: false) としています。一部の変更が後のプランに持ち越されているため、それらが作るリソースはここにありません。それで決まる部分は未確認のままにします。',
    },
  },
  sources: ['tf-json-format', 'tf-show'],
  check: reportsOf('iac-unresolved'),
});

export const IAC_RULES = [iacUnresolved];
