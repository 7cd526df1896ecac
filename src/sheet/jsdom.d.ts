// jsdom ships no types and @types/jsdom is not a dependency: only what htmlText.ts uses.
declare module 'jsdom' {
  export interface ParsedNode {
    nodeType: number;
    nodeValue: string | null;
    tagName?: string;
    childNodes: ArrayLike<ParsedNode>;
  }
  export class JSDOM {
    constructor(html: string);
    window: {
      document: {
        createElement(name: 'template'): { innerHTML: string; content: ParsedNode };
      };
    };
  }
}
