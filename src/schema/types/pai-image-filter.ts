/**
 * `ImageFilter.pai`: the PAI ListImages filters (`Name`, `Labels`, `Accessibility`, `Verbose`), passed
 * upstream as they are. In its own file so that image.ts only imports it (issue 14).
 */
import { ValidationError } from '../../core/errors.js';
import type { PaiImageListFilter } from '../../core/records.js';
import { builder } from '../builder.js';

/** Defined here (not inline on PaiImage) so input types in other files can use it before PaiImage's fields are built. */
export const AccessibilityEnum = builder.enumType('Accessibility', {
  description: 'Who can see a PAI image: PUBLIC (everyone in the workspace) or PRIVATE (its creator).',
  values: {
    PUBLIC: { value: 'PUBLIC', description: 'Visible to everyone in the workspace.' },
    PRIVATE: { value: 'PRIVATE', description: 'Visible to its creator only.' },
  } as const,
});

export const PaiLabelFilterInput = builder.inputType('PaiLabelFilterInput', {
  description: 'One label an image must carry (key and value both match exactly).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Label key, e.g. `system.framework`. No `=` or `,` (PAI’s filter syntax).' }),
    value: t.string({ required: true, description: 'Label value. No `,`.' }),
  }),
});

export const PaiImageFilter = builder.inputType('PaiImageFilter', {
  description:
    'PAI-only filters of the `images` list, applied by PAI ListImages. Giving it limits the list to PAI (a `providers` list without PAI is a ValidationError).',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Image names containing this text (PAI `Name`, fuzzy).' }),
    labels: t.field({ type: [PaiLabelFilterInput], required: false, description: 'Images carrying every one of these labels (PAI `Labels`).' }),
    accessibility: t.field({ type: AccessibilityEnum, required: false, description: 'Only PUBLIC or only PRIVATE images (PAI `Accessibility`).' }),
    verbose: t.boolean({
      required: false,
      description: 'Default true: labels come with each image. False asks PAI for a lighter answer without labels (`labels` then reads empty).',
    }),
  }),
});

export type PaiImageFilterShape = typeof PaiImageFilter.$inferInput;

/**
 * The PAI filter of an `images` query, checked before any call: it only makes sense when PAI is listed,
 * so a `providers` list without PAI is a ValidationError naming `filter.pai` (never a silently ignored filter).
 */
export function paiFilterOf(filter: { providers?: readonly string[] | null; pai?: PaiImageFilterShape | null } | null | undefined): PaiImageListFilter | null {
  const pai = filter?.pai;
  if (!pai) return null;
  if (filter.providers && !filter.providers.includes('PAI')) {
    throw ValidationError.field('filter.pai', 'PAI filters need PAI among filter.providers (or no providers list)', 'PAI');
  }
  return {
    name: pai.name ?? null,
    labels: pai.labels?.map((l) => ({ key: l.key, value: l.value })) ?? null,
    accessibility: pai.accessibility ?? null,
    verbose: pai.verbose ?? null,
  };
}
