// A formula typeset by KaTeX (bundled from npm) as MathML: its HTML output needs inline styles,
// which the page's Content-Security-Policy forbids, and Chromium renders MathML with its own math
// font. KaTeX's stylesheet is for the HTML output and its ~60 font files (which the offline cache
// would hold too), so it is not imported: microscope.css sizes the MathML. KaTeX is half the
// page's script, so it is a chunk of its own, loaded the first time a formula is shown.
type Katex = typeof import('katex').default;

let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;
/** The formula each target is to show once KaTeX has loaded: the latest asked for wins. */
const waiting = new WeakMap<HTMLElement, string>();

function render(engine: Katex, target: HTMLElement, formula: string): void {
  engine.render(formula, target, { output: 'mathml', displayMode: true, throwOnError: false });
}

/** Typesets the TeX `formula` into `target`, replacing what it held (its TeX text if KaTeX cannot load). */
export function typeset(target: HTMLElement, formula: string): void {
  if (katex) {
    waiting.delete(target);
    render(katex, target, formula);
    return;
  }
  waiting.set(target, formula);
  loading ??= import('katex').then(
    (module) => (katex = module.default),
    (error: unknown) => {
      loading = null; // offline before it was ever cached: the next formula tries again
      throw error;
    },
  );
  loading.then(
    (engine) => {
      const latest = waiting.get(target);
      if (latest === undefined) return;
      waiting.delete(target);
      render(engine, target, latest);
    },
    () => {
      const latest = waiting.get(target);
      if (latest !== undefined) target.textContent = latest;
    },
  );
}
