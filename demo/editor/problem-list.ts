/**
 * The "Problems" card: each problem of the document with its place, what is
 * wrong and what it means for visitors; selecting one finds it in the JSON.
 */
import { html, type TemplateResult } from 'lit';
import type { Problem } from './problems.js';

const KIND: Record<Problem['kind'], string> = { syntax: 'JSON syntax', schema: 'Invalid', unknown: 'Unknown field', hours: 'Hours' };

export function problemsCard(problems: readonly Problem[], show: (problem: Problem) => void): TemplateResult {
  return html`<section class="card" aria-labelledby="problems-title">
    <h2 id="problems-title">Problems</h2>
    ${
      problems.length
        ? html`<p class="hint">
              Each problem says what your visitors would see if you published the document now. Select one to find it in the JSON.
            </p>
            <ol class="problems">
              ${problems.map(
                (problem) =>
                  html`<li>
                    <button type="button" class="problem" @click=${() => show(problem)}>
                      <span class=${`kind ${problem.kind}`}>${KIND[problem.kind]}</span><span class="vh">: </span>
                      <code class="path">${problem.path}</code><span class="vh">: </span> <span class="text">${problem.message}</span
                      ><span class="vh">. </span>
                      <span class="visitors"><strong>For visitors:</strong> ${problem.visitors}</span>
                    </button>
                  </li>`,
              )}
            </ol>`
        : html`<p class="ok">Every widget can use this document.</p>`
    }
  </section>`;
}
