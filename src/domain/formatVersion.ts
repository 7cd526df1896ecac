/**
 * Bumped whenever the compiled JSON changes shape; the app refuses a format it does not know.
 * Its own module so the app can check it without pulling the zod schema into the bundle.
 */
export const FORMAT_VERSION = 2;
