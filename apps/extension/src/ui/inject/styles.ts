/** Styles inside every injected shadow root: page CSS cannot reach in, ours cannot leak out. */
export const INJECTED_CSS = `
:host { all: initial; display: block; contain: content; }
:host([data-inline]) { display: inline-block; vertical-align: middle; margin-inline-start: 8px; }
:host([data-floating]) { position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483000;
  max-width: min(380px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow-y: auto; overscroll-behavior: contain; }
* { box-sizing: border-box; }
.sl {
  --bg: #ffffff; --fg: #1b1b1b; --muted: #555; --border: #c8c6c4; --accent: #0f6cbd; --accent-fg: #fff;
  --ok: #107c10; --ok-bg: #dff6dd; --warn-bg: #fff4ce; --warn: #6b5200;
  font: 13px/1.45 'Segoe UI', system-ui, -apple-system, sans-serif; color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .sl {
    --bg: #252423; --fg: #f3f2f1; --muted: #c8c6c4; --border: #605e5c; --accent: #479ef5; --accent-fg: #000;
    --ok: #54b054; --ok-bg: #0f3310; --warn-bg: #433519; --warn: #fce100;
  }
}
.card { background: var(--bg); border: 1px solid var(--border); border-inline-start: 4px solid var(--accent);
  border-radius: 4px; padding: 10px 12px; margin: 8px 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.card.ok { border-inline-start-color: var(--ok); }
.card.warn { border-inline-start-color: var(--warn); }
.card h2 { font-size: 14px; font-weight: 600; margin: 0 0 4px; }
.card h3 { font-size: 13px; font-weight: 600; margin: 10px 0 2px; }
.card details.apart { margin-top: 10px; border-top: 1px solid var(--border); padding-top: 6px; }
.card p { margin: 4px 0; }
.card ol, .card ul { margin: 4px 0; padding-inline-start: 20px; }
.muted { color: var(--muted); }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
button, select, input { font: inherit; }
button { cursor: pointer; border-radius: 3px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  padding: 3px 10px; min-height: 26px; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button:disabled { cursor: not-allowed; opacity: 0.5; }
summary { cursor: pointer; font-weight: 600; }
button:focus-visible, a:focus-visible, summary:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
a { color: var(--accent); }
.badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600;
  background: var(--ok-bg); color: var(--ok); border: 1px solid var(--ok); }
.badge.warn { background: var(--warn-bg); color: var(--warn); border-color: var(--warn); }
blockquote { margin: 4px 0; padding-inline-start: 8px; border-inline-start: 2px solid var(--border); }
.note { background: var(--warn-bg); color: var(--fg); border-inline-start-color: var(--warn); }
.list { list-style: none; padding: 0; margin: 6px 0; }
.list li { margin: 4px 0; }
.list button { width: 100%; text-align: start; }
label.field { display: grid; gap: 2px; margin: 6px 0; }
.count { font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
