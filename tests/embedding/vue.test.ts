// The README's Vue 3 guide, run as written: the `<template>` of its `guide:vue` block, compiled by
// Vue's in-browser compiler with the `guide:vue-config` isCustomElement predicate, mounted.
// Vue's development build: its warnings (the ones this guide is about) are left out of the .prod one.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type * as Vue from 'vue';
import packageJson from '../../package.json';
// The guide's `import 'propel-widgets/clinic-hours'`, from source (that entry defines this element).
import { PropelClinicHours } from '../../src/widgets/clinic-hours/clinic-hours.js';

// The full build (runtime + template compiler) as an ES module, resolved by the test server through
// vue's `exports` ("./dist/*"). It ships no declarations of its own: it is typed as `vue` here.
// @ts-expect-error TS7016, no declaration file for 'vue/dist/vue.esm-browser.js'
import * as vueFullBuild from 'vue/dist/vue.esm-browser.js';
const { createApp } = vueFullBuild as typeof Vue;

// The exact predicate the README gives, for Vite and for the in-browser compiler.
const PREDICATE = "tag.startsWith('propel-')";
const isCustomElement = (tag: string) => tag.startsWith('propel-');

async function guide(name: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = new RegExp(`<!-- guide:${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme)?.[1];
  if (block === undefined) throw new Error(`README.md has no guide:${name} block`);
  return block;
}

/** Mounts the guide's template with this isCustomElement; returns the app, its host and the Vue warnings. */
async function mount(predicate: (tag: string) => boolean) {
  const sfc = await guide('vue');
  const template = /<template>([\s\S]*)<\/template>/.exec(sfc)?.[1];
  if (!template) throw new Error('the guide:vue block has no <template>');
  const app = createApp({ template });
  const warnings: string[] = [];
  app.config.warnHandler = (message) => void warnings.push(message);
  app.config.compilerOptions.isCustomElement = predicate;
  const host = document.body.appendChild(document.createElement('div'));
  app.mount(host);
  return { app, host, warnings };
}

describe('README: Vue 3 guide', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
    sinon.restore();
  });

  it('configures exactly the predicate this test uses (Vite plugin and in-browser compiler)', async () => {
    expect(await guide('vue-config')).to.include(`isCustomElement: (tag: string) => ${PREDICATE}`);
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.include(`app.config.compilerOptions.isCustomElement = (tag) => ${PREDICATE}`);
  });

  it("imports only the package's own entries", async () => {
    const { exports } = packageJson;
    const imports = [...(await guide('vue')).matchAll(/import\s+'propel-widgets(\/[^']*)?'/g)].map((m) => `.${m[1] ?? ''}`);
    expect(imports).to.deep.equal(['./clinic-hours']);
    for (const entry of imports) expect(exports).to.have.property(entry);
  });

  it('renders <propel-clinic-hours> as our element, with its attributes and listener, and no Vue warning', async () => {
    const { app, host, warnings } = await mount(isCustomElement);
    cleanup = () => (app.unmount(), host.remove());
    const el = host.querySelector('propel-clinic-hours')!;
    expect(el).to.be.instanceOf(PropelClinicHours);
    // Vue sets what the element has as a property (`variant`), the rest as attributes (`closes-soon`).
    expect(el.variant).to.equal('week');
    expect(el.getAttribute('closes-soon')).to.equal('30');
    expect(el.closesSoon).to.equal(30);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('tbody tr').length === 7, 'the week table has 7 rows');
    expect(warnings).to.deep.equal([]);

    const log = sinon.stub(console, 'log');
    el.dispatchEvent(
      new CustomEvent('propel-hours-change', { bubbles: true, composed: true, detail: { state: 'closing-soon', until: new Date() } }),
    );
    expect(log.calledOnceWithExactly('closing-soon')).to.be.true;
    log.restore();
    await expect(el).to.be.accessible();
  });

  // Vite compiles the SFC at build time, where compiler-core's default is `isCustomElement: NO`.
  // (The in-browser compiler alone defaults to `customElements.get(tag)`: a tag defined before the
  // template compiles needs no option there, one defined later does.)
  it('compiled without isCustomElement (as Vite does), Vue warns "Failed to resolve component"', async () => {
    const { app, host, warnings } = await mount(() => false);
    cleanup = () => (app.unmount(), host.remove());
    expect(warnings.some((w) => w.startsWith('Failed to resolve component: propel-clinic-hours'))).to.be.true;
  });
});
