/**
 * Receives Monaco's stylesheets as strings (see src/integrations/monaco-css.ts) and applies them
 * through one `<style>` element at the end of `<head>`, in the order the editor imports them.
 */
let sheet: HTMLStyleElement | undefined;

export function adoptMonacoCss(css: string): void {
  if (!css) return;
  if (!sheet) {
    sheet = document.createElement('style');
    sheet.dataset.source = 'monaco-editor';
    document.head.append(sheet);
  }
  sheet.append(document.createTextNode(css));
}
