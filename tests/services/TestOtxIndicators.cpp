#include "services/OtxIndicators.h"
#include "tests/support/Fixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    return Fixtures::load(u"otx/indicators/"_s + name).object();
}

/// A passive DNS time as the test reads it, apart from the code under test: the three formats
/// OTX used (space, `T` with an offset, naive `T`), all UTC.
qint64 dnsTime(QString text)
{
    text.replace(u' ', u'T');
    if (text.endsWith(u"+00:00"_s)) {
        text.chop(6);
    }
    QDateTime t = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

} // namespace

// Which endpoint and sections serve each OTX type, how a value goes into the path, and the
// summary drawn from recorded sections.
class TestOtxIndicators : public QObject
{
    Q_OBJECT

private slots:
    void endpoints_data();
    void endpoints();
    void pathsEncodeTheValue();
    void guessesPastedTypes_data();
    void guessesPastedTypes();
    void summaryOfRecordedSections_data();
    void summaryOfRecordedSections();
    void summaryNamesAndScores();
};

void TestOtxIndicators::endpoints_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("slug"); // empty: OTX cannot enrich it
    QTest::addColumn<int>("sections");
    // Section counts as otx-api.md §2.2 lists what the server names in `general`.
    QTest::newRow("IPv4") << u"IPv4"_s << u"8.8.8.8"_s << u"IPv4"_s << 8;
    QTest::newRow("IPv4-typed IPv6") << u"IPv4"_s << u"2001:db8::1"_s << u"IPv6"_s << 8;
    QTest::newRow("IPv6") << u"IPv6"_s << u"::ffff:808:808"_s << u"IPv6"_s << 8;
    QTest::newRow("domain") << u"domain"_s << u"spywaresite.info"_s << u"domain"_s << 7;
    QTest::newRow("hostname") << u"hostname"_s << u"mail.vspcord.com"_s << u"hostname"_s << 7;
    QTest::newRow("URL") << u"URL"_s << u"http://a.example/x"_s << u"url"_s << 4;
    QTest::newRow("MD5") << u"FileHash-MD5"_s << QString(32, u'a') << u"file"_s << 2;
    QTest::newRow("SHA1") << u"FileHash-SHA1"_s << QString(40, u'a') << u"file"_s << 2;
    QTest::newRow("SHA256") << u"FileHash-SHA256"_s << QString(64, u'a') << u"file"_s << 2;
    QTest::newRow("CVE") << u"CVE"_s << u"CVE-2014-0160"_s << u"cve"_s << 1;
    for (const QString &type : {u"email"_s,
                                u"URI"_s,
                                u"CIDR"_s,
                                u"FilePath"_s,
                                u"Mutex"_s,
                                u"FileHash-IMPHASH"_s,
                                u"FileHash-PEHASH"_s,
                                u"YARA"_s,
                                u"JA3"_s,
                                u"osquery"_s,
                                u"BitcoinAddress"_s,
                                u"SSLCertFingerprint"_s,
                                u"SomethingNew"_s}) {
        QTest::newRow(qPrintable(type)) << type << u"x"_s << QString() << 0;
    }
}

void TestOtxIndicators::endpoints()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, slug);
    QFETCH(int, sections);
    const auto endpoint = OtxIndicators::endpointFor(type, value);
    QCOMPARE(endpoint.has_value(), !slug.isEmpty());
    if (!endpoint) {
        return;
    }
    QCOMPARE(endpoint->slug, slug);
    QCOMPARE(endpoint->sections.size(), sections);
    QVERIFY(endpoint->sections.contains(u"general"_s));
    QVERIFY(!endpoint->preferred.isEmpty());
    for (const QString &s : endpoint->preferred) {
        QVERIFY2(endpoint->sections.contains(s), qPrintable(s));
    }
}

