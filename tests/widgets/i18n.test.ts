// Spanish: every widget's interface in Spanish when the page (or the provider) says `es`,
// with dates, weekdays and times from Intl in that locale; the content stays in its own language.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelProvider } from '../../src/index.js';
import { COMMON, strings, type Translations } from '../../src/core/i18n.js';
import { HOURS_STRINGS } from '../../src/widgets/clinic-hours/strings.js';
import { DIET_STRINGS } from '../../src/widgets/diet-grid/strings.js';
import { GUIDE_STRINGS } from '../../src/widgets/fibro-guide/strings.js';
import { SECTION_STRINGS } from '../../src/widgets/guide-section/strings.js';
import { LOCATION_STRINGS } from '../../src/widgets/location-card/strings.js';
import { COMPARISON_STRINGS } from '../../src/widgets/treatment-comparison/strings.js';

/** Every table of interface strings: the common one and each widget's (src/widgets/<name>/strings.ts). */
const TABLES: Record<string, Translations<object>> = {
  COMMON,
  COMPARISON_STRINGS,
  DIET_STRINGS,
  SECTION_STRINGS,
  GUIDE_STRINGS,
  HOURS_STRINGS,
  LOCATION_STRINGS,
};
import { defaultContent } from '../../src/content/default-content.js';
import { fixture, $, $$, deepText, intlHour, realTimers, releaseClock, say, seen, settle } from '../helpers.js';

/** Tuesday 13 January 2026, 12:00 in Sacramento (20:00 UTC). */
const TUESDAY_NOON = Date.UTC(2026, 0, 13, 20, 0);

async function inSpanish<T extends Element>(template: unknown, lang = 'es'): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await settle(el);
  return el;
}

