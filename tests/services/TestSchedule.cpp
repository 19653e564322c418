#include "services/Schedule.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// An instant written out by hand as UTC, e.g. "2026-03-29T01:00:00".
qint64 utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QList<QTime> times(const QStringList &list)
{
    QList<QTime> out;
    for (const QString &t : list) {
        out.append(QTime::fromString(t, u"HH:mm"_s));
    }
    return out;
}

} // namespace

// The scheduler's due times: zones, daylight-saving changes, missed runs, clock jumps. The
// expected instants are worked out by hand from each zone's published rules.
class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextDue_data();
    void nextDue();
    void missedRuns_data();
    void missedRuns();
    void clockJumps();
};

void TestSchedule::nextDue_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QString>("after"); // UTC
    QTest::addColumn<QString>("due");   // UTC

    const QStringList syncTimes = {u"09:00"_s, u"21:00"_s};
    QTest::newRow("utc, before the morning run")
            << u"UTC"_s << syncTimes << u"2026-12-04T08:59:59"_s << u"2026-12-04T09:00:00"_s;
    QTest::newRow("utc, exactly at the run: the next one")
            << u"UTC"_s << syncTimes << u"2026-12-04T09:00:00"_s << u"2026-12-04T21:00:00"_s;
    QTest::newRow("utc, after the evening run: tomorrow")
            << u"UTC"_s << syncTimes << u"2026-12-04T21:00:00"_s << u"2026-12-05T09:00:00"_s;
    QTest::newRow("times in any order") << u"UTC"_s << QStringList{u"21:00"_s, u"09:00"_s}
                                        << u"2026-12-04T10:00:00"_s << u"2026-12-04T21:00:00"_s;
    // Sao Paulo: UTC-3 all year since 2019.
    QTest::newRow("sao paulo 03:00") << u"America/Sao_Paulo"_s << QStringList{u"03:00"_s}
                                     << u"2026-12-04T05:00:00"_s << u"2026-12-04T06:00:00"_s;
    // Kolkata: UTC+5:30; local midnight of the 5th is 18:30 UTC on the 4th.
    QTest::newRow("kolkata midnight, a day boundary apart")
            << u"Asia/Kolkata"_s << QStringList{u"00:00"_s} << u"2026-12-04T12:00:00"_s
            << u"2026-12-04T18:30:00"_s;
    // Berlin springs forward on 2026-03-29 at 01:00 UTC (02:00 CET becomes 03:00 CEST).
    QTest::newRow("berlin, a time in the spring gap runs when the gap ends")
            << u"Europe/Berlin"_s << QStringList{u"02:30"_s} << u"2026-03-28T12:00:00"_s
            << u"2026-03-29T01:00:00"_s;
    QTest::newRow("berlin, the morning after the change is at +2")
            << u"Europe/Berlin"_s << QStringList{u"09:00"_s} << u"2026-03-29T01:00:00"_s
            << u"2026-03-29T07:00:00"_s;
    QTest::newRow("berlin, the day before the change is at +1")
            << u"Europe/Berlin"_s << QStringList{u"09:00"_s} << u"2026-03-27T12:00:00"_s
            << u"2026-03-28T08:00:00"_s;
    // Berlin falls back on 2026-10-25 at 01:00 UTC (03:00 CEST becomes 02:00 CET): 02:30
    // happens twice, at 00:30 and 01:30 UTC; it runs at the first only.
    QTest::newRow("berlin, a twice-happening time runs at its first occurrence")
            << u"Europe/Berlin"_s << QStringList{u"02:30"_s} << u"2026-10-24T12:00:00"_s
            << u"2026-10-25T00:30:00"_s;
    QTest::newRow("berlin, and not again at its second")
            << u"Europe/Berlin"_s << QStringList{u"02:30"_s} << u"2026-10-25T00:30:00"_s
            << u"2026-10-26T01:30:00"_s;
    // New York falls back on 2026-11-01 at 06:00 UTC (02:00 EDT becomes 01:00 EST).
    QTest::newRow("new york midnight reset across the change")
            << u"America/New_York"_s << QStringList{u"00:00"_s} << u"2026-11-01T04:00:00"_s
            << u"2026-11-02T05:00:00"_s;
}

void TestSchedule::nextDue()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, times);
    QFETCH(QString, after);
    QFETCH(QString, due);
    const QTimeZone tz(zone.toLatin1());
    QVERIFY2(tz.isValid(), qPrintable(zone));
    const auto next = Schedule::nextDue(::times(times), tz, utc(after));
    QVERIFY(next);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*next, QTimeZone::utc()).toString(Qt::ISODate),
             QDateTime::fromMSecsSinceEpoch(utc(due), QTimeZone::utc()).toString(Qt::ISODate));
}

void TestSchedule::missedRuns_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("missed"); // empty: none

    QTest::newRow("closed over the morning run")
            << u"UTC"_s << u"2026-12-03T21:00:00"_s << u"2026-12-04T10:00:00"_s
            << u"2026-12-04T09:00:00"_s;
    QTest::newRow("the run itself is not missed")
            << u"UTC"_s << u"2026-12-04T09:00:00"_s << u"2026-12-04T10:00:00"_s << QString();
    QTest::newRow("closed for a week: only the latest")
            << u"UTC"_s << u"2026-11-27T08:00:00"_s << u"2026-12-04T22:00:00"_s
            << u"2026-12-04T21:00:00"_s;
    QTest::newRow("exactly at a due time counts")
            << u"UTC"_s << u"2026-12-04T09:30:00"_s << u"2026-12-04T21:00:00"_s
            << u"2026-12-04T21:00:00"_s;
    QTest::newRow("sao paulo, closed over the local evening run")
            << u"America/Sao_Paulo"_s << u"2026-12-04T12:30:00"_s << u"2026-12-05T01:00:00"_s
            << u"2026-12-05T00:00:00"_s;
    QTest::newRow("nothing in between")
            << u"UTC"_s << u"2026-12-04T10:00:00"_s << u"2026-12-04T20:59:59"_s << QString();
}

void TestSchedule::missedRuns()
{
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, missed);
    const auto last = Schedule::lastDueBetween(times({u"09:00"_s, u"21:00"_s}),
                                               QTimeZone(zone.toLatin1()),
                                               utc(from),
                                               utc(to));
    QCOMPARE(last.has_value(), !missed.isEmpty());
    if (last) {
        QCOMPARE(*last, utc(missed));
    }
}

void TestSchedule::clockJumps()
{
    const qint64 start = utc(u"2026-12-04T09:00:00"_s);
    // An hour of waiting on both clocks: no jump.
    QVERIFY(!Schedule::wallClockJumped(start, start + 3600000, 3600000, 2000));
    // A little drift within the tolerance.
    QVERIFY(!Schedule::wallClockJumped(start, start + 3601500, 3600000, 2000));
    // The clock was set an hour forward, or the machine slept an hour.
    QVERIFY(Schedule::wallClockJumped(start, start + 3600000, 1000, 2000));
    // The clock was set back.
    QVERIFY(Schedule::wallClockJumped(start, start - 60000, 1000, 2000));
    // The empty schedule is never due.
    QVERIFY(!Schedule::nextDue({}, QTimeZone::utc(), start));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
