import type { TEMPLATE_PLACEHOLDERS } from '../../../../shared/contracts.ts';

/** What a template's placeholders (TEMPLATE_PLACEHOLDERS in the contract) are filled with. */
export interface TemplateValues {
  /** The resident's first name: {förnamn} */
  firstName: string;
  /** The unit the staff member works in: {mottagning} */
  unitName: string;
  /** The staff member's own name: {mitt_namn} */
  staffName: string;
}

/** Typed by the contract's list, so a placeholder added there must be filled here. */
const PLACEHOLDERS: Record<(typeof TEMPLATE_PLACEHOLDERS)[number], keyof TemplateValues> = {
  '{förnamn}': 'firstName',
  '{mottagning}': 'unitName',
  '{mitt_namn}': 'staffName',
};

/**
 * R-MS-8: the template's text with its placeholders filled in. Anything else in braces is left as
 * written, so a template about e.g. "{dos}" is not silently emptied.
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{[^{}\s]+\}/g, (placeholder) => {
    const key = (PLACEHOLDERS as Record<string, keyof TemplateValues | undefined>)[placeholder.toLocaleLowerCase('sv')];
    return key ? values[key] : placeholder;
  });
}
