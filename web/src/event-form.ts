// The parts of a filter form the timeline and the network share: a row of
// checkboxes per kind of value (level, type, status), named as the API's
// parameters so the form reads back into a state.
import { h } from './dom.js';

export interface ChoiceGroup {
  readonly boxes: readonly { readonly value: string; readonly box: HTMLInputElement }[];
  readonly fieldset: HTMLElement;
  checked(): string[];
  set(values: readonly string[]): void;
}

/** `prefix` keeps ids unique across pages (`events-level-leader`, `network-level-leader`). */
export function choiceGroup(prefix: string, name: string, legend: string, values: readonly string[], label: (value: string) => string): ChoiceGroup {
  const boxes = values.map((value) => ({
    value,
    box: h('input', { type: 'checkbox', id: `${prefix}-${name}-${value}`, name, value, 'data-testid': `${prefix}-${name}-${value}` }),
  }));
  const fieldset = h(
    'fieldset',
    { class: 'quotes-kinds events-choices' },
    h('legend', null, legend),
    boxes.map(({ value, box }) => h('label', { class: 'quotes-kind', for: box.id }, box, ` ${label(value)}`)),
  );
  return {
    boxes,
    fieldset,
    checked: () => boxes.filter((b) => b.box.checked).map((b) => b.value),
    set: (chosen) => {
      for (const { value, box } of boxes) box.checked = chosen.includes(value);
    },
  };
}
