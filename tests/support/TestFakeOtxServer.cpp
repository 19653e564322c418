#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray TEST_KEY = "0000000000000000000000000000000000000000000000000000000000000003";
const QString SUBSCRIBED = u"/api/v1/pulses/subscribed"_s;

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray retryAfter;
    bool hasRetryAfter = false;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
};

QString pulseId(const QJsonObject &pulse)
{
    return pulse[u"id"_s].toString(pulse[u"_id"_s].toString());
}

// Three pulses around one instant, as in field case F01 (fraction present or not).
QList<QJsonObject> threeTimestampPulses()
{
    const auto pulse = [](const char *id, const char *modified) {
        return QJsonObject{{u"id"_s, QString::fromLatin1(id)},
                           {u"name"_s, u"Timestamp pulse"_s},
                           {u"modified"_s, QString::fromLatin1(modified)},
                           {u"indicators"_s, QJsonArray{}}};
    };
    return {pulse("65a500000000000000000001", "2024-01-15T10:00:00"),
            pulse("65a500000000000000000002", "2024-01-15T09:59:59.900000"),
            pulse("65a500000000000000000003", "2024-01-15T10:00:00.123456")};
}

} // namespace

class TestFakeOtxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fixturesRootFollowsEnvironment();
    void captureDateRank_data();
    void captureDateRank();
    void corpusKeepsLatestCapture();
    void expectedCountsMatchPython();
    void rfc5952_data();
    void rfc5952();
    void normalisedValue_data();
    void normalisedValue();

    void pagingCoversTheCorpus_data();
    void pagingCoversTheCorpus();
    void pagesOutOfRangeAreInvalid();
    void modifiedSinceKeepsStrictlyLater_data();
    void modifiedSinceKeepsStrictlyLater();
    void modifiedSinceOnTheCorpus();
    void upsertKeepsServingOrder();
    void keyIsRequired();
    void faultsReachTheClient_data();
    void faultsReachTheClient();
    void droppedConnectionsAreNeverResent();
    void faultsCountFromInjection();
    void pulseDetails();
    void indicatorsArePaged();
    void embeddedLimitMakesPulsesIncomplete();
    void searchMatchesNameDescriptionTags();
    void searchPagesAndSorts();
    void otherPathsAndMethods();

private:
    Response get(const QString &pathAndQuery, const QByteArray &key = TEST_KEY);
    Response getUrl(const QUrl &url, const QByteArray &key = TEST_KEY);
    QUrl url(const QString &pathAndQuery) const;

    FakeOtxServer *m_fake = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void TestFakeOtxServer::init()
{
    m_fake = new FakeOtxServer(this);
    m_fake->setApiKey(QString::fromLatin1(TEST_KEY));
    QVERIFY(m_fake->listen() != 0);
    m_nam = new QNetworkAccessManager(this);
    m_nam->setProxy(QNetworkProxy::NoProxy); // only ever the fake on 127.0.0.1
}

void TestFakeOtxServer::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
    delete m_fake;
    m_fake = nullptr;
}

QUrl TestFakeOtxServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_fake->baseUrl().toString() + pathAndQuery);
}

Response TestFakeOtxServer::get(const QString &pathAndQuery, const QByteArray &key)
{
    return getUrl(url(pathAndQuery), key);
}

Response TestFakeOtxServer::getUrl(const QUrl &target, const QByteArray &key)
{
    Response r;
    QNetworkRequest request(target);
    if (!key.isEmpty()) {
        request.setRawHeader("X-OTX-API-KEY", key);
    }
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    r.finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
    if (!r.finished) {
        return r;
    }
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.hasRetryAfter = reply->hasRawHeader("Retry-After");
    r.retryAfter = reply->rawHeader("Retry-After");
    r.body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonOk = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    return r;
}

