/**
 * The mapping file of `data:import --from timelinejs --map FILE`: what each TimelineJS `Group`
 * means in Masar, a forum, a type, or both.
 *
 *   groups:
 *     BRICS: { forums: [brics] }
 *     Phone calls: { type: call }
 *     SCO summits: { type: summit, forums: [sco] }
 *
 * Ids are checked by the compiler when the drafts are imported, like any other id.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '../compiler/parseYaml.ts';

export interface GroupMeaning {
  type?: string;
  forums?: string[];
}
export type GroupMap = Map<string, GroupMeaning>;

export class GroupMapError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseGroupMap(text: string, path: string): GroupMap {
  const parsed = parseYaml(text);
  if (!parsed.ok)
    throw new GroupMapError(
      `${path}:${parsed.position.line}:${parsed.position.col}: ${parsed.message}`,
    );
  const groups = isRecord(parsed.value) ? parsed.value.groups : undefined;
  if (!isRecord(groups))
    throw new GroupMapError(
      `${path}: must hold "groups:", a mapping from each Group to { type, forums }`,
    );
  const map: GroupMap = new Map();
  for (const [group, meaning] of Object.entries(groups)) {
    const where = `${path}: groups.${group}`;
    if (!isRecord(meaning)) throw new GroupMapError(`${where}: must be { type: …, forums: [ … ] }`);
    const unknown = Object.keys(meaning).filter((k) => k !== 'type' && k !== 'forums');
    if (unknown.length > 0)
      throw new GroupMapError(
        `${where}: unknown ${unknown.join(', ')}; a group maps to "type" and/or "forums"`,
      );
    const { type, forums } = meaning;
    if (type !== undefined && typeof type !== 'string')
      throw new GroupMapError(`${where}.type: must be a type id`);
    if (
      forums !== undefined &&
      !(Array.isArray(forums) && forums.every((f) => typeof f === 'string'))
    )
      throw new GroupMapError(`${where}.forums: must be a list of forum ids`);
    map.set(group.trim(), {
      ...(type === undefined ? {} : { type }),
      ...(forums === undefined ? {} : { forums: forums as string[] }),
    });
  }
  return map;
}

export function readGroupMap(path: string): GroupMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new GroupMapError(`${path}: cannot read the mapping file`);
  }
  return parseGroupMap(text, path);
}
