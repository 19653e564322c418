#include "models/IndicatorNormalizer.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIndicatorNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();
    void ipv6MatchesQHostAddress_data();
    void ipv6MatchesQHostAddress();
};

void TestIndicatorNormalizer::normalizes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("md5 upper") << u"FileHash-MD5"_s << u" D41D8CD98F00B204E9800998ECF8427E "_s
                               << u"d41d8cd98f00b204e9800998ecf8427e"_s;
    QTest::newRow("domain dot") << u"domain"_s << u"Example.COM."_s << u"example.com"_s;
    QTest::newRow("hostname") << u"hostname"_s << u"Mail.Example.org"_s << u"mail.example.org"_s;
    QTest::newRow("email") << u"email"_s << u"Admin@Example.org"_s << u"admin@example.org"_s;
    QTest::newRow("url kept") << u"URL"_s << u" http://Example.com/A "_s
                              << u"http://Example.com/A"_s;
    QTest::newRow("ipv4 trimmed") << u"IPv4"_s << u"\t198.51.100.7\n"_s << u"198.51.100.7"_s;
    QTest::newRow("ipv6 full") << u"IPv6"_s << u"2001:0DB8:0000:0000:0000:0000:0000:0001"_s
                               << u"2001:db8::1"_s;
    QTest::newRow("ipv6 first longest run")
            << u"IPv6"_s << u"2001:db8:0:0:1:0:0:1"_s << u"2001:db8::1:0:0:1"_s;
    QTest::newRow("ipv6 single zero kept")
            << u"IPv6"_s << u"2001:db8:0:1:1:1:1:1"_s << u"2001:db8:0:1:1:1:1:1"_s;
    QTest::newRow("ipv6 not an address") << u"IPv6"_s << u"not-an-ip"_s << u"not-an-ip"_s;
    QTest::newRow("unknown type as given") << u"X-FutureType"_s << u" Keep ME "_s << u"Keep ME"_s;
    QTest::newRow("cve as given") << u"CVE"_s << u"cve-2021-44228"_s << u"cve-2021-44228"_s;
}

void TestIndicatorNormalizer::normalizes()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(IndicatorNormalizer::normalize(type, value), expected);
}

void TestIndicatorNormalizer::ipv6MatchesQHostAddress_data()
{
    QTest::addColumn<QString>("address");
    for (const QString &a : {u"::1"_s,
                             u"::"_s,
                             u"fe80:0:0:0:0:0:0:1"_s,
                             u"2001:db8:85a3:0:0:8a2e:370:7334"_s,
                             u"2001:DB8:0:0:0:0:2:1"_s,
                             u"1:0:0:2:0:0:0:3"_s,
                             u"0:0:0:0:0:0:0:5"_s,
                             u"5:0:0:0:0:0:0:0"_s}) {
        QTest::newRow(qPrintable(a)) << a;
    }
}

void TestIndicatorNormalizer::ipv6MatchesQHostAddress()
{
    // QHostAddress (QtNetwork, not linked by models) writes RFC 5952 text: an independent oracle.
    QFETCH(QString, address);
    QCOMPARE(IndicatorNormalizer::compressIpv6(address), QHostAddress(address).toString());
}

QTEST_GUILESS_MAIN(TestIndicatorNormalizer)
#include "TestIndicatorNormalizer.moc"