void TestFakeOtxServer::fixturesRootFollowsEnvironment()
{
    const QByteArray saved = qgetenv("OTXDESK_FIXTURES");
    const bool wasSet = qEnvironmentVariableIsSet("OTXDESK_FIXTURES");
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("OTXDESK_FIXTURES", (empty.path() + u"/sub/.."_s).toLocal8Bit());
    QCOMPARE(Fixtures::root(), QDir::cleanPath(empty.path()));
    QVERIFY(!Fixtures::available());
    QVERIFY(Fixtures::missingMessage().contains(QDir::toNativeSeparators(empty.path())));
    QVERIFY(Fixtures::missingMessage().contains(u"OTXDESK_FIXTURES"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Fixture could not be opened: "_s));
    QVERIFY(Fixtures::load(u"otx/none.json"_s).isNull());
    if (wasSet) {
        qputenv("OTXDESK_FIXTURES", saved);
    } else {
        qunsetenv("OTXDESK_FIXTURES");
    }
    if (!wasSet) {
        // The default: the shared folder next to the source tree.
        QVERIFY(Fixtures::root().endsWith(u"/shared/fixtures"_s));
    }
}

void TestFakeOtxServer::captureDateRank_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("rank");
    QTest::newRow("day") << u"subscribed_page1_limit20_2016-01-24_2pulses.json"_s << 20160124;
    QTest::newRow("month") << u"pulse_details_57204e9b3c4c3e015d93cb12_2018-03.json"_s << 20180300;
    QTest::newRow("month, then a count")
            << u"subscribed_page1_2025-03_5pulses_count6891.json"_s << 20250300;
    QTest::newRow("day, then more words")
            << u"subscribed_page1_2018-03-06_5pulses_incl-622-IPv4-honeypot-pulse.json"_s
            << 20180306;
    QTest::newRow("intelmq year range")
            << u"pulse_list_2015-2017_mixed-schema_intelmq.json"_s << 20170000;
    QTest::newRow("no date") << u"pulses.json"_s << 0;
}

void TestFakeOtxServer::captureDateRank()
{
    QFETCH(QString, fileName);
    QFETCH(int, rank);
    QCOMPARE(FakeOtxServer::captureDateRank(fileName), rank);
}

void TestFakeOtxServer::corpusKeepsLatestCapture()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const QList<QJsonObject> pulses = m_fake->pulses();
    QCOMPARE(pulses.size(), 34); // python3: distinct ids over pulse objects with `indicators`
    QSet<QString> ids;
    for (const QJsonObject &p : pulses) {
        QVERIFY(p[u"indicators"_s].isArray());
        ids.insert(pulseId(p));
    }
    QCOMPARE(ids.size(), pulses.size());
    // Served newest `modified` first.
    for (qsizetype i = 1; i < pulses.size(); ++i) {
        QVERIFY2(pulses[i - 1][u"modified"_s].toString().left(19)
                         >= pulses[i][u"modified"_s].toString().left(19),
                 qPrintable(pulseId(pulses[i])));
    }
    const auto find = [&](const QString &id) {
        for (const QJsonObject &p : pulses) {
            if (pulseId(p) == id) {
                return p;
            }
        }
        return QJsonObject();
    };
    // 2016-01-24 lists 38 rows (7 repeated), the 2017-01-11 capture 31: the later one wins.
    QCOMPARE(find(u"56a3cbf84637f23551f3be3c"_s)[u"indicators"_s].toArray().size(), 31);
    // Three captures 2016-10-04 / 2017-01-11 / 2017-11-13: only the last has an int revision.
    QVERIFY(find(u"55b13b6ab45ff52d687ccc3c"_s)[u"industries"_s].isArray());
    // 2017-11-16 vs 2018-03: the 2018 capture.
    QCOMPARE(find(u"57204e9b3c4c3e015d93cb12"_s)[u"public"_s].toInt(), 1);
}

void TestFakeOtxServer::expectedCountsMatchPython()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts counts = ExpectedCorpus::expectedFor(m_fake->pulses());
    // Computed with python3 over shared/fixtures/otx/pulses/*.json: latest capture per pulse
    // id, values trimmed, hashes/domain/hostname/email lower-cased, trailing dots dropped on
    // domain/hostname, IPv6 via ipaddress (none in the corpus). 1802 rows in 34 pulses.
    QCOMPARE(counts.pulses, 34);
    QCOMPARE(counts.indicators, 1781);
    QCOMPARE(counts.links, 1802);
    const QMap<QString, int> byType = {{u"CVE"_s, 11},
                                       {u"FileHash-MD5"_s, 187},
                                       {u"FileHash-SHA1"_s, 125},
                                       {u"FileHash-SHA256"_s, 334},
                                       {u"IPv4"_s, 913},
                                       {u"URI"_s, 2},
                                       {u"URL"_s, 135},
                                       {u"YARA"_s, 1},
                                       {u"domain"_s, 19},
                                       {u"email"_s, 8},
                                       {u"hostname"_s, 46}};
    QCOMPARE(counts.indicatorsByType, byType);

    // A pulse given twice counts once, and its links merge.
    QList<QJsonObject> twice = m_fake->pulses();
    twice.append(twice.first());
    const ExpectedCounts again = ExpectedCorpus::expectedFor(twice);
    QCOMPARE(again.pulses, 34);
    QCOMPARE(again.links, 1802);
}

