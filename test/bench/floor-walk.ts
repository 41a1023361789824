/** The floor every ratio is measured against: one TreeWalker pass that reads every text node's data. */
export function readEveryTextNode(root: Node): { nodes: number; chars: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { nodes, chars };
}
