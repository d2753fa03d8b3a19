// The widget tells the page that embeds it how tall it is at the frame's width, so that the page can
// size the frame to fit: nnplay's own resize message for the host-page API, and the LTI one that
// Canvas and Moodle frames obey.
import { PROTOCOL_VERSION, type LtiFrameResize, type WidgetMessage } from './hostProtocol';
import type { Host } from './bridge';

/** Posts both resize messages for each new height, in whole CSS pixels rounded up (a repeat is not posted). */
export class HeightReporter {
  private last = -1;

  constructor(private readonly post: (message: WidgetMessage | LtiFrameResize) => void) {}

  report(height: number): void {
    const whole = Math.ceil(height);
    if (whole === this.last) return;
    this.last = whole;
    this.post({ nnplay: PROTOCOL_VERSION, type: 'resize', height: whole });
    this.post({ subject: 'lti.frameResize', height: whole });
  }
}

/**
 * Reports the height of `element` (the embed page's root, whose height is its content's) to `host`
 * now and whenever it changes. Returns what stops it.
 */
export function installSizing(element: HTMLElement, host: Host): () => void {
  const reporter = new HeightReporter((message) => host.postMessage(message, '*'));
  const observer = new ResizeObserver(([entry]) => reporter.report(entry?.borderBoxSize[0]?.blockSize ?? element.offsetHeight));
  observer.observe(element);
  return () => observer.disconnect();
}
