/**
 * Stable ASCII ids of events, actors, forums and types: lowercase letters, digits and single
 * hyphens. Its own module so the URL parser can share it without pulling zod into the bundle.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
