/**
 * The agency dateline at the head of a story ("بكين - 4 - 2 (كونا) --", "موسكو-سانا"), quoted as
 * evidence up to the agency's tag, not into the story that follows.
 */
export function datelinePhrase(text: string, start: number): string {
  const line = text.slice(start, start + 60).split('\n')[0] ?? '';
  const tagged = /^.*?\)/u.exec(line) ?? /^.*?(?=\s--|\s-\s\p{L}{3,}\s\p{L})/u.exec(line);
  return (tagged?.[0] ?? line.slice(0, 30)).trim();
}
