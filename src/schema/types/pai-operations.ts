/**
 * PAI operations of issue 14: `ImageBuild.providerBuildId`, and the AIWorkSpace image mutations
 * `addPaiImage` (AddImage), `publishPaiImage` (PublishImage) and `updateImageLabels` (AddImageLabels /
 * RemoveImageLabels). Each validates by PAI's rules before any call and answers the image as PAI then
 * reports it (one GetImage after the change).
 *
 * Retries: PublishImage is a PUT and AddImageLabels sets a state, so both are retried on 429/5xx like a
 * read; RemoveImageLabels is a DELETE. AddImage is a POST without an idempotency token and is never
 * retried (a retry could add a second image).
 */
import type { GatewayContext } from '../../context.js';
import { UnsupportedOperationError } from '../../core/errors.js';
import type { PaiPort } from '../../providers/alibaba-pai/port.js';
import { decodePaiBuildId } from '../../providers/alibaba-pai/validate.js';
import type { PaiImageRecord } from '../../core/records.js';
import { builder } from '../builder.js';
import { expectId } from '../global-id.js';
import { MUTATION_ERRORS } from './errors.js';
import { ImageBuild } from './image-build.js';
import { KeyValueInput } from './image-build-input.js';
import { announceImageChange } from '../../events/image-events.js';
import { PaiImage } from './image.js';
import { AccessibilityEnum } from './pai-image-filter.js';
import { requirePort } from '../capabilities.js';

function pai(ctx: GatewayContext): PaiPort {
  return requirePort(ctx, 'PAI');
}

const optional = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

builder.objectField(ImageBuild, 'providerBuildId', (t) =>
  t.string({
    description: 'The provider’s own id of the build: PAI’s `ImageBuildId` (`build-…`), Cycle’s image id. The global `id` is the one to pass back to the graph.',
    resolve: (b) => {
      if (b.providerBuildId) return b.providerBuildId;
      // A build record loaded under its local id (PAI: `region/buildId/jobId`) carries the provider id inside it.
      return b.provider === 'PAI' ? decodePaiBuildId(b.id).buildId : b.id;
    },
  }),
);

const PaiImageSuccess = (name: string, description: string) =>
  builder.objectRef<{ image: PaiImageRecord }>(name).implement({
    description,
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'image' in v && !(v instanceof Error),
    fields: (t) => ({ image: t.field({ type: PaiImage, description: 'The image as PAI reports it after the change.', resolve: (r) => r.image }) }),
  });

/** A PaiImage id (or another Image's, for a clear UnsupportedOperationError) → the PAI image id. */
function paiImageIdOf(globalId: string | number, field: string): string {
  const { typename, provider, localId } = expectId(String(globalId), field, ['PaiImage', 'DockerImage', 'CycleImage']);
  if (provider !== 'PAI') throw new UnsupportedOperationError(`${typename} labels cannot be changed through the graph; only PAI images have a labels API`, provider);
  return localId;
}

builder.mutationField('addPaiImage', (t) =>
  t.field({
    type: PaiImageSuccess('AddPaiImageSuccess', 'The image is registered in the PAI workspace.'),
    description: 'Registers an existing image URI as a PAI workspace image (AddImage). A name already used in the workspace is a ConflictError.',
    args: {
      input: t.arg({
        description: 'The image URI to register, its name and optional labels.',
        type: builder.inputType('AddPaiImageInput', {
          description: 'The image to register with PAI.',
          fields: (f) => ({
            name: f.string({ required: true, description: '1–50 lowercase letters, digits and hyphens, starting with a letter.' }),
            imageUri: f.string({ required: true, description: 'Where the image lives, with registry host, e.g. `registry.cn-hangzhou.aliyuncs.com/ns/repo:v1`.' }),
            workspaceId: f.string({ required: false, description: 'Default: PAI_WORKSPACE_ID.' }),
            description: f.string({ required: false, description: 'Free text shown in the PAI console.' }),
            labels: f.field({ type: [KeyValueInput], required: false, description: 'Labels to attach (keys unique).' }),
            accessibility: f.field({ type: AccessibilityEnum, required: false, description: 'Default PRIVATE (visible to its creator only).' }),
            sizeGb: f.int({ required: false, description: 'Image size in GB, as AddImage takes it.' }),
            imageId: f.string({ required: false, description: 'A chosen id, `image-` followed by 18 letters or digits; PAI generates one when absent.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'AddPaiImageResult', description: 'What addPaiImage answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const image = await pai(ctx).addImage({
        name: input.name,
        imageUri: input.imageUri,
        workspaceId: optional(input.workspaceId),
        description: optional(input.description),
        labels: input.labels?.map((l) => ({ key: l.key, value: l.value })),
        accessibility: optional(input.accessibility),
        sizeGb: optional(input.sizeGb),
        imageId: optional(input.imageId),
      });
      announceImageChange(ctx.services.pubsub, { provider: 'PAI', action: 'add', imageId: image.id, reference: image.imageUri, attributes: {} });
      return { image };
    },
  }),
);

builder.mutationField('publishPaiImage', (t) =>
  t.field({
    type: PaiImageSuccess('PublishPaiImageSuccess', 'The image is now PUBLIC in its workspace.'),
    description: 'Makes a PRIVATE PAI image PUBLIC to its workspace (PublishImage). Publishing a public image changes nothing.',
    args: {
      input: t.arg({
        description: 'The PAI image to publish.',
        type: builder.inputType('PublishPaiImageInput', {
          description: 'Which PAI image to publish.',
          fields: (f) => ({ id: f.id({ required: true, description: 'A PaiImage id.' }) }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'PublishPaiImageResult', description: 'What publishPaiImage answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['PaiImage'], ['PAI']);
      const image = await pai(ctx).publishImage(localId);
      announceImageChange(ctx.services.pubsub, { provider: 'PAI', action: 'publish', imageId: image.id, reference: image.imageUri, attributes: {} });
      return { image };
    },
  }),
);

builder.mutationField('updateImageLabels', (t) =>
  t.field({
    type: PaiImageSuccess('UpdateImageLabelsSuccess', 'The labels are changed.'),
    description:
      'Adds (or overwrites) and removes labels of a PAI image (AddImageLabels, then one RemoveImageLabels per key). Other providers’ images answer UnsupportedOperationError.',
    args: {
      input: t.arg({
        description: 'The PAI image and the labels to add or remove.',
        type: builder.inputType('UpdateImageLabelsInput', {
          description: 'The image and the label changes; at least one of add or remove.',
          fields: (f) => ({
            id: f.id({ required: true, description: 'A PaiImage id.' }),
            add: f.field({ type: [KeyValueInput], required: false, description: 'Labels to set; an existing key gets the new value.' }),
            remove: f.stringList({ required: false, description: 'Label keys to remove; a key the image lacks is ignored.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'UpdateImageLabelsResult', description: 'What updateImageLabels answers: its success type, or one of the typed errors.' } },
    resolve: async (_root, { input }, ctx) => {
      const id = paiImageIdOf(input.id, 'input.id');
      const image = await pai(ctx).updateImageLabels(id, {
        add: input.add?.map((l) => ({ key: l.key, value: l.value })),
        remove: optional(input.remove),
      });
      announceImageChange(ctx.services.pubsub, { provider: 'PAI', action: 'label', imageId: image.id, reference: image.imageUri, attributes: {} });
      return { image };
    },
  }),
);
