// A formula typeset by KaTeX (bundled from npm) as MathML: its HTML output needs inline styles,
// which the page's Content-Security-Policy forbids, and Chromium renders MathML itself.
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Typesets the TeX `formula` into `target`, replacing what it held. */
export function typeset(target: HTMLElement, formula: string): void {
  katex.render(formula, target, { output: 'mathml', displayMode: true, throwOnError: false });
}
