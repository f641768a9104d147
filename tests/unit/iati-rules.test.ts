import { checkRuleset } from '@/lib/reporting/iati-rules/check'
import { DEFAULT_ID_SETS, STANDARD_RULESET, type Ruleset } from '@/lib/reporting/iati-rules/ruleset'

/** An activity file with one activity holding `body`. */
const activity = (body: string, attributes = 'xml:lang="en" default-currency="EUR"') =>
  `<?xml version="1.0"?><iati-activities version="2.03"><iati-activity ${attributes}>` +
  `<iati-identifier>XM-DAC-47066-a</iati-identifier><reporting-org ref="XM-DAC-47066" type="40"/>` +
  `${body}</iati-activity></iati-activities>`

/** A ruleset of one case on the activity, failing with id "t". */
const rule = (type: string, fields: object): Ruleset => ({
  '/iati-activities/iati-activity': {
    [type]: { cases: [{ ...fields, ruleInfo: { id: 't', severity: 'error', message: 'm' } }] },
  },
})
const fails = (xml: string, ruleset: Ruleset) => checkRuleset(xml, ruleset).failures.length > 0

describe('rule types of the Standard ruleset', () => {
  it('atleast_one and no_more_than_one count matches across paths', () => {
    const r = rule('atleast_one', { paths: ["activity-date[@type='1' or @type='2']"] })
    expect(fails(activity('<activity-date type="2" iso-date="2020-01-01"/>'), r)).toBe(false)
    expect(fails(activity('<activity-date type="3" iso-date="2020-01-01"/>'), r)).toBe(true)
    const one = rule('no_more_than_one', { paths: ['sector', 'transaction/sector'] })
    expect(fails(activity('<sector code="1"/>'), one)).toBe(false)
    expect(fails(activity('<sector code="1"/><sector code="2"/>'), one)).toBe(true)
  })

  it('date_order passes equal dates, fails reversed ones and skips missing ones; NOW is now', () => {
    const r = rule('date_order', {
      less: "activity-date[@type='2']/@iso-date",
      more: "activity-date[@type='4']/@iso-date",
    })
    const dates = (a: string, b: string) =>
      activity(`<activity-date type="2" iso-date="${a}"/><activity-date type="4" iso-date="${b}"/>`)
    expect(fails(dates('2020-01-01', '2020-01-01'), r)).toBe(false)
    expect(fails(dates('2020-01-02', '2020-01-01'), r)).toBe(true)
    expect(checkRuleset(activity(''), r).tested).toBe(0)
    const future = rule('date_order', { less: "activity-date[@type='4']/@iso-date", more: 'NOW' })
    expect(fails(dates('2020-01-01', '2999-01-01'), future)).toBe(true)
  })

  it('date_now and time_limit (a year at most)', () => {
    expect(
      fails(
        activity('', 'last-updated-datetime="2999-01-01T00:00:00Z"'),
        rule('date_now', { date: '@last-updated-datetime' }),
      ),
    ).toBe(true)
    const budget = (end: string) =>
      `<iati-activities><iati-activity><budget><period-start iso-date="2021-01-01"/><period-end iso-date="${end}"/></budget></iati-activity></iati-activities>`
    const limit: Ruleset = {
      '/iati-activities/iati-activity/budget': {
        time_limit: {
          cases: [
            {
              start: 'period-start/@iso-date',
              end: 'period-end/@iso-date',
              ruleInfo: { id: 't', severity: 'error', message: 'm' },
            },
          ],
        },
      },
    }
    expect(fails(budget('2021-12-31'), limit)).toBe(false)
    expect(fails(budget('2022-01-01'), limit)).toBe(false)
    expect(fails(budget('2022-01-02'), limit)).toBe(true)
  })

  it('if_then reads conditions with XPath boolean(): an empty node-set is false', () => {
    const r = rule('if_then', {
      if: 'not(recipient-country or recipient-region)',
      then: 'transaction[recipient-country or recipient-region]',
    })
    // No recipient anywhere: IATI's JS validator passes this (a JS array is truthy); XPath does not.
    expect(fails(activity('<transaction/>'), r)).toBe(true)
    expect(fails(activity('<transaction><recipient-country code="GE"/></transaction>'), r)).toBe(
      false,
    )
    expect(fails(activity('<recipient-country code="GE"/>'), r)).toBe(false)
  })

  it('condition skips a case that does not apply', () => {
    const r = rule('strict_sum', {
      condition: 'count(sector) > 1',
      paths: ['sector/@percentage'],
      sum: 100,
    })
    expect(checkRuleset(activity('<sector percentage="40"/>'), r).tested).toBe(0)
    expect(fails(activity('<sector percentage="40"/><sector percentage="60"/>'), r)).toBe(false)
    expect(fails(activity('<sector percentage="40"/><sector percentage="50"/>'), r)).toBe(true)
    expect(fails(activity('<sector percentage="33.3333"/><sector percentage="66.6667"/>'), r)).toBe(
      false,
    )
  })

  it('loop runs its cases once per value, substituting $1', () => {
    const r: Ruleset = {
      '/iati-activities/iati-activity': {
        loop: {
          cases: [
            {
              foreach: "sector[@vocabulary != '1']/@vocabulary",
              subs: ['paths'],
              do: {
                strict_sum: {
                  cases: [
                    {
                      paths: ["sector[@vocabulary = '$1']/@percentage"],
                      sum: 100,
                      ruleInfo: { id: 'loop', severity: 'error', message: 'm' },
                    },
                  ],
                },
              },
            },
          ],
        },
      },
    }
    const xml = activity(
      '<sector vocabulary="2" percentage="100"/><sector vocabulary="99" percentage="30"/><sector vocabulary="99" percentage="30"/>',
    )
    const report = checkRuleset(xml, r)
    expect(report.tested).toBe(2)
    expect(report.failures.map((failure) => failure.id)).toEqual(['loop'])
  })

  it('one_or_all: a default language, or a language on every narrative', () => {
    const r = rule('one_or_all', { one: '@xml:lang', all: 'lang' })
    const body = '<title><narrative>x</narrative></title>'
    expect(fails(activity(body, 'xml:lang="en"'), r)).toBe(false)
    expect(fails(activity(body, ''), r)).toBe(true)
    expect(fails(activity('<title><narrative xml:lang="ka">x</narrative></title>', ''), r)).toBe(
      false,
    )
  })

  it('startswith with a prefix path and with the approved ORG-ID prefixes', () => {
    const own = rule('startswith', {
      prefix: ['reporting-org/@ref'],
      separator: '-',
      paths: ['iati-identifier'],
    })
    expect(fails(activity(''), own)).toBe(false)
    expect(fails(activity('').replace('XM-DAC-47066-a', 'XM-DAC-470660'), own)).toBe(true)
    const approved = rule('startswith', {
      prefix: ['ORG-ID-PREFIX'],
      paths: ['reporting-org/@ref'],
    })
    expect(fails(activity(''), approved)).toBe(false)
    expect(fails(activity('').replace('ref="XM-DAC-47066"', 'ref="ZZ-XXX-1"'), approved)).toBe(true)
  })

  it('idCondition NOT_EXISTING_ORG_ID skips registered publishers', () => {
    const r = rule('regex_matches', {
      idCondition: 'NOT_EXISTING_ORG_ID',
      regex: '^x$',
      paths: ['reporting-org/@ref'],
    })
    expect(checkRuleset(activity(''), r).tested).toBe(0)
    expect(
      checkRuleset(activity(''), r, { ...DEFAULT_ID_SETS, orgIds: new Set() }).failures,
    ).toHaveLength(1)
  })

  it('regex_matches, unique, range and no_spaces', () => {
    expect(
      fails(
        activity('').replace('XM-DAC-47066-a', 'a/b'),
        rule('regex_matches', { regex: '^[^\\/\\&\\|\\?]+$', paths: ['iati-identifier'] }),
      ),
    ).toBe(true)
    expect(
      fails(
        activity('').replace('XM-DAC-47066-a', 'XM-DAC-47066'),
        rule('unique', { paths: ['reporting-org/@ref', 'iati-identifier'] }),
      ),
    ).toBe(true)
    expect(
      fails(
        activity('<sector percentage="101"/>'),
        rule('range', { paths: ['sector/@percentage'], min: 0, max: 100 }),
      ),
    ).toBe(true)
    expect(
      fails(
        activity('').replace('>XM-DAC-47066-a<', '> XM-DAC-47066-a<'),
        rule('no_spaces', { paths: ['iati-identifier'] }),
      ),
    ).toBe(true)
  })

  it('reports the activity each failure is in', () => {
    const xml =
      activity('').replace('</iati-activities>', '') +
      '<iati-activity><iati-identifier>second</iati-identifier></iati-activity></iati-activities>'
    const report = checkRuleset(
      xml.replace('</iati-activity></iati-activity>', '</iati-activity>'),
      STANDARD_RULESET,
    )
    const noDate = report.failures.filter((failure) => failure.id === '6.11.1')
    expect(noDate.map((failure) => failure.activity)).toEqual(['XM-DAC-47066-a', 'second'])
  })

  it('knows every rule type the Standard ruleset uses', () => {
    expect(() => checkRuleset(activity(''), STANDARD_RULESET)).not.toThrow()
  })

  it('refuses a file that is not well-formed', () => {
    expect(() => checkRuleset('<iati-activities><x></iati-activities>', STANDARD_RULESET)).toThrow(
      /not well-formed/,
    )
  })
})
