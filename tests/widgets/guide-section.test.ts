import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelGuideSection } from '../../src/index.js';
import { fixture, $, $$, headings, spyWarn, text } from '../helpers.js';

const headingLevels = headings;

describe('<propel-guide-section>', () => {
  afterEach(() => sinon.restore());

  it('renders the ketamine section: headings one level apart, the three numbered steps, the benefits', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="ketamine"></propel-guide-section>`);
    expect(headingLevels(el)).to.deep.equal([
      '2 Ketamine Therapy for Fibromyalgia',
      '3 What is Ketamine Therapy?',
      '3 How Does Ketamine Help?',
      '3 Treatment Process',
      '3 Benefits of Ketamine Therapy',
    ]);
    const steps = $$(el, 'ol > li').map(text);
    expect(steps).to.deep.equal([
      'Initial Consultation: A comprehensive assessment to determine if ketamine therapy is suitable.',
      'Treatment Sessions: Ketamine is administered intravenously or intramuscularly, with each session lasting about 45 minutes.',
      'Psychotherapy Integration: Sessions are paired with psychotherapy to enhance long-term benefits.',
    ]);
    expect($$(el, 'ul > li').map((li) => text(li.querySelector('b')!))).to.deep.equal([
      'Rapid Relief:',
      'Mood Improvement:',
      'Non-Habit Forming:',
    ]);
    expect(text($(el, '[part=footer]'))).to.contain('Propel Therapeutics');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level for the section and its sub-headings', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="sleep" heading-level="4"></propel-guide-section>`);
    expect(headingLevels(el)).to.deep.equal([
      '4 The Role of Sleep in Fibromyalgia Management',
      '5 Importance of Quality Sleep',
      '5 Sleep Hygiene Tips',
    ]);
    expect($$(el, 'li').map(text)).to.deep.equal([
      'Consistent Bedtime: Go to bed and wake up at the same time every day.',
      'Limit Screen Time: Avoid screens at least an hour before bed.',
      'Comfortable Environment: Ensure your bedroom is dark, quiet, and cool.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the exercise list with its lead-in', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="lifestyle"></propel-guide-section>`);
    expect($$(el, '.lead').map(text)).to.deep.equal(['Recommended Exercises']);
    expect($$(el, 'h1,h2,h3,h4,h5,h6').map(text)).to.deep.equal([
      'Lifestyle Changes for Fibromyalgia',
      'Importance of Exercise',
      'Diet and Nutrition',
      'Stress Management',
    ]);
    expect($$(el, 'li')).to.have.length(9);
    await expect(el).to.be.accessible();
  });

  const simple: Array<[string, string, string[]]> = [
    ['understanding', 'Understanding Fibromyalgia', []],
    ['medications', 'Medications for Fibromyalgia', ['Pain Relievers', 'Antidepressants', 'Anti-seizure Drugs']],
    ['alternative-therapies', 'Alternative Therapies', ['Acupuncture', 'Functional Mushrooms', 'Massage Therapy']],
    ['mental-health', 'Mental Health Support', ['Talk Therapy', 'Support Groups']],
    ['outlook', 'Understanding the Long-Term Outlook', ['Symptom Management', 'Ongoing Research']],
    ['conclusion', 'Conclusion', []],
  ];
  for (const [section, title, subs] of simple) {
    it(`renders section="${section}"`, async () => {
      const el = await fixture<PropelGuideSection>(html`<propel-guide-section section=${section}></propel-guide-section>`);
      expect($$(el, 'h1,h2,h3,h4,h5,h6').map(text)).to.deep.equal([title, ...subs]);
      expect($$(el, 'p').length).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });
  }

  it('renders the key takeaways as a list of five', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="key-takeaways"></propel-guide-section>`);
    expect(text($(el, 'h1,h2,h3,h4,h5,h6'))).to.equal('Key Takeaways');
    const items = $$(el, 'ul > li').map(text);
    expect(items).to.have.length(5);
    expect(items[0]).to.equal('Ketamine therapy is an emerging treatment for fibromyalgia that shows promising results.');
    await expect(el).to.be.accessible();
  });

  it('renders each fact with its named source as a citation', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="facts"></propel-guide-section>`);
    expect($$(el, 'cite').map(text)).to.deep.equal([
      'National Fibromyalgia Association',
      'Mayo Clinic',
      'Arthritis Foundation',
      'National Center for Complementary and Integrative Health (NCCIH)',
      'Centers for Disease Control and Prevention (CDC)',
    ]);
    expect(text($$(el, 'li')[2]!)).to.contain('approximately 60-70% of people with fibromyalgia');
    await expect(el).to.be.accessible();
  });

  it('renders the self-care tips as an ordered list in the article order', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="self-care"></propel-guide-section>`);
    expect($$(el, 'ol > li b').map(text)).to.deep.equal([
      'Stay Active:',
      'Practice Mindfulness:',
      'Maintain a Healthy Diet:',
      'Prioritize Sleep:',
      'Seek Support:',
    ]);
    await expect(el).to.be.accessible();
  });

  it('renders the testimonial as a blockquote with attribution', async () => {
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="testimonial"></propel-guide-section>`);
    expect(text($(el, 'blockquote'))).to.match(/^I had a magical experience with my first ever ketamine session\./);
    expect(text($(el, 'figcaption'))).to.equal('Patient Testimonial');
    expect(getComputedStyle($(el, 'figcaption'), '::before').content).to.equal('"— "');
    await expect(el).to.be.accessible();
  });

  it('shows a short message and warns once for an unknown or missing section', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelGuideSection>(html`<propel-guide-section section="yoga"></propel-guide-section>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '[part=message]'))).to.equal('This part of the guide is not available.');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('section="yoga"').and.contain('sleep');
    await expect(el).to.be.accessible();

    const none = await fixture<PropelGuideSection>(html`<propel-guide-section></propel-guide-section>`);
    expect(text($(none, '[part=message]'))).to.equal('This part of the guide is not available.');
    await expect(none).to.be.accessible();
  });

  it('hides the attribution footer on request and supports the dark theme', async () => {
    const el = await fixture<PropelGuideSection>(
      html`<propel-guide-section section="outlook" hide-attribution theme="dark"></propel-guide-section>`,
    );
    expect(el.shadowRoot!.querySelector('[part=footer]')).to.be.null;
    expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(20, 28, 33)');
    await expect(el).to.be.accessible();
  });
});
