// The Share / Embed dialog's live preview: the embed page itself in an iframe, as tall as it says it
// is (its resize message of the host-page API). A new hash reaches the embed without a reload: the
// embed page takes it as its new preset.
import { checkWidgetMessage } from '../embed/hostProtocol';
import { element } from '../widgets';

export class SharePreview {
  readonly element: HTMLElement;
  private frame: HTMLIFrameElement | null = null;

  constructor() {
    this.element = element('div', 'nnplay-share-preview');
    addEventListener('message', this.resize);
  }

  /** Shows the embed at `src`, loading it the first time. */
  show(src: string): void {
    if (!this.frame) {
      this.frame = element('iframe', 'nnplay-share-frame');
      this.frame.title = 'Preview of the embed';
      this.element.append(this.frame);
    }
    if (this.frame.src !== src) this.frame.src = src;
  }

  /** Removes the embed, and with it its worker. */
  stop(): void {
    this.frame?.remove();
    this.frame = null;
  }

  destroy(): void {
    this.stop();
    removeEventListener('message', this.resize);
  }

  private readonly resize = (event: MessageEvent): void => {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    const checked = checkWidgetMessage(event.data);
    if ('message' in checked && checked.message.type === 'resize') this.frame.height = String(checked.message.height);
  };
}