void TestOtxIndicators::pathsEncodeTheValue()
{
    const auto url = OtxIndicators::endpointFor(u"URL"_s, {}).value();
    QCOMPARE(OtxIndicators::path(url, u" http://a.example/x?y=1&z=2 "_s, u"general"_s),
             u"/api/v1/indicators/url/http%3A%2F%2Fa.example%2Fx%3Fy%3D1%26z%3D2/general"_s);
    const auto v6 = OtxIndicators::endpointFor(u"IPv6"_s, u"2001:db8::1"_s).value();
    QCOMPARE(OtxIndicators::path(v6, u"2001:db8::1"_s, u"geo"_s),
             u"/api/v1/indicators/IPv6/2001%3Adb8%3A%3A1/geo"_s);
    const auto name = OtxIndicators::endpointFor(u"domain"_s, {}).value();
    QCOMPARE(OtxIndicators::path(name, u"bücher.example"_s, u"general"_s),
             u"/api/v1/indicators/domain/b%C3%BCcher.example/general"_s);
}

void TestOtxIndicators::guessesPastedTypes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("ipv4") << u"203.0.113.9"_s << u"IPv4"_s;
    QTest::newRow("ipv4 spaces") << u"  203.0.113.9 "_s << u"IPv4"_s;
    QTest::newRow("short ipv4") << u"10.1"_s << QString();
    QTest::newRow("ipv6") << u"2001:db8::1"_s << u"IPv6"_s;
    QTest::newRow("url") << u"https://evil.example/a?b=c"_s << u"URL"_s;
    QTest::newRow("md5") << QString(32, u'A') << u"FileHash-MD5"_s;
    QTest::newRow("sha1") << QString(40, u'b') << u"FileHash-SHA1"_s;
    QTest::newRow("sha256") << QString(64, u'c') << u"FileHash-SHA256"_s;
    QTest::newRow("hex of no hash length") << QString(33, u'c') << QString();
    QTest::newRow("cve") << u"cve-2014-0160"_s << u"CVE"_s;
    QTest::newRow("email") << u"a@b.example"_s << u"email"_s;
    QTest::newRow("domain") << u"spywaresite.info"_s << u"domain"_s;
    QTest::newRow("domain with root dot") << u"spywaresite.info."_s << u"domain"_s;
    QTest::newRow("hostname") << u"mail.vspcord.com"_s << u"hostname"_s;
    QTest::newRow("idn hostname") << u"www.bücher.example"_s << u"hostname"_s;
    QTest::newRow("label with dash at end") << u"bad-.example"_s << QString();
    QTest::newRow("one word") << u"localhost"_s << QString();
    QTest::newRow("two words") << u"not a value"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOtxIndicators::guessesPastedTypes()
{
    QFETCH(QString, value);
    QFETCH(QString, type);
    QCOMPARE(OtxIndicators::guessType(value), type);
}

void TestOtxIndicators::summaryOfRecordedSections_data()
{
    QTest::addColumn<QString>("general");
    QTest::addColumn<QString>("passiveDns");
    QTest::newRow("8.8.8.8 2018") << u"ipv4_8.8.8.8_general_2018-03.json"_s
                                  << u"ipv4_8.8.8.8_passive_dns_2017-11-14.json"_s;
    QTest::newRow("8.8.8.8 2017") << u"ipv4_8.8.8.8_general_2017-11-14.json"_s
                                  << u"domain_jppost-tu.top_passive_dns_2020-08-01.json"_s;
    QTest::newRow("domain") << u"domain_spywaresite.info_general_2017-11-14.json"_s
                            << u"domain_jppost-tu.top_passive_dns_2022-06-18.json"_s;
    QTest::newRow("cve") << u"cve_CVE-2014-0160_general_2018-03.json"_s << QString();
}

