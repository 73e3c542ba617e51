/** Wires the Office KMS calculator on the page: answers as the reader types. */
import { officeKmsAnswer } from './office-kms-answer.ts';
import { readMessages } from './messages.ts';

function attach(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="management-ip"]');
  const output = root.querySelector<HTMLElement>('[data-output]');
  const hint = root.querySelector<HTMLElement>('[data-hint]');
  const form = root.querySelector<HTMLFormElement>('form');
  if (!input || !output || !hint || !form) return;
  const messages = readMessages(root);
  const update = () => {
    const answer = officeKmsAnswer(input.value, messages);
    output.textContent = answer.text;
    output.dataset.kind = answer.kind;
    hint.textContent = answer.hint ?? '';
    hint.hidden = !answer.hint;
    input.setAttribute('aria-invalid', answer.kind === 'error' ? 'true' : 'false');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener('input', update);
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-kb-office-kms]')) attach(root);
