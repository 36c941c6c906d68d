// NYSE holiday rules and trading-day counts, checked against published NYSE calendars and an
// independent Python count (dateutil's Easter, the same observance rules).
import CivilTime
import Testing

@testable import DealModel

private let nyse = TradingCalendar.nyse

@Test(arguments: [
    (2020, 253), (2021, 252), (2022, 251), (2023, 250), (2024, 252), (2025, 250),
    (2026, 251), (2027, 251), (2028, 251), (2030, 251),
])
func tradingDaysInWholeYears(year: Int, expected: Int) {
    #expect(nyse.tradingDays(inYear: year) == expected)
}

@Test func holidaysOf2026() {
    let expected = [
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25",
        "2026-06-19", "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25",
    ]
    #expect(nyse.holidays(in: 2026).map(\.date.description) == expected)
}

@Test func holidaysOf2027ObserveWeekendDates() {
    let expected = [
        "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31",
        "2027-06-18", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24",
    ]
    #expect(nyse.holidays(in: 2027).map(\.date.description) == expected)
}

@Test func goodFridayFollowsEaster() {
    #expect(nyse.holiday(on: date(2026, 4, 3))?.name == "Good Friday")
    #expect(nyse.holiday(on: date(2024, 3, 29))?.name == "Good Friday")
    #expect(nyse.holiday(on: date(2025, 4, 18))?.name == "Good Friday")
    #expect(NYSEHolidays.easter(2038) == date(2038, 4, 25))  // the latest possible Easter
    #expect(NYSEHolidays.easter(2285) == date(2285, 3, 22))  // the earliest possible Easter
}

@Test func saturdayNewYearIsNotObserved() {
    // 2022-01-01 was a Saturday: Friday 2021-12-31 traded.
    #expect(nyse.isTradingDay(date(2021, 12, 31)))
    #expect(nyse.holidays(in: 2022).first?.name == "Martin Luther King Jr. Day")
    // A Sunday New Year (2023) moves to Monday 2023-01-02.
    #expect(!nyse.isTradingDay(date(2023, 1, 2)))
}

@Test func juneteenthFrom2022Only() {
    #expect(nyse.isTradingDay(date(2021, 6, 18)))  // Friday before a Saturday 2021-06-19
    #expect(!nyse.isTradingDay(date(2027, 6, 18)))  // Saturday 2027-06-19 observed Friday
    #expect(!nyse.isTradingDay(date(2022, 6, 20)))  // Sunday 2022-06-19 observed Monday
}

@Test func christmasAndIndependenceDayObservance() {
    #expect(!nyse.isTradingDay(date(2027, 12, 24)))  // Christmas 2027 is a Saturday
    #expect(!nyse.isTradingDay(date(2026, 7, 3)))  // July 4 2026 is a Saturday
    #expect(!nyse.isTradingDay(date(2027, 7, 5)))  // July 4 2027 is a Sunday
    #expect(nyse.isTradingDay(date(2026, 12, 24)))
}

@Test func mondayAndThursdayRules() {
    #expect(nyse.holiday(on: date(2026, 1, 19))?.name == "Martin Luther King Jr. Day")
    #expect(nyse.holiday(on: date(2026, 5, 25))?.name == "Memorial Day")  // last Monday of May
    #expect(nyse.holiday(on: date(2026, 9, 7))?.name == "Labor Day")
    #expect(nyse.holiday(on: date(2026, 11, 26))?.name == "Thanksgiving Day")
    #expect(nyse.holiday(on: date(2028, 11, 23))?.name == "Thanksgiving Day")
}

@Test func movingBetweenTradingDays() {
    // Friday 2026-04-03 is Good Friday: the next trading day after Thursday is Monday.
    #expect(nyse.advance(date(2026, 4, 2), tradingDays: 1) == date(2026, 4, 6))
    #expect(nyse.advance(date(2026, 4, 6), tradingDays: -1) == date(2026, 4, 2))
    #expect(nyse.tradingDay(onOrAfter: date(2025, 10, 5)) == date(2025, 10, 6))
    #expect(nyse.tradingDay(onOrBefore: date(2030, 10, 5)) == date(2030, 10, 4))
    #expect(nyse.tradingDays(from: date(2026, 4, 2), through: date(2026, 4, 6)) == 2)
    #expect(nyse.tradingDays(from: date(2026, 4, 6), through: date(2026, 4, 2)) == 0)
}

@Test func outsideTheTableTheRulesStillApply() {
    #expect(!nyse.isTradingDay(date(2400, 12, 25)))  // a Monday
    #expect(nyse.tradingDays(inYear: 2400) == 251)  // the independent Python count
    _ = nyse.isTradingDay(CivilDate(dayNumber: Int.max / 2))  // far away: answers, no trap
}

@Test func gridMapsDatesToIndices() {
    let grid = TradingDayGrid(from: date(2026, 4, 1), through: date(2026, 4, 10))
    #expect(
        grid.days.map(\.description) == [
            "2026-04-01", "2026-04-02", "2026-04-06", "2026-04-07",
            "2026-04-08", "2026-04-09", "2026-04-10",
        ])
    #expect(grid.index(of: date(2026, 4, 6)) == 2)
    #expect(grid.index(of: date(2026, 4, 3)) == nil)
    #expect(grid.index(onOrAfter: date(2026, 4, 3)) == 2)
    #expect(grid.index(onOrBefore: date(2026, 4, 5)) == 1)
    #expect(grid.index(onOrAfter: date(2026, 4, 11)) == nil)
    #expect(grid.index(onOrBefore: date(2026, 3, 31)) == nil)
    #expect(TradingDayGrid(from: date(2026, 4, 4), through: date(2026, 4, 5)).count == 0)
}
