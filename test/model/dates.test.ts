import { expect } from '@open-wc/testing';
import { endOf, formatPartialDate, formatRange, inForce, isoDay, parsePartialDate, startOf } from '../../src/model/index.js';

describe('partial dates', () => {
  it('reads year, month and day precision and refuses impossible days', () => {
    expect(parsePartialDate('2003')).to.deep.equal({ year: 2003, precision: 'year' });
    expect(parsePartialDate('2003-10')).to.deep.equal({ year: 2003, month: 10, precision: 'month' });
    expect(parsePartialDate('2004-02-29')?.precision).to.equal('day');
    expect(parsePartialDate('2003-02-29')).to.equal(null);
    expect(parsePartialDate('2003-13')).to.equal(null);
    expect(parsePartialDate('03-10-2003')).to.equal(null);
    expect(parsePartialDate('2003-1-5')).to.equal(null);
    // Leap years of the Gregorian calendar, years 0-99 too (Date.UTC reads those as 1900-1999).
    expect(['0000-02-29', '0004-02-29', '2000-02-29', '2400-02-29'].map((d) => parsePartialDate(d)?.day)).to.deep.equal([29, 29, 29, 29]);
    expect(['0100-02-29', '1900-02-29', '2100-02-29'].map(parsePartialDate)).to.deep.equal([null, null, null]);
  });

  it('starts a period on its first day and ends it on its last', () => {
    expect(isoDay(startOf('2014'))).to.equal('2014-01-01');
    expect(isoDay(endOf('2014'))).to.equal('2014-12-31');
    expect(isoDay(endOf('2004-02'))).to.equal('2004-02-29');
    expect(isoDay(endOf('2005-12-31'))).to.equal('2005-12-31');
  });

  it('treats "end": "2014" as running through 31 Dec 2014, and no end as ongoing', () => {
    expect(inForce({ start: '2010', end: '2014' }, startOf('2014-12-31'))).to.equal(true);
    expect(inForce({ start: '2010', end: '2014' }, startOf('2015-01-01'))).to.equal(false);
    expect(inForce({ start: '2010' }, startOf('2099'))).to.equal(true);
    expect(inForce({ start: '2010-09' }, startOf('2010-08-31'))).to.equal(false);
  });

  it('formats at the precision given, in the language asked', () => {
    expect(formatPartialDate('2003', 'en')).to.equal('2003');
    expect(formatPartialDate('2003-10', 'en')).to.equal('Oct 2003');
    expect(formatPartialDate('2003-10-01', 'en')).to.equal('Oct 1, 2003');
    expect(formatPartialDate('2003-10', 'fr')).to.equal('oct. 2003');
    expect(formatRange({ start: '2010-09' }, 'en')).to.equal('Sep 2010 – ongoing');
  });
});
