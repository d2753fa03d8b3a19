// A Vite plugin for the custom element: its shadow root cannot see the page's stylesheets, so the
// build writes every stylesheet the element's entry imports (its own chunks' and the chunks they
// import) into one file of a stable name, `nnplay-element.css` beside `nnplay-element.js`, which the
// element links into each shadow root. Order kept: the cascade is the page's.
import type { Plugin } from 'vite';

interface BundledChunk {
  type: 'chunk';
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function elementStylesheet(entry: string, fileName: string): Plugin {
  return {
    name: 'nnplay-element-stylesheet',
    apply: 'build',
    generateBundle(_options, bundle) {
      const start = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === entry);
      if (!start) return;
      const stylesheets = new Set<string>();
      const visited = new Set<string>();
      const visit = (name: string): void => {
        const chunk = bundle[name] as BundledChunk | undefined;
        if (visited.has(name) || chunk?.type !== 'chunk') return;
        visited.add(name);
        chunk.imports.forEach(visit);
        chunk.viteMetadata?.importedCss.forEach((css) => stylesheets.add(css));
      };
      visit(start.fileName);
      const sources = [...stylesheets].map((css) => {
        const asset = bundle[css];
        if (asset?.type !== 'asset') throw new Error(`${entry}: its stylesheet ${css} is not in the bundle`);
        return String(asset.source);
      });
      if (sources.length === 0) throw new Error(`${entry}: no stylesheet found; the element would show unstyled`);
      this.emitFile({ type: 'asset', fileName, source: sources.join('\n') });
    },
  };
}