void TestOtxIndicators::summaryOfRecordedSections()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, general);
    QFETCH(QString, passiveDns);
    QHash<QString, QJsonObject> sections;
    sections.insert(u"general"_s, fixture(general));
    QVERIFY(!sections[u"general"_s].isEmpty());
    if (!passiveDns.isEmpty()) {
        sections.insert(u"passive_dns"_s, fixture(passiveDns));
    }
    const OtxIndicators::Summary s = OtxIndicators::summarise(sections);

    // Expected values, read from the JSON directly.
    const QJsonObject g = sections[u"general"_s];
    QCOMPARE(s.pulseCount, std::optional<int>(g[u"pulse_info"_s][u"count"_s].toInt()));
    QCOMPARE(s.country, g[u"country_name"_s].toString());
    QCOMPARE(s.asn, g[u"asn"_s].toString());
    QStringList adversaries;
    for (const QJsonValue &p : g[u"pulse_info"_s][u"pulses"_s].toArray()) {
        const QString a = p[u"adversary"_s].toString();
        if (!a.isEmpty() && !adversaries.contains(a, Qt::CaseInsensitive)) {
            adversaries.append(a);
        }
    }
    QCOMPARE(s.adversaries, adversaries);
    if (passiveDns.isEmpty()) {
        QVERIFY(!s.firstSeenMs && !s.lastSeenMs);
        return;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QJsonValue &r : sections[u"passive_dns"_s][u"passive_dns"_s].toArray()) {
        first = std::min(first, dnsTime(r[u"first"_s].toString()));
        last = std::max(last, dnsTime(r[u"last"_s].toString()));
    }
    QCOMPARE(s.firstSeenMs, std::optional<qint64>(first));
    QCOMPARE(s.lastSeenMs, std::optional<qint64>(last));
}

void TestOtxIndicators::summaryNamesAndScores()
{
    OTXDESK_REQUIRE_FIXTURES();
    // The reputation section's threat score wins over general's integer.
    const QJsonObject reputation = fixture(u"ipv4_69.73.130.198_reputation_2017-02-01.json"_s);
    QHash<QString, QJsonObject> sections{
            {u"general"_s, QJsonObject{{u"reputation"_s, 0}}},
            {u"reputation"_s, reputation},
    };
    QCOMPARE(OtxIndicators::summarise(sections).reputation,
             std::optional<int>(reputation[u"reputation"_s][u"threat_score"_s].toInt()));
    // A null reputation section leaves general's value.
    sections[u"reputation"_s] = fixture(u"ipv4_8.8.8.8_reputation_null_2017-11-16.json"_s);
    QCOMPARE(OtxIndicators::summarise(sections).reputation, std::optional<int>(0));

    // Names in both shapes OTX uses, de-duplicated in order of appearance.
    const QJsonObject general{
            {u"pulse_info"_s,
             QJsonObject{
                     {u"count"_s, 2},
                     {u"pulses"_s,
                      QJsonArray{
                              QJsonObject{
                                      {u"adversary"_s, u"APT 28"_s},
                                      {u"malware_families"_s,
                                       QJsonArray{QJsonObject{{u"id"_s, u"X-Agent"_s},
                                                              {u"display_name"_s, u"X-Agent"_s}}}},
                                      {u"attack_ids"_s,
                                       QJsonArray{QJsonObject{
                                               {u"id"_s, u"T1566"_s},
                                               {u"display_name"_s, u"T1566 - Phishing"_s}}}}},
                              QJsonObject{{u"adversary"_s, u"apt 28"_s},
                                          {u"malware_families"_s,
                                           QJsonArray{u"x-agent"_s, u"Zebrocy"_s}},
                                          {u"attack_ids"_s, QJsonArray{u"T1566"_s, u"T1059"_s}}},
                      }},
                     {u"related"_s,
                      QJsonObject{{u"other"_s,
                                   QJsonObject{{u"adversary"_s, QJsonArray{u"Sofacy"_s}},
                                               {u"malware_families"_s, QJsonArray{}}}}}},
             }},
    };
    const OtxIndicators::Summary s = OtxIndicators::summarise({{u"general"_s, general}});
    QCOMPARE(s.pulseCount, std::optional<int>(2));
    QCOMPARE(s.adversaries, (QStringList{u"APT 28"_s, u"Sofacy"_s}));
    QCOMPARE(s.malwareFamilies, (QStringList{u"X-Agent"_s, u"Zebrocy"_s}));
    QCOMPARE(s.attackIds, (QStringList{u"T1566"_s, u"T1059"_s}));
    QVERIFY(!s.reputation);
    QVERIFY(s.country.isEmpty());
}

QTEST_GUILESS_MAIN(TestOtxIndicators)
#include "TestOtxIndicators.moc"