void TestFakeOtxServer::rfc5952_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("leading zeros, longest run")
            << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s;
    QTest::newRow("first of equal runs") << u"2001:db8:0:0:1:0:0:1"_s << u"2001:db8::1:0:0:1"_s;
    QTest::newRow("longer run wins") << u"2001:0:0:1:0:0:0:1"_s << u"2001:0:0:1::1"_s;
    QTest::newRow("single zero group stays")
            << u"2001:db8:0:1:1:1:1:1"_s << u"2001:db8:0:1:1:1:1:1"_s;
    QTest::newRow("upper case") << u"2001:DB8::AB"_s << u"2001:db8::ab"_s;
    QTest::newRow("unspecified") << u"0:0:0:0:0:0:0:0"_s << u"::"_s;
    QTest::newRow("loopback") << u"0:0:0:0:0:0:0:1"_s << u"::1"_s;
    QTest::newRow("trailing run") << u"1:0:0:0:0:0:0:0"_s << u"1::"_s;
    QTest::newRow("IPv4-mapped") << u"0:0:0:0:0:ffff:808:808"_s << u"::ffff:8.8.8.8"_s;
    QTest::newRow("IPv4 is not IPv6") << u"8.8.8.8"_s << QString();
    QTest::newRow("not an address") << u"2001:db8::g"_s << QString();
}

void TestFakeOtxServer::rfc5952()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ExpectedCorpus::rfc5952(input), expected);
}

void TestFakeOtxServer::normalisedValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("domain") << u"domain"_s << u" Example.COM.. "_s << u"example.com"_s;
    QTest::newRow("hostname") << u"hostname"_s << u"Mail.Example.org."_s << u"mail.example.org"_s;
    QTest::newRow("email") << u"email"_s << u"Ops@Example.ORG"_s << u"ops@example.org"_s;
    QTest::newRow("hash") << u"FileHash-SHA256"_s << u"ABCDEF\t"_s << u"abcdef"_s;
    QTest::newRow("IPv6") << u"IPv6"_s << u" 2001:DB8:0:0:0:0:0:1"_s << u"2001:db8::1"_s;
    QTest::newRow("bad IPv6 as given") << u"IPv6"_s << u"zz::1"_s << u"zz::1"_s;
    QTest::newRow("URL keeps case")
            << u"URL"_s << u" http://Example.com/A. "_s << u"http://Example.com/A."_s;
    QTest::newRow("IPv4 as given") << u"IPv4"_s << u"010.0.0.1"_s << u"010.0.0.1"_s;
    QTest::newRow("CVE as given") << u"CVE"_s << u"cve-2014-0160"_s << u"cve-2014-0160"_s;
    QTest::newRow("unknown type") << u"JA3"_s << u"ABC."_s << u"ABC."_s;
}

void TestFakeOtxServer::normalisedValue()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ExpectedCorpus::normalisedValue(type, value), expected);
}

void TestFakeOtxServer::pagingCoversTheCorpus_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("server default") << QString() << 5;
    QTest::newRow("limit=7") << u"?limit=7"_s << 7;
    QTest::newRow("limit=50") << u"?limit=50"_s << 50;
    QTest::newRow("bad limit falls back") << u"?limit=abc"_s << 5;
}

void TestFakeOtxServer::pagingCoversTheCorpus()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, query);
    QFETCH(int, pageSize);
    QVERIFY(m_fake->loadFixtureCorpus());
    const QList<QJsonObject> corpus = m_fake->pulses();

    QStringList seen;
    QUrl next = url(SUBSCRIBED + query);
    QJsonValue previous;
    int pages = 0;
    while (next.isValid()) {
        const Response r = getUrl(next);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QVERIFY(r.jsonOk);
        ++pages;
        QCOMPARE(r.json[u"count"_s].toInt(), corpus.size());
        QCOMPARE(r.json[u"prefetch_pulse_ids"_s], QJsonValue(false));
        QVERIFY(r.json.contains(u"t"_s) && r.json.contains(u"t2"_s) && r.json.contains(u"t3"_s));
        const QJsonArray results = r.json[u"results"_s].toArray();
        QVERIFY(results.size() <= pageSize);
        for (const QJsonValue &p : results) {
            seen.append(pulseId(p.toObject()));
        }
        if (pages == 1) {
            QVERIFY(r.json[u"previous"_s].isNull());
        } else {
            QVERIFY(r.json[u"previous"_s].toString().startsWith(m_fake->baseUrl().toString()));
        }
        if (pages == 2) {
            // DRF drops `page` from the link back to page 1 and keeps the rest of the query.
            const QUrl back(r.json[u"previous"_s].toString());
            QVERIFY(!QUrlQuery(back).hasQueryItem(u"page"_s));
            QCOMPARE(back.path(), SUBSCRIBED);
        }
        const QJsonValue link = r.json[u"next"_s];
        QVERIFY(link.isNull() || link.toString().startsWith(m_fake->baseUrl().toString()));
        next = link.isNull() ? QUrl() : QUrl(link.toString());
        QVERIFY(pages < 100);
    }
    QCOMPARE(pages, int((corpus.size() + pageSize - 1) / pageSize));
    QStringList expected;
    for (const QJsonObject &p : corpus) {
        expected.append(pulseId(p));
    }
    QCOMPARE(seen, expected); // every pulse once, in serving order
}

