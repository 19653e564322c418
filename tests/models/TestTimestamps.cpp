#include "models/Timestamps.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Expected instants are computed here with QDateTime from explicit fields, never with the
// parser under test.
class TestTimestamps : public QObject
{
    Q_OBJECT

private slots:
    void parsesRecordedShapes_data();
    void parsesRecordedShapes();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void formatsIsoUtcWithZ();
    void ignoresHostTimeZone();
};

static qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

void TestTimestamps::parsesRecordedShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    // Shapes recorded from OTX (see shared/notes/otx-api.md, sections 4 and 7).
    QTest::newRow("six digits") << u"2017-11-14T22:08:31.715000"_s
                                << utcMs(2017, 11, 14, 22, 8, 31, 715);
    QTest::newRow("no fraction") << u"2015-09-01T07:47:06"_s << utcMs(2015, 9, 1, 7, 47, 6, 0);
    QTest::newRow("three digits") << u"2015-09-02T09:21:53.093"_s
                                  << utcMs(2015, 9, 2, 9, 21, 53, 93);
    QTest::newRow("space separator")
            << u"2013-08-13 06:19:15"_s << utcMs(2013, 8, 13, 6, 19, 15, 0);
    QTest::newRow("+00:00 offset")
            << u"2019-09-04T18:16:07+00:00"_s << utcMs(2019, 9, 4, 18, 16, 7, 0);
    QTest::newRow("Z") << u"2024-01-01T00:00:00Z"_s << utcMs(2024, 1, 1, 0, 0, 0, 0);
    QTest::newRow("seven digits and Z")
            << u"2023-02-25T23:00:07.2060000Z"_s << utcMs(2023, 2, 25, 23, 0, 7, 206);
    QTest::newRow("positive offset")
            << u"2024-01-15T12:00:00+02:00"_s << utcMs(2024, 1, 15, 10, 0, 0, 0);
    QTest::newRow("date only") << u"2024-02-29"_s << utcMs(2024, 2, 29, 0, 0, 0, 0);
    // F01: the three modified values and their expected epoch milliseconds.
    QTest::newRow("F01 A") << u"2024-01-15T10:00:00"_s << qint64(1705312800000);
    QTest::newRow("F01 B") << u"2024-01-15T09:59:59.900000"_s << qint64(1705312799900);
    QTest::newRow("F01 C") << u"2024-01-15T10:00:00.123456"_s << qint64(1705312800123);
}

void TestTimestamps::parsesRecordedShapes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = Timestamps::parseUtcMs(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
}

void TestTimestamps::rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("human") << u"1 day ago "_s;
    QTest::newRow("month 13") << u"2024-13-01T00:00:00"_s;
    QTest::newRow("trailing junk") << u"2024-01-01T00:00:00abc"_s;
    QTest::newRow("dot without digits") << u"2024-01-01T00:00:00."_s;
}

void TestTimestamps::rejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamps::parseUtcMs(text).has_value());
}

void TestTimestamps::formatsIsoUtcWithZ()
{
    QCOMPARE(Timestamps::toIsoUtc(1705312800123), u"2024-01-15T10:00:00.123Z"_s);
}

void TestTimestamps::ignoresHostTimeZone()
{
    // F01: a Berlin host must not shift naive UTC, and shows 11:00 local for 10:00 UTC.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto parsed = Timestamps::parseUtcMs(u"2024-01-15T10:00:00"_s);
    QVERIFY(parsed);
    QCOMPARE(*parsed, qint64(1705312800000));
    QCOMPARE(Timestamps::toDateTime(*parsed).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
             u"2024-01-15 11:00:00"_s);
    qunsetenv("TZ");
    tzset();
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "TestTimestamps.moc"
