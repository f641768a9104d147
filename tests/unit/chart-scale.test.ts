import { CHAR_WIDTH, NARROWEST_CHART, chartScale, labelEvery } from '@/components/donor/chart-scale'

const plain = (value: number) => String(value)
const grouped = (value: number) => new Intl.NumberFormat('en-GB').format(value)

describe('a chart’s scale', () => {
  it('runs from 0 in round steps to the first tick at or above the largest value', () => {
    expect(chartScale(18, plain)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] })
    expect(chartScale(62, plain)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] })
    expect(chartScale(100, plain)).toEqual({ max: 100, ticks: [0, 20, 40, 60, 80, 100] })
    expect(chartScale(3, plain).ticks).toEqual([0, 1, 2, 3])
    expect(chartScale(0.6, plain).ticks).toEqual([0, 0.2, 0.4, 0.6])
  })

  it('draws a scale even where every value is 0', () => {
    expect(chartScale(0, plain).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })

  it('takes fewer ticks where long labels would collide on a 320 px phone', () => {
    const scale = chartScale(4_800_000, grouped)
    expect(scale.ticks).toEqual([0, 2_000_000, 4_000_000, 6_000_000])
    const widest = Math.max(...scale.ticks.map((tick) => grouped(tick).length)) * CHAR_WIDTH
    expect(widest).toBeLessThan(NARROWEST_CHART / (scale.ticks.length - 1))
  })

  it('labels every year while they fit, then every other one or fewer', () => {
    expect(labelEvery(5, 4)).toBe(1)
    expect(labelEvery(12, 4)).toBe(2)
    expect(labelEvery(30, 4)).toBe(5)
  })
})