void TestFakeOtxServer::pagesOutOfRangeAreInvalid()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    for (const QString &page : {u"8"_s, u"0"_s, u"-1"_s, u"two"_s}) {
        const Response r = get(SUBSCRIBED + u"?page="_s + page);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, (QJsonObject{{u"detail"_s, u"Invalid page."_s}}));
    }
    const Response last = get(SUBSCRIBED + u"?page=last"_s);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json[u"results"_s].toArray().size(), 4); // 34 = 6 * 5 + 4
    QVERIFY(last.json[u"next"_s].isNull());

    m_fake->setPulses({});
    const Response empty = get(SUBSCRIBED);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json[u"count"_s].toInt(), 0);
    QVERIFY(empty.json[u"results"_s].toArray().isEmpty());
    QVERIFY(empty.json[u"next"_s].isNull());
    QCOMPARE(get(SUBSCRIBED + u"?page=2"_s).status, 404);
}

void TestFakeOtxServer::modifiedSinceKeepsStrictlyLater_data()
{
    QTest::addColumn<QByteArray>("encoded"); // the query value exactly as sent
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("ids");
    const QString a = u"65a500000000000000000001"_s; // 10:00:00
    const QString b = u"65a500000000000000000002"_s; // 09:59:59.900000
    const QString c = u"65a500000000000000000003"_s; // 10:00:00.123456
    const auto enc = [](const char *text) {
        return QUrl::toPercentEncoding(QString::fromLatin1(text));
    };
    QTest::newRow("naive equal is not later")
            << enc("2024-01-15T10:00:00") << 200 << QStringList{c};
    QTest::newRow("Z") << enc("2024-01-15T10:00:00Z") << 200 << QStringList{c};
    QTest::newRow("+00:00 encoded") << enc("2024-01-15T10:00:00+00:00") << 200 << QStringList{c};
    QTest::newRow("+00:00 raw, read as a space")
            << QByteArray("2024-01-15T10:00:00+00:00") << 200 << QStringList{c};
    QTest::newRow("+02:00") << enc("2024-01-15T11:59:59.950+02:00") << 200 << QStringList{c, a};
    QTest::newRow("-01:30") << enc("2024-01-15T08:29:59.8-01:30") << 200 << QStringList{c, a, b};
    QTest::newRow("microseconds, equal")
            << enc("2024-01-15T10:00:00.123456") << 200 << QStringList{};
    QTest::newRow("microseconds, one less")
            << enc("2024-01-15T10:00:00.123455Z") << 200 << QStringList{c};
    QTest::newRow("seven digits (.NET)")
            << enc("2024-01-15T09:59:59.9000000Z") << 200 << QStringList{c, a};
    QTest::newRow("empty means no filter") << QByteArray() << 200 << QStringList{c, a, b};
    QTest::newRow("not a date") << enc("yesterday") << 400 << QStringList{};
}

void TestFakeOtxServer::modifiedSinceKeepsStrictlyLater()
{
    QFETCH(QByteArray, encoded);
    QFETCH(int, status);
    QFETCH(QStringList, ids);
    m_fake->setPulses(threeTimestampPulses());
    const QUrl target = QUrl::fromEncoded(m_fake->baseUrl().toEncoded() + SUBSCRIBED.toLatin1()
                                          + "?modified_since=" + encoded);
    const Response r = getUrl(target);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    if (status != 200) {
        return;
    }
    QStringList got;
    for (const QJsonValue &p : r.json[u"results"_s].toArray()) {
        got.append(pulseId(p.toObject()));
    }
    QCOMPARE(got, ids);
    QCOMPARE(r.json[u"count"_s].toInt(), ids.size());
}

void TestFakeOtxServer::modifiedSinceOnTheCorpus()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const QString newest = m_fake->pulses().first()[u"modified"_s].toString();
    QUrlQuery query;
    query.addQueryItem(u"modified_since"_s, newest);
    Response r = get(SUBSCRIBED + u'?' + query.toString(QUrl::FullyEncoded));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"count"_s].toInt(), 0);
    r = get(SUBSCRIBED + u"?modified_since=1970-01-01T00%3A00%3A00Z&limit=2"_s);
    QCOMPARE(r.json[u"count"_s].toInt(), m_fake->pulses().size());
    // The filter is repeated in the links, encoded as Python's urlencode would.
    QVERIFY(r.json[u"next"_s].toString().endsWith(
            u"?modified_since=1970-01-01T00%3A00%3A00Z&limit=2&page=2"_s));
    const QUrl second(r.json[u"next"_s].toString());
    r = getUrl(second);
    QCOMPARE(r.status, 200);
    QCOMPARE(QUrl(r.json[u"previous"_s].toString()).query(),
             u"modified_since=1970-01-01T00%3A00%3A00Z&limit=2"_s);
}

