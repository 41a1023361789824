/** Just enough typing for the two untyped peer libraries the benchmark compares against. */

declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    acrossElements?: boolean;
    caseSensitive?: boolean;
    diacritics?: boolean;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
  }
}

declare module 'findandreplacedomtext' {
  interface FindAndReplaceOptions {
    find: RegExp | string;
    wrap?: string | Node;
    wrapClass?: string;
    replace?: string | ((portion: unknown, match: unknown) => Node | string);
    preset?: 'prose';
    filterElements?: (element: Element) => boolean;
  }
  interface Finder {
    revert(): Finder;
  }
  export default function findAndReplaceDOMText(root: Node, options: FindAndReplaceOptions): Finder;
}
