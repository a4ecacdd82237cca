import { ValidationError } from '../../core/errors.js';
import { DIGEST, HOST, PATH, TAG } from '../../core/image-reference.js';

/**
 * Image references as the engine takes them, checked before any call so a typo is a `ValidationError`
 * naming the field, not a daemon 400 or a pull of something else. The grammar is the gateway's one
 * copy (`core/image-reference.ts`).
 */

/** As `reference.splitDockerDomain`: the first component is a registry only if it has a `.` or `:` or is `localhost`. */
function isValidName(value: string): boolean {
  const slash = value.indexOf('/');
  const first = slash < 0 ? '' : value.slice(0, slash);
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) return HOST.test(first) && PATH.test(value.slice(slash + 1));
  return PATH.test(value);
}
/** Maximum length of a repository name (`NameTotalLengthMax`). */
export const NAME_TOTAL_LENGTH_MAX = 255;

export function checkRepositoryName(value: string, field: string): void {
  if (!value) throw ValidationError.field(field, 'must not be empty', 'DOCKER');
  if (value.length > NAME_TOTAL_LENGTH_MAX) throw ValidationError.field(field, `must be at most ${NAME_TOTAL_LENGTH_MAX} characters`, 'DOCKER');
  if (!isValidName(value)) {
    throw ValidationError.field(field, `"${value}" is not a valid repository name (lowercase letters, digits and separators ., _, __, -; optional registry host[:port]/ prefix)`, 'DOCKER');
  }
}

export function checkTag(value: string, field: string): void {
  if (!TAG.test(value)) throw ValidationError.field(field, `"${value}" is not a valid tag (up to 128 of [A-Za-z0-9_.-], not starting with . or -)`, 'DOCKER');
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

/** A pull target: what `POST /images/create` is sent (`fromImage`, `tag`) and the reference the image then has. */
export interface PullReference {
  name: string;
  /** A tag, or a digest (`sha256:…`), as the API takes either in `tag`. */
  tag: string;
  /** `name:tag`, or `name@digest` for a digest: what the pulled image is inspected by and called. */
  reference: string;
}

/**
 * Splits `image[:tag][@digest]` into name and tag/digest. A `tag` argument may repeat what the image
 * carries but not contradict it (`alpine:3.19` with tag `3.20` is a mistake, not a choice); with
 * neither, `latest` — an empty tag would make the daemon pull **every** tag of the repository.
 */
export function resolvePullReference(image: string, tag: string | null | undefined): PullReference {
  let name = image.trim();
  let fromImage: string | undefined;
  const at = name.indexOf('@');
  if (at >= 0) {
    fromImage = name.slice(at + 1);
    name = name.slice(0, at);
    if (!isDigest(fromImage)) throw ValidationError.field('input.image', `"${fromImage}" is not a valid digest`, 'DOCKER');
    // `name:tag@digest`: the digest decides what is pulled; the tag is only a label the daemon ignores.
    const lastSlash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    if (colon > lastSlash) name = name.slice(0, colon);
  } else {
    const lastSlash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    if (colon > lastSlash) {
      fromImage = name.slice(colon + 1);
      name = name.slice(0, colon);
      if (fromImage) checkTag(fromImage, 'input.image');
    }
  }
  checkRepositoryName(name, 'input.image');
  let chosen = fromImage || 'latest';
  if (tag !== undefined && tag !== null && tag !== '') {
    if (!isDigest(tag)) checkTag(tag, 'input.tag');
    if (fromImage && fromImage !== tag) {
      throw ValidationError.field('input.tag', `"${tag}" contradicts the ${isDigest(fromImage) ? 'digest' : 'tag'} in input.image ("${fromImage}"); give it in one place`, 'DOCKER');
    }
    chosen = tag;
  }
  return { name, tag: chosen, reference: isDigest(chosen) ? `${name}@${chosen}` : `${name}:${chosen}` };
}

/** Instructions `POST /images/create?changes` accepts (spec). */
export const ALLOWED_CHANGE_INSTRUCTIONS = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR'] as const;

export function checkChanges(changes: readonly string[], field: string): void {
  changes.forEach((change, i) => {
    const instruction = change.trim().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
    if (!(ALLOWED_CHANGE_INSTRUCTIONS as readonly string[]).includes(instruction)) {
      throw ValidationError.field(`${field}.${i}`, `"${instruction || change}" is not allowed; use one of ${ALLOWED_CHANGE_INSTRUCTIONS.join(', ')}`, 'DOCKER');
    }
    if (change.trim().length === instruction.length) throw ValidationError.field(`${field}.${i}`, `${instruction} needs an argument`, 'DOCKER');
  });
}

/** `os[/arch[/variant]]` as the engine's `platforms.Parse` takes it. */
export function checkPlatform(platform: string | null | undefined, field: string): void {
  if (platform && !/^[a-z0-9_-]+(\/[a-z0-9_.-]+){0,2}$/i.test(platform)) {
    throw ValidationError.field(field, `"${platform}" is not os[/arch[/variant]]`, 'DOCKER');
  }
}