void TestFakeOtxServer::upsertKeepsServingOrder()
{
    m_fake->setPulses(threeTimestampPulses());
    QCOMPARE(pulseId(m_fake->pulses().first()), u"65a500000000000000000003"_s);
    QJsonObject changed = m_fake->pulses().last();
    changed[u"modified"_s] = u"2024-01-16T00:00:00.000001"_s;
    m_fake->upsertPulse(changed);
    QCOMPARE(m_fake->pulses().size(), 3);
    QCOMPARE(pulseId(m_fake->pulses().first()), u"65a500000000000000000002"_s);
    m_fake->upsertPulse(QJsonObject{{u"_id"_s, u"55e6bfb14637f22cb605746e"_s},
                                    {u"modified"_s, u"2015-09-02T09:22:22.976000"_s},
                                    {u"indicators"_s, QJsonArray{}}});
    QCOMPARE(m_fake->pulses().size(), 4);
    QCOMPARE(pulseId(m_fake->pulses().last()), u"55e6bfb14637f22cb605746e"_s);
    // A legacy `_id` pulse is found by that id.
    QCOMPARE(get(u"/api/v1/pulses/55e6bfb14637f22cb605746e"_s).status, 200);
}

void TestFakeOtxServer::keyIsRequired()
{
    m_fake->setPulses(threeTimestampPulses());
    const QJsonObject denied{{u"detail"_s, u"Authentication required"_s}};
    Response r = get(SUBSCRIBED, QByteArray());
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error, QNetworkReply::ContentAccessDenied);
    QCOMPARE(r.json, denied);
    r = get(SUBSCRIBED, "wrong");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json, denied);
    QCOMPARE(get(u"/api/v1/search/pulses?q=x"_s, QByteArray()).status, 403);
    r = get(SUBSCRIBED);
    QCOMPARE(r.status, 200);

    // The header name in any case.
    QNetworkRequest request(url(SUBSCRIBED));
    request.setRawHeader("x-otx-api-key", TEST_KEY);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    const QList<FakeOtxServer::RecordedRequest> seen = m_fake->requests();
    QCOMPARE(seen.size(), 5);
    QVERIFY(!seen[0].hadKey && !seen[0].keyMatched);
    QVERIFY(seen[1].hadKey && !seen[1].keyMatched);
    QCOMPARE(seen[2].path, u"/api/v1/search/pulses"_s);
    QCOMPARE(seen[2].query.queryItemValue(u"q"_s), u"x"_s);
    QVERIFY(seen[3].hadKey && seen[3].keyMatched);
    QVERIFY(seen[4].keyMatched);
    m_fake->clearRequests();
    QVERIFY(m_fake->requests().isEmpty());

    // Without a configured key everything is served, and nothing "matches".
    m_fake->setApiKey(QString());
    QCOMPARE(get(SUBSCRIBED, QByteArray()).status, 200);
    QVERIFY(!m_fake->requests().first().keyMatched);
}

void TestFakeOtxServer::faultsReachTheClient_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("429") << int(FakeOtxServer::Fault::TooManyRequests);
    QTest::newRow("429 Retry-After") << int(FakeOtxServer::Fault::TooManyRequestsRetryAfter);
    QTest::newRow("500") << int(FakeOtxServer::Fault::InternalError);
    QTest::newRow("504") << int(FakeOtxServer::Fault::GatewayTimeout);
    QTest::newRow("truncated JSON") << int(FakeOtxServer::Fault::TruncatedJson);
    QTest::newRow("dropped connection") << int(FakeOtxServer::Fault::DropConnection);
}

