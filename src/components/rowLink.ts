/**
 * The link that opens an event from its row in the list (EventList marks each row with the event's
 * id), if the row is on the page: where the focus goes back to, or on to, for that event.
 */
export function rowLink(list: ParentNode, id: string): HTMLAnchorElement | null {
  return list.querySelector<HTMLAnchorElement>(`[data-event-id="${CSS.escape(id)}"] > a`);
}
