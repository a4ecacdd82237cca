/**
 * The local id of a PAI `ImageBuild`. PAI has no GetImageBuild API and the gateway keeps no database, so
 * the id itself carries what is needed to refetch the build: the region it ran in, the build id and the
 * PAI-DLC job that runs it (status and pod logs come from there).
 *
 * Format: `region/buildId/jobId`, each part percent-encoded (`encodeURIComponent`). The global id is short
 * (about 80 characters) and stable: it no longer carries the target image URI (ids were 168–300 characters
 * with it). On refetch the URI comes from the build job's envs, else from the image the build added
 * (ListImages, matched on `SourceId`; see adapter.ts `imageOfBuild`). Ids issued earlier, with the URI as
 * a fourth part, still decode.
 */
import { ValidationError } from '../../core/errors.js';
import type { PaiBuildKey } from './port.js';
import { JOB_ID } from './validate.js';

/** Alibaba region ids: `cn-hangzhou`, `ap-southeast-1`… */
const REGION = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** CreateImageBuild's `ImageBuildId`; the format is undocumented, so only refuse what cannot be one. */
const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export function encodePaiBuildId(key: PaiBuildKey): string {
  return [key.region, key.buildId, key.jobId].map(encodeURIComponent).join('/');
}

/** Decodes and checks a local build id; `field` names the input that carried it. No upstream call. */
export function decodePaiBuildId(localId: string, field = 'id'): PaiBuildKey {
  const invalid = () => ValidationError.field(field, 'is not the id of a PAI image build issued by this gateway', 'PAI');
  const parts = localId.split('/');
  if (parts.length < 3 || parts.length > 4) throw invalid();
  let decoded: string[];
  try {
    decoded = parts.map(decodeURIComponent);
  } catch {
    throw invalid();
  }
  const [region, buildId, jobId, targetImage] = decoded as [string, string, string, string | undefined];
  if (!REGION.test(region) || !BUILD_ID.test(buildId) || !JOB_ID.test(jobId) || targetImage === '') throw invalid();
  return { region, buildId, jobId, targetImage: targetImage ?? null };
}