void TestFakeOtxServer::faultsReachTheClient()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(int, fault);
    using Fault = FakeOtxServer::Fault;
    QVERIFY(m_fake->loadFixtureCorpus());
    m_fake->setRetryAfterSeconds(7);
    m_fake->injectFault(SUBSCRIBED, 2, Fault(fault));

    const Response before = get(SUBSCRIBED);
    QCOMPARE(before.status, 200);
    QVERIFY(before.jsonOk);
    const Response r = get(SUBSCRIBED);
    QVERIFY(r.finished);
    switch (Fault(fault)) {
    case Fault::TooManyRequests:
    case Fault::TooManyRequestsRetryAfter:
        QCOMPARE(r.status, 429);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.json, (QJsonObject{{u"detail"_s, u"Request was throttled."_s}}));
        QCOMPARE(r.hasRetryAfter, Fault(fault) == Fault::TooManyRequestsRetryAfter);
        if (r.hasRetryAfter) {
            QCOMPARE(r.retryAfter, QByteArray("7"));
        }
        break;
    case Fault::InternalError:
        QCOMPARE(r.status, 500);
        QCOMPARE(r.error, QNetworkReply::InternalServerError);
        QVERIFY(!r.jsonOk);
        QVERIFY(r.contentType.startsWith("text/html"));
        break;
    case Fault::GatewayTimeout:
        QCOMPARE(r.status, 504);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(!r.jsonOk);
        QVERIFY(r.body.contains("504 Gateway Time-out"));
        break;
    case Fault::TruncatedJson: {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.body.size(), before.body.size() / 2);
        QVERIFY(!r.jsonOk);
        break;
    }
    case Fault::DropConnection:
        // A transport error, not an HTTP status: the reply ends before its body does.
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(r.body.size() < before.body.size());
        break;
    }
    // Once only: the next request is served again, on whatever connection QNAM picks.
    const Response after = get(SUBSCRIBED);
    QCOMPARE(after.status, 200);
    QVERIFY(after.jsonOk);
    QCOMPARE(m_fake->requests().size(), 3); // QNAM resent nothing behind our back
}

void TestFakeOtxServer::droppedConnectionsAreNeverResent()
{
    // QNAM resends a request by itself when a connection closes before any response byte;
    // the fault must not be absorbed that way, fresh or reused connection alike.
    m_fake->setPulses(threeTimestampPulses());
    const int rounds = 25;
    for (int i = 0; i < rounds; ++i) {
        m_fake->injectFault(SUBSCRIBED, 1, FakeOtxServer::Fault::DropConnection);
        const Response dropped = get(SUBSCRIBED);
        QVERIFY(dropped.finished);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
        const Response fine = get(SUBSCRIBED);
        QCOMPARE(fine.status, 200);
    }
    QCOMPARE(m_fake->requests().size(), 2 * rounds);
}

void TestFakeOtxServer::faultsCountFromInjection()
{
    m_fake->setPulses(threeTimestampPulses());
    QCOMPARE(get(SUBSCRIBED).status, 200); // before the injection: not counted
    // Requests 1, 2 and 3 from here on, as a client test injects "fault on every attempt".
    for (int nth = 1; nth <= 3; ++nth) {
        m_fake->injectFault(SUBSCRIBED, nth, FakeOtxServer::Fault::InternalError);
    }
    QCOMPARE(get(u"/api/v1/search/pulses"_s).status, 200); // another prefix: not counted
    QCOMPARE(get(SUBSCRIBED).status, 500);
    QCOMPARE(get(SUBSCRIBED + u"?page=1"_s).status, 500);
    QCOMPARE(get(SUBSCRIBED).status, 500);
    QCOMPARE(get(SUBSCRIBED).status, 200);

    // Two faults due on the same request: the earlier fires, the other on the next one.
    m_fake->injectFault(SUBSCRIBED, 1, FakeOtxServer::Fault::GatewayTimeout);
    m_fake->injectFault(SUBSCRIBED, 1, FakeOtxServer::Fault::TooManyRequests);
    QCOMPARE(get(SUBSCRIBED).status, 504);
    QCOMPARE(get(SUBSCRIBED).status, 429);
    QCOMPARE(get(SUBSCRIBED).status, 200);

    // Faults come before the key check, and faulted requests are recorded too.
    m_fake->clearRequests();
    m_fake->injectFault(SUBSCRIBED, 1, FakeOtxServer::Fault::TooManyRequests);
    QCOMPARE(get(SUBSCRIBED, QByteArray()).status, 429);
    QCOMPARE(m_fake->requests().size(), 1);
    m_fake->injectFault(SUBSCRIBED, 1, FakeOtxServer::Fault::InternalError);
    m_fake->clearFaults();
    QCOMPARE(get(SUBSCRIBED).status, 200);
}

void TestFakeOtxServer::pulseDetails()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    for (const QJsonObject &pulse : m_fake->pulses()) {
        const Response r = get(u"/api/v1/pulses/"_s + pulseId(pulse));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, pulse);
    }
    const QString id = pulseId(m_fake->pulses().first());
    QCOMPARE(get(u"/api/v1/pulses/"_s + id + u'/').status, 200);
    const Response missing = get(u"/api/v1/pulses/ffffffffffffffffffffffff"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(missing.json, (QJsonObject{{u"detail"_s, u"Not found."_s}}));
}

