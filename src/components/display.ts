/**
 * The reader's digits and calendar order, as the current language honours them (displayFor):
 * provided once by the app, read by every view that writes a date or a number of its own.
 * A context rather than a prop, since the list, the details, the notices and the date fields all
 * need it and none of them should pass it on for another.
 */
import { createContext, useContext } from 'react';
import { DEFAULT_DISPLAY, withDigits, type DisplayPrefs } from '../domain/displayPrefs.ts';

export const DisplayContext = createContext<DisplayPrefs>(DEFAULT_DISPLAY);

export function useDisplay(): DisplayPrefs {
  return useContext(DisplayContext);
}

/** Writes a number the UI shows bare (a facet count), in the reader's digits, without grouping. */
export function useDigits(): (value: number) => string {
  const { digits } = useDisplay();
  return (value) => withDigits(String(value), digits);
}
