#include "models/PulseFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPulseFilter : public QObject
{
    Q_OBJECT

private slots:
    void escapesLikeWildcards_data();
    void escapesLikeWildcards();
    void spellsJsonLikeTheStore_data();
    void spellsJsonLikeTheStore();
    void emptyFilterHasNoCondition();
    void bindsOnePlaceholderPerValue_data();
    void bindsOnePlaceholderPerValue();
    void prefixBoundSortsAfterContinuations();
    void roundTripsThroughSettings();
};

void TestPulseFilter::escapesLikeWildcards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"apt28"_s << u"apt28"_s;
    QTest::newRow("percent") << u"100%"_s << u"100\\%"_s;
    QTest::newRow("underscore") << u"a_b"_s << u"a\\_b"_s;
    QTest::newRow("backslash") << u"c:\\x"_s << u"c:\\\\x"_s;
}

void TestPulseFilter::escapesLikeWildcards()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(PulseFilterSql::escapeLike(text), escaped);
}

void TestPulseFilter::spellsJsonLikeTheStore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");
    QTest::newRow("plain") << u"phishing"_s << u"phishing"_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"say \\\"hi\\\""_s;
    QTest::newRow("non-ascii") << u"Ärger"_s << u"Ärger"_s;
}

void TestPulseFilter::spellsJsonLikeTheStore()
{
    QFETCH(QString, text);
    QFETCH(QString, body);
    QCOMPARE(PulseFilterSql::jsonStringBody(text), body);
}

void TestPulseFilter::emptyFilterHasNoCondition()
{
    PulseFilter f;
    QVERIFY(f.isEmpty());
    QVERIFY(f.toSql().isEmpty());
    f.text = u"   "_s;
    QVERIFY(f.isEmpty());
    QVERIFY(f.toSql().isEmpty());
}

void TestPulseFilter::bindsOnePlaceholderPerValue_data()
{
    QTest::addColumn<PulseFilter>("filter");
    QTest::newRow("text") << PulseFilter{.text = u"Evil.COM"_s};
    QTest::newRow("short text") << PulseFilter{.text = u"ab"_s};
    QTest::newRow("everything") << PulseFilter{.text = u"x"_s,
                                               .tlp = u"red"_s,
                                               .adversary = u"apt"_s,
                                               .malwareFamily = u"emotet"_s,
                                               .attackId = u"T1566"_s,
                                               .tag = u"phishing"_s,
                                               .modifiedFromMs = 1,
                                               .modifiedToMs = 2};
}

void TestPulseFilter::bindsOnePlaceholderPerValue()
{
    QFETCH(PulseFilter, filter);
    const SqlCondition c = filter.toSql(u"q"_s);
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.sql.count(u'?'), c.bindings.size());
    QVERIFY(c.sql.contains(u"q.name"_s));
    QVERIFY(!c.sql.contains(u"p."_s));
}

void TestPulseFilter::prefixBoundSortsAfterContinuations()
{
    const QString prefix = u"host12"_s;
    const QString bound = PulseFilterSql::prefixUpperBound(prefix);
    // Compared as UTF-8 bytes, which is code-point order: SQLite's BINARY collation and
    // Postgres under a C.UTF-8 locale. (QString's own operator< compares UTF-16 units.)
    for (const QString &value : {u"host12"_s, u"host12.example.com"_s, u"host12\uffff"_s}) {
        QVERIFY(value.toUtf8() >= prefix.toUtf8());
        QVERIFY(value.toUtf8() < bound.toUtf8());
    }
    QVERIFY(u"host13"_s.toUtf8() > bound.toUtf8());
}

void TestPulseFilter::roundTripsThroughSettings()
{
    const PulseFilter f{.text = u"fin7"_s,
                        .tlp = u"amber"_s,
                        .adversary = u"Carbanak"_s,
                        .malwareFamily = u"Carbanak"_s,
                        .attackId = u"T1059"_s,
                        .tag = u"banking"_s,
                        .modifiedFromMs = 1700000000000,
                        .modifiedToMs = std::nullopt};
    QCOMPARE(PulseFilter::fromVariantMap(f.toVariantMap()), f);
    QCOMPARE(PulseFilter::fromVariantMap({}), PulseFilter{});
}

QTEST_APPLESS_MAIN(TestPulseFilter)
#include "TestPulseFilter.moc"
