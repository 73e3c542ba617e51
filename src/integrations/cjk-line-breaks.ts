/**
 * Markdown (Sätteri hast) plugin: a line break inside a Japanese sentence in the page source is
 * dropped instead of rendering as a space ("送信に使った ポート"). Markdown turns soft line
 * breaks into spaces, which is right between English words and wrong between Japanese ones.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, 'g');

/** The text with line breaks between two Japanese characters removed. */
export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, '$1');
}

export function cjkLineBreaksPlugin(): HastPluginEntry {
  return () =>
    defineHastPlugin({
      name: 'closed-workspaces:cjk-line-breaks',
      text(node) {
        if (!node.value.includes('\n')) return;
        const value = joinCjkLines(node.value);
        return value === node.value ? undefined : { ...node, value };
      },
    });
}
