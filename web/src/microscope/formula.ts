// A formula typeset by KaTeX (bundled from npm) as MathML: its HTML output needs inline styles,
// which the page's Content-Security-Policy forbids, and Chromium renders MathML with its own math
// font. KaTeX's stylesheet is for the HTML output and its ~60 font files (which the offline cache
// would hold too), so it is not imported: microscope.css sizes the MathML.
import katex from 'katex';

/** Typesets the TeX `formula` into `target`, replacing what it held. */
export function typeset(target: HTMLElement, formula: string): void {
  katex.render(formula, target, { output: 'mathml', displayMode: true, throwOnError: false });
}
