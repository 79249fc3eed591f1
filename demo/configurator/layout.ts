/**
 * The configurator's own layout rules, adopted by configurator.ts: the output choices, the multi-selects,
 * the contrast warning, and, on a phone, the preview kept in view beside the controls (a sticky strip at
 * the top of the screen that the controls scroll under).
 */
export const CONFIGURATOR_CSS = `
.field.multi { border: 0; padding: 0; margin: 0; display: grid; gap: 0.25rem; }
.field.multi legend { padding: 0; margin-bottom: 0.25rem; }
.field.multi .hint { font-weight: 400; color: var(--muted, #5b6b73); }
.option { display: flex; flex-wrap: wrap; gap: 0 0.5rem; align-items: baseline; }
.option code { font-size: 0.8em; color: var(--muted, #5b6b73); white-space: nowrap; }
.output-choices { display: flex; flex-wrap: wrap; gap: 1rem 2rem; margin-bottom: 1rem; }
.output-choices fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 0.25rem; }
.output-choices legend { font-weight: 600; padding: 0; margin-bottom: 0.25rem; }
.contrast-warning { border: 2px solid #a34f00; border-radius: 8px; padding: 0.5rem 0.75rem; background: #fff4e8; color: #4a2400; }
.contrast-warning ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
@media (max-width: 60rem) {
  .workbench { display: flex; flex-direction: column-reverse; }
  .output { display: contents; }
  .preview-panel { position: sticky; top: 5.75rem; /* below the site's sticky header */ z-index: 2; background: var(--paper, #fff); box-shadow: 0 6px 12px -8px rgb(20 35 43 / 0.35); order: 2; }
  .preview-panel .stage { max-height: 38vh; }
  .controls { order: 1; }
  .snippet-panel { order: 0; }
}
`;