void TestFakeOtxServer::indicatorsArePaged()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    QJsonObject big;
    for (const QJsonObject &p : m_fake->pulses()) {
        if (p[u"indicators"_s].toArray().size() > 25) {
            big = p;
            break;
        }
    }
    QVERIFY(!big.isEmpty());
    const QString id = pulseId(big);
    const QJsonArray all = big[u"indicators"_s].toArray();

    // Without `limit`: 10 per page, as recorded; follow `next` to the end.
    QStringList values;
    QUrl next = url(u"/api/v1/pulses/"_s + id + u"/indicators"_s);
    int pages = 0;
    while (next.isValid()) {
        const Response r = getUrl(next);
        QCOMPARE(r.status, 200);
        ++pages;
        QCOMPARE(r.json[u"count"_s].toInt(), all.size());
        const QJsonArray rows = r.json[u"results"_s].toArray();
        QVERIFY(rows.size() <= 10);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[u"pulse_key"_s].toString(), id);
            values.append(row[u"indicator"_s].toString());
        }
        next = r.json[u"next"_s].isNull() ? QUrl() : QUrl(r.json[u"next"_s].toString());
        QVERIFY(pages < 1000);
    }
    QCOMPARE(pages, int((all.size() + 9) / 10));
    QStringList expected;
    for (const QJsonValue &row : all) {
        expected.append(row[u"indicator"_s].toString());
    }
    QCOMPARE(values, expected);

    const Response one = get(u"/api/v1/pulses/"_s + id + u"/indicators?limit=1000&page=1"_s);
    QCOMPARE(one.json[u"results"_s].toArray().size(), all.size());
    QVERIFY(one.json[u"next"_s].isNull());
    QCOMPARE(get(u"/api/v1/pulses/"_s + id + u"/indicators?limit=1000&page=2"_s).status, 404);
    QCOMPARE(get(u"/api/v1/pulses/ffffffffffffffffffffffff/indicators"_s).status, 404);

    // Inactive rows are hidden unless asked for.
    QJsonObject withInactive{{u"id"_s, u"65a5000000000000000000aa"_s},
                             {u"modified"_s, u"2024-01-01T00:00:00"_s},
                             {u"indicators"_s,
                              QJsonArray{QJsonObject{{u"type"_s, u"IPv4"_s},
                                                     {u"indicator"_s, u"192.0.2.1"_s},
                                                     {u"is_active"_s, 1}},
                                         QJsonObject{{u"type"_s, u"IPv4"_s},
                                                     {u"indicator"_s, u"192.0.2.2"_s},
                                                     {u"is_active"_s, 0}}}}};
    m_fake->upsertPulse(withInactive);
    const QString path = u"/api/v1/pulses/65a5000000000000000000aa/indicators"_s;
    QCOMPARE(get(path).json[u"count"_s].toInt(), 1);
    QCOMPARE(get(path + u"?include_inactive=1"_s).json[u"count"_s].toInt(), 2);
}

void TestFakeOtxServer::embeddedLimitMakesPulsesIncomplete()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    QHash<QString, int> fullCounts;
    for (const QJsonObject &p : m_fake->pulses()) {
        fullCounts.insert(pulseId(p), int(p[u"indicators"_s].toArray().size()));
    }
    m_fake->setEmbeddedIndicatorLimit(3);

    int incomplete = 0;
    int seen = 0;
    QUrl next = url(SUBSCRIBED + u"?limit=10"_s);
    while (next.isValid()) {
        const Response r = getUrl(next);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json[u"results"_s].toArray()) {
            const QJsonObject p = v.toObject();
            const int full = fullCounts.value(pulseId(p));
            ++seen;
            QCOMPARE(p[u"indicators"_s].toArray().size(), std::min(full, 3));
            QCOMPARE(p[u"indicator_count"_s].toInt(), full);
            QCOMPARE(p[u"more_indicators"_s].toBool(), full > 3);
            incomplete += full > 3 ? 1 : 0;
        }
        next = r.json[u"next"_s].isNull() ? QUrl() : QUrl(r.json[u"next"_s].toString());
    }
    QCOMPARE(seen, fullCounts.size());
    QVERIFY(incomplete > 20);

    // Details are cut the same way; /indicators and pulses() keep everything.
    const QJsonObject first = m_fake->pulses().first();
    const QString id = pulseId(first);
    const Response details = get(u"/api/v1/pulses/"_s + id);
    QCOMPARE(details.json[u"indicators"_s].toArray().size(), std::min(fullCounts[id], 3));
    QCOMPARE(details.json[u"indicator_count"_s].toInt(), fullCounts[id]);
    const Response rows = get(u"/api/v1/pulses/"_s + id + u"/indicators?limit=1000"_s);
    QCOMPARE(rows.json[u"count"_s].toInt(), fullCounts[id]);
    QCOMPARE(first[u"indicators"_s].toArray().size(), fullCounts[id]);

    m_fake->setEmbeddedIndicatorLimit(-1);
    QCOMPARE(get(u"/api/v1/pulses/"_s + id).json, first);
}