describe('Spanish', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    releaseClock(clock);
    clock = undefined;
  });

  it('has every English interface string in Spanish too, and nothing more, in every table', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [`${k}:${typeof v}`]));
    for (const [name, table] of Object.entries(TABLES)) {
      expect(shape(strings(table, 'es')), name).to.deep.equal(shape(strings(table, 'en')));
      expect(strings(table, 'es-MX')).to.equal(table.es);
      expect(strings(table, 'en-GB')).to.equal(table.en);
      expect(strings(table, 'fr')).to.equal(table.en);
    }
  });

  it('the comparison: headers, filter, badges, announcements and footer', async () => {
    const el = await inSpanish<HTMLElement>(
      html`<propel-treatment-comparison filterable highlight="exercise"></propel-treatment-comparison>`,
    );
    expect($$(el, 'thead button').map(seen)).to.deep.equal(['Tratamiento', 'Beneficios', 'Posibles efectos secundarios']);
    expect(seen($(el, 'legend'))).to.equal('Mostrar');
    expect($$(el, '.chip').map(seen)).to.deep.equal(['Todos', 'Procedimiento', 'Medicamento', 'Estilo de vida', 'Terapia alternativa']);
    expect(seen($(el, '[part=highlight-badge]'))).to.equal('Destacado');
    expect(seen($(el, 'caption'))).to.contain('Seleccione el encabezado de una columna para ordenar la tabla.');
    expect(seen($(el, '[part=footer]'))).to.contain('Fuente: Propel Therapeutics · Actualizado 1 de octubre de 2024');
    // The content stays in its document's language.
    expect(seen($$(el, 'tbody th .name')[0]!)).to.equal('Ketamine Therapy');
    expect(seen($$(el, 'tbody th')[3]!)).to.contain('p. ej. walking, swimming, cycling, light weightlifting, yoga y tai chi');
    $$(el, 'thead button')[1]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(seen($(el, '[role=status]'))).to.equal('Ordenado por Beneficios, ascendente.');
    $$(el, '.chip input')[3]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(seen($(el, '[role=status]'))).to.equal('Se muestran 1 tratamiento.');
    await expect(el).to.be.accessible();
  });

  it('the provider’s locale wins over the page’s lang', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <propel-provider locale="es-MX"><propel-diet-grid></propel-diet-grid></propel-provider>
      </div>`,
    );
    const el = wrapper.querySelector('propel-diet-grid')!;
    await settle(wrapper);
    expect(seen($(el, '[part=footer]'))).to.contain('Fuente:');
    await expect(el).to.be.accessible();
  });

  it('a Spanish document (lang "es") is read in Spanish when the page says nothing', async () => {
    const html_ = document.documentElement;
    const lang = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      const doc = { ...structuredClone(defaultContent), lang: 'es' };
      const el = await fixture<PropelProvider>(
        html`<propel-provider .content=${doc}><propel-diet-grid></propel-diet-grid></propel-provider>`,
      );
      const grid = el.querySelector('propel-diet-grid')!;
      await settle(el);
      expect(seen($(grid, '[part=footer]'))).to.contain('Fuente: Propel Therapeutics · Actualizado 1 de octubre de 2024');
      await expect(el).to.be.accessible();
    } finally {
      if (lang != null) html_.setAttribute('lang', lang);
    }
  });

  it('the diet grid, a guide section and their messages', async () => {
    const grid = await inSpanish<HTMLElement>(html`<propel-diet-grid groups="nothing"></propel-diet-grid>`);
    expect(seen($(grid, '[part=message]'))).to.equal(
      'No hay grupos de alimentos que mostrar. Revise los identificadores del atributo groups.',
    );
    const section = await inSpanish<HTMLElement>(html`<propel-guide-section section="nope"></propel-guide-section>`);
    expect(seen($(section, '[part=message]'))).to.equal('Esta parte de la guía no está disponible.');
    await expect(grid).to.be.accessible();
    await expect(section).to.be.accessible();
  });

  it('the guide: byline, contents and the clinic card', async () => {
    const el = await inSpanish<HTMLElement>(html`<propel-fibro-guide></propel-fibro-guide>`);
    const text = say(deepText(el));
    expect(text).to.contain('Por Dr. Peeva · Actualizado 1 de octubre de 2024');
    expect(seen($(el, 'nav .lead'))).to.equal('Contenido');
    expect($(el, 'nav').getAttribute('aria-label')).to.equal('Contenido');
    // The clinic's location card, in Spanish: its directions, week and areas.
    expect(text).to.contain('Cómo llegar');
    expect(text).to.contain('Horario semanal Horario de atención');
    expect(text).to.contain('09:00 – 19:00');
    expect(text).to.contain('Con cita Some Saturdays by appointment only');
    expect(text).to.contain('Zonas que atendemos Sacramento West Sacramento');
    await expect(el).to.be.accessible();
  });

  it('the hours badge, the week table and the location card, with Intl weekdays and times', async () => {
    clock = sinon.useFakeTimers({ now: TUESDAY_NOON, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const badge = await inSpanish<HTMLElement>(html`<propel-clinic-hours></propel-clinic-hours>`, 'es-US');
    // The times are Intl's, in this engine's ICU data ("7 p.m." in current es-US, "7 p. m." in older).
    const [nine, seven] = [say(intlHour('es-US', 9)), say(intlHour('es-US', 19))];
    expect(say(seen($(badge, '[part=badge]')))).to.equal(`Abierto ahora · cierra a las ${seven}`);
    const week = await inSpanish<HTMLElement>(html`<propel-clinic-hours variant="week"></propel-clinic-hours>`, 'es-US');
    const rows = $$(week, 'tbody tr').map((r) => say(seen(r)));
    expect(rows[0]).to.equal(`lunes ${nine} – ${seven}`);
    expect(rows[1]).to.be.oneOf([`martes, Hoy ${nine} – ${seven}`, `martes , Hoy ${nine} – ${seven}`]);
    expect(rows[5]).to.contain('sábado').and.contain('Con cita');
    expect(rows[6]).to.equal('domingo Cerrado');
    expect(say(seen($(week, 'caption')))).to.contain('Horario de atención');
    const card = await inSpanish<HTMLElement>(html`<propel-location-card></propel-location-card>`, 'es-US');
    expect(seen($(card, '[part=directions]'))).to.equal('Cómo llegar');
    expect(seen($(card, 'summary'))).to.equal('Horario semanal');
    expect(seen($(card, '[part=subtitle]'))).to.equal('Zonas que atendemos');
    await realTimers(async () => {
      await expect(badge).to.be.accessible();
      await expect(week).to.be.accessible();
      await expect(card).to.be.accessible();
    });
  });

  it('a Saturday by appointment reads "Sábado: con cita", and a closed Sunday "Cerrado · abre mañana a las 09:00"', async () => {
    // Saturday 17 January 2026, 12:00 in Sacramento.
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 0, 17, 20, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const saturday = await inSpanish<HTMLElement>(html`<propel-clinic-hours></propel-clinic-hours>`);
    expect(say(seen($(saturday, '[part=badge]')))).to.equal('Sábado: con cita');
    clock.setSystemTime(Date.UTC(2026, 0, 18, 20, 0));
    const sunday = await inSpanish<HTMLElement>(html`<propel-clinic-hours></propel-clinic-hours>`);
    expect(say(seen($(sunday, '[part=badge]')))).to.equal('Cerrado · abre mañana a las 09:00');
    await realTimers(() => expect(saturday).to.be.accessible());
  });
});
