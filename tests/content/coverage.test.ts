import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { fixture, deepText, settle } from '../helpers.js';
import { ARTICLE_FACTS, CLINIC_FACTS } from '../fixtures/article-facts.js';

const contentText = JSON.stringify(defaultContent);

describe('content coverage: every fact of the article', () => {
  it('is in the content document', () => {
    const missing = [...ARTICLE_FACTS, ...CLINIC_FACTS.filter((f) => f !== 'Sacramento, CA 95825')].filter(
      (fact) => !contentText.includes(fact) && fact !== 'October 1, 2024',
    );
    expect(missing).to.deep.equal([]);
    expect(defaultContent.article.updated).to.equal('2024-10-01');
  });

  it('is rendered by at least one standalone widget', async () => {
    const sections = [
      'understanding',
      'ketamine',
      'testimonial',
      'lifestyle',
      'medications',
      'alternative-therapies',
      'mental-health',
      'sleep',
      'outlook',
      'key-takeaways',
      'facts',
      'self-care',
      'conclusion',
    ];
    const el = await fixture(
      html`<div>
        <propel-treatment-comparison></propel-treatment-comparison>
        <propel-diet-grid></propel-diet-grid>
        ${sections.map((s) => html`<propel-guide-section section=${s}></propel-guide-section>`)}
      </div>`,
    );
    await settle(el);
    const rendered = deepText(el);
    const missing = ARTICLE_FACTS.filter(
      (fact) =>
        !rendered.includes(fact) &&
        ![
          'Dr. Peeva',
          "Fibromyalgia Treatment: Ketamine's Promise & More",
          'Fibromyalgia treatment focuses on reducing symptoms and improving quality of life.',
          'Various therapies, medications, and lifestyle changes can effectively manage fibromyalgia symptoms.',
        ].includes(fact),
    );
    expect(missing).to.deep.equal([]);
  });

  it('is rendered by the guide, all of it, the clinic footer included', async () => {
    const el = await fixture(html`<propel-fibro-guide></propel-fibro-guide>`);
    await settle(el);
    const rendered = deepText(el);
    const missing = [...ARTICLE_FACTS, ...CLINIC_FACTS].filter((fact) => !rendered.includes(fact));
    expect(missing).to.deep.equal([]);
    // The article's "Monday 9am - 7pm, … Friday 9am - 7pm and some Saturdays by appointment only",
    // as the clinic's location card's week table writes it from the rules (the document holds no other copy).
    const card = el.shadowRoot!.querySelector('propel-location-card[part=clinic]')!;
    const week = card.shadowRoot!.querySelector('propel-clinic-hours[variant=week]')!;
    const rows = [...week.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' '));
    for (const day of rows.slice(0, 5)) expect(day).to.contain('9 AM – 7 PM');
    expect(rows[5]).to.contain('Saturday').and.contain('By appointment').and.contain('Some Saturdays by appointment only');
    expect(rows[6]).to.contain('Sunday').and.contain('Closed');
  });
});