void TestFakeOtxServer::searchMatchesNameDescriptionTags()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const QList<QJsonObject> corpus = m_fake->pulses();
    const auto expectedHits = [&](const QString &word) {
        int hits = 0;
        for (const QJsonObject &p : corpus) {
            bool match = p[u"name"_s].toString().contains(word, Qt::CaseInsensitive)
                         || p[u"description"_s].toString().contains(word, Qt::CaseInsensitive);
            for (const QJsonValue &t : p[u"tags"_s].toArray()) {
                match = match || t.toString().contains(word, Qt::CaseInsensitive);
            }
            hits += match ? 1 : 0;
        }
        return hits;
    };
    const QString nameWord = corpus.first()[u"name"_s].toString().split(u' ').first();
    QString tag;
    for (const QJsonObject &p : corpus) {
        if (!p[u"tags"_s].toArray().isEmpty()) {
            tag = p[u"tags"_s].toArray().first().toString();
            break;
        }
    }
    QVERIFY(!tag.isEmpty());
    for (const QString &q : {nameWord, nameWord.toUpper(), tag, u"ransomware"_s}) {
        QUrlQuery query;
        query.addQueryItem(u"q"_s, q);
        query.addQueryItem(u"limit"_s, u"100"_s);
        const Response r = get(u"/api/v1/search/pulses?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"count"_s].toInt(), expectedHits(q));
        QVERIFY(r.json[u"count"_s].toInt() > 0);
        QCOMPARE(r.json[u"exact_match"_s], QJsonValue(u""_s));
        for (const QJsonValue &v : r.json[u"results"_s].toArray()) {
            const QJsonObject summary = v.toObject();
            QVERIFY(!summary.contains(u"indicators"_s));
            QVERIFY(!summary.contains(u"tlp"_s));
            QVERIFY(summary.contains(u"indicator_count"_s));
            QVERIFY(summary.contains(u"TLP"_s) || !summary.contains(u"tlp"_s));
        }
    }
    QCOMPARE(get(u"/api/v1/search/pulses?q=no-such-words-anywhere"_s).json[u"count"_s].toInt(), 0);

    // Summaries: upper-case TLP and the full indicator count, even for a lower-case source.
    for (const QJsonObject &p : corpus) {
        if (!p.contains(u"tlp"_s)) {
            continue;
        }
        const Response r =
                get(u"/api/v1/search/pulses?q="_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(p[u"name"_s].toString())));
        QCOMPARE(r.status, 200);
        bool found = false;
        for (const QJsonValue &v : r.json[u"results"_s].toArray()) {
            if (pulseId(v.toObject()) == pulseId(p)) {
                found = true;
                QCOMPARE(v[u"TLP"_s], p[u"tlp"_s]);
                QCOMPARE(v[u"indicator_count"_s].toInt(), p[u"indicators"_s].toArray().size());
            }
        }
        QVERIFY(found);
        break;
    }
}

void TestFakeOtxServer::searchPagesAndSorts()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const int total = int(m_fake->pulses().size());
    Response r = get(u"/api/v1/search/pulses"_s); // no q: everything, 25 a page
    QCOMPARE(r.json[u"count"_s].toInt(), total);
    QCOMPARE(r.json[u"results"_s].toArray().size(), std::min(total, 25));
    QVERIFY(r.json[u"next"_s].toString().endsWith(u"/api/v1/search/pulses?page=2"_s));
    QCOMPARE(pulseId(r.json[u"results"_s][0].toObject()), pulseId(m_fake->pulses().first()));

    r = get(u"/api/v1/search/pulses?q=&sort=modified&limit=3&page=2"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray ascending = r.json[u"results"_s].toArray();
    QCOMPARE(ascending.size(), 3);
    QVERIFY(ascending[0][u"modified"_s].toString() <= ascending[2][u"modified"_s].toString());
    QCOMPARE(pulseId(ascending[0].toObject()), pulseId(m_fake->pulses()[total - 4]));
    QVERIFY(r.json[u"previous"_s].toString().endsWith(
            u"/api/v1/search/pulses?q=&sort=modified&limit=3"_s));
    QCOMPARE(get(u"/api/v1/search/pulses?limit=3&page=99"_s).status, 404);
}

void TestFakeOtxServer::otherPathsAndMethods()
{
    const Response unknown = get(u"/api/v1/pulses/activity/x"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.contentType.startsWith("text/html"));
    QCOMPARE(get(u"/api/v2/anything"_s).status, 404);

    QNetworkRequest request(url(SUBSCRIBED));
    request.setRawHeader("X-OTX-API-KEY", TEST_KEY);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, QByteArray("{}")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
}

QTEST_GUILESS_MAIN(TestFakeOtxServer)
#include "TestFakeOtxServer.moc"
