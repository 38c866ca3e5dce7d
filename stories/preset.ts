// Puts a widget into a state once it is on the page (what a collector's answer or a citizen's steps
// would do), and again a moment later, after the widget's own start-up reads (a draft, the outbox
// count, kiosk settings, a contest's description) have settled. Stories set state on the element
// directly, so Storybook needs no server.
import type { LitElement } from 'lit';
import { ref } from 'lit/directives/ref.js';

export const preset = (state: Record<string, unknown>) =>
  ref((el) => {
    if (!el) return;
    const apply = () => {
      Object.assign(el, state);
      (el as LitElement).requestUpdate();
    };
    queueMicrotask(apply);
    setTimeout(apply, 500);
  });
