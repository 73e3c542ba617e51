/** Wires the management-range lookup on the page: recomputes on every change of the form. */
import { MANAGEMENT_PROFILES, type ManagementProfile } from '../../../validators/requirements/management-lookup.ts';
import { lookupView } from './management-lookup-view.ts';
import { readMessages } from './messages.ts';

const isProfile = (value: string): value is ManagementProfile => (MANAGEMENT_PROFILES as readonly string[]).includes(value);

function attach(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const region = root.querySelector<HTMLSelectElement>('select[name="region"]');
  const pasted = root.querySelector<HTMLTextAreaElement>('textarea[name="pasted"]');
  const byol = root.querySelector<HTMLInputElement>('input[name="byol-range"]');
  const byolField = root.querySelector<HTMLElement>('[data-byol-field]');
  const verdict = root.querySelector<HTMLElement>('[data-verdict]');
  const table = root.querySelector<HTMLTableElement>('[data-rows]');
  const problems = root.querySelector<HTMLUListElement>('[data-problems]');
  const ranges = root.querySelector<HTMLElement>('[data-ranges]');
  if (!form || !region || !pasted || !byol || !byolField || !verdict || !table || !problems || !ranges) return;
  const messages = readMessages(root);
  const body = table.tBodies[0] ?? table.createTBody();

  const update = () => {
    const checked = form.querySelector<HTMLInputElement>('input[name="profile"]:checked');
    const profile = checked && isProfile(checked.value) ? checked.value : 'public-pcoip';
    const byolProfile = profile === 'byol-pcoip' || profile === 'byol-dcv';
    byolField.hidden = !byolProfile;
    const view = lookupView(
      { region: region.value, profile, pasted: pasted.value, byolRange: byolProfile ? byol.value : '' },
      messages,
      { regionName: region.selectedOptions[0]?.textContent?.trim() ?? region.value, profileName: checked?.labels?.[0]?.textContent?.trim() ?? profile },
    );
    verdict.textContent = view.verdict.text;
    verdict.dataset.kind = view.verdict.kind;
    body.replaceChildren(
      ...view.rows.map((row) => {
        const tr = document.createElement('tr');
        tr.dataset.kind = row.kind;
        const cidr = document.createElement('td');
        const code = document.createElement('code');
        code.textContent = row.cidr;
        cidr.append(code);
        const text = document.createElement('td');
        text.textContent = row.text;
        tr.append(cidr, text);
        return tr;
      }),
    );
    table.hidden = view.rows.length === 0;
    problems.replaceChildren(
      ...view.problems.map((problem) => {
        const li = document.createElement('li');
        li.textContent = problem;
        return li;
      }),
    );
    problems.hidden = view.problems.length === 0;
    ranges.textContent = view.ranges;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-kb-mgmt-lookup]')) attach(root);
