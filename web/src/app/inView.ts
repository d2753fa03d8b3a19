// Whether an element is in the viewport (the top-level one, through any frames around the page).

/** Calls `changed` with whether `element` shows at least one pixel, at once and on every change; returns what stops that. */
export function watchInView(element: Element, changed: (inView: boolean) => void): () => void {
  const observer = new IntersectionObserver((entries) => {
    const newest = entries.at(-1);
    if (newest) changed(newest.isIntersecting);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
