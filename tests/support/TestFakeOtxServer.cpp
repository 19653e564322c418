#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray TEST_KEY = "0000000000000000000000000000000000000000000000000000000000000003";
// Made-up keys for the several-keys tests (64 hex characters, like real ones).
const QByteArray KEY_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
const QByteArray KEY_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
const QByteArray KEY_C = "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc3";
const QString SUBSCRIBED = u"/api/v1/pulses/subscribed"_s;
const qint64 MS_PER_DAY = 24 * 60 * 60 * 1000;
const QJsonObject NOT_FOUND{{u"detail"_s, u"Not found."_s}};
const QJsonObject DENIED{{u"detail"_s, u"Authentication required"_s}};

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

qint64 utcMs(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
            .toMSecsSinceEpoch();
}

QStringList keysOf(const QJsonObject &object)
{
    return object.keys(); // sorted
}

// One recorded indicator response as bytes, read straight from the fixtures folder.
QByteArray recordedBytes(const QString &name)
{
    QFile file(Fixtures::root() + u"/otx/indicators/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "missing fixture" << file.fileName();
        return {};
    }
    return file.readAll();
}

// One recorded indicator response as an object; for a `recorded-wrapper_*` file its
// `[0].json_body`, the body the real service sent.
QJsonObject recorded(const QString &name)
{
    const QJsonDocument doc = Fixtures::load(u"otx/indicators/"_s + name);
    return doc.isArray() ? doc.array().at(0)[u"json_body"_s].toObject() : doc.object();
}

// The expected throttle message, worded as DRF's Throttled exception words it.
QJsonObject throttledDetail(qint64 seconds)
{
    return QJsonObject{{u"detail"_s,
                        u"Request was throttled. Expected available in %1 %2."_s.arg(
                                QString::number(seconds),
                                seconds == 1 ? u"second"_s : u"seconds"_s)}};
}

QJsonObject indicatorRow(const QString &type, const QString &value, qint64 id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"indicator"_s, value},
                       {u"type"_s, type},
                       {u"title"_s, u""_s},
                       {u"description"_s, u""_s},
                       {u"content"_s, u""_s},
                       {u"is_active"_s, 1}};
}

// A small corpus with 198.51.100.7-like values, domains and hashes in several spellings.
QList<QJsonObject> enrichmentCorpus()
{
    QJsonObject p1{
            {u"id"_s, u"65f000000000000000000001"_s},
            {u"name"_s, u"Finance campaign"_s},
            {u"description"_s, u"AV pulse"_s},
            {u"author_name"_s, u"AlienVault"_s},
            {u"created"_s, u"2024-03-01T10:00:00"_s},
            {u"modified"_s, u"2024-03-01T12:00:00.500000"_s},
            {u"tlp"_s, u"white"_s},
            {u"adversary"_s, u"APT-X"_s},
            {u"malware_families"_s, QJsonArray{u"Foo"_s}},
            {u"attack_ids"_s, QJsonArray{u"T1566"_s}},
            {u"industries"_s, QJsonArray{u"Finance"_s}},
            {u"tags"_s, QJsonArray{u"phishing"_s}},
            {u"references"_s, QJsonArray{u"https://example.org/r1"_s}},
            {u"indicators"_s,
             QJsonArray{
                     indicatorRow(u"IPv4"_s, u"198.51.100.7"_s, 101),
                     indicatorRow(u"domain"_s, u"Example.TEST"_s, 102),
                     indicatorRow(u"FileHash-MD5"_s, u"D41D8CD98F00B204E9800998ECF8427E"_s, 103)}}};
    QJsonObject p2{
            {u"id"_s, u"65f000000000000000000002"_s},
            {u"name"_s, u"Second look"_s},
            {u"author_name"_s, u"analyst-1"_s},
            {u"created"_s, u"2024-02-01T10:00:00"_s},
            {u"modified"_s, u"2024-02-01T10:00:00"_s},
            {u"TLP"_s, u"green"_s},
            {u"adversary"_s, u""_s},
            {u"malware_families"_s, QJsonArray{u"Bar"_s, u"Foo"_s}},
            {u"industries"_s, QJsonArray()},
            {u"references"_s, QJsonArray{u"https://example.org/r1"_s, u"https://example.org/r2"_s}},
            {u"indicators"_s,
             QJsonArray{indicatorRow(u"hostname"_s, u"mail.example.test"_s, 201),
                        indicatorRow(u"IPv4"_s, u"198.51.100.7"_s, 202),
                        indicatorRow(u"IPv6"_s, u"2001:DB8:0:0:0:0:0:1"_s, 203)}}};
    p2[u"indicators"_s] = [&] {
        QJsonArray rows = p2[u"indicators"_s].toArray();
        QJsonObject inactive = rows[1].toObject();
        inactive[u"is_active"_s] = 0; // expired rows still tie the pulse to the value
        rows[1] = inactive;
        return rows;
    }();
    QJsonObject p3{{u"id"_s, u"65f000000000000000000003"_s},
                   {u"name"_s, u"Near misses"_s},
                   {u"author_name"_s, u"analyst-2"_s},
                   {u"modified"_s, u"2024-01-01T00:00:00"_s},
                   {u"indicators"_s,
                    QJsonArray{indicatorRow(u"IPv4"_s, u"198.51.100.70"_s, 301),
                               indicatorRow(u"domain"_s, u"example.test."_s, 302),
                               indicatorRow(u"hostname"_s, u"198.51.100.7"_s, 303)}}};
    QJsonObject p4{{u"id"_s, u"65f000000000000000000004"_s},
                   {u"name"_s, u"Links and bugs"_s},
                   {u"author_name"_s, u"analyst-1"_s},
                   {u"modified"_s, u"2023-12-01T00:00:00"_s},
                   {u"indicators"_s,
                    QJsonArray{indicatorRow(u"URL"_s, u"https://example.test/p/q?x=1&y=%2F"_s, 401),
                               indicatorRow(u"CVE"_s, u"cve-2024-0001"_s, 402)}}};
    // 2015 shape: `_id`, no TLP, adversary or lists.
    QJsonObject p5{{u"_id"_s, u"55e000000000000000000005"_s},
                   {u"name"_s, u"Legacy"_s},
                   {u"author_name"_s, u"AlienVault"_s},
                   {u"modified"_s, u"2015-09-02T09:22:22"_s},
                   {u"indicators"_s,
                    QJsonArray{QJsonObject{{u"_id"_s, u"55e000000000000000000501"_s},
                                           {u"indicator"_s, u" 198.51.100.7"_s},
                                           {u"type"_s, u"IPv4"_s}}}}};
    return {p4, p5, p2, p1, p3};
}

// Pulse ids carrying `value` among `types`, newest `modified` first: the oracle for
// `pulse_info`, written without the fake's code.
QStringList pulsesCarrying(const QList<QJsonObject> &corpus,
                           const QStringList &types,
                           const QString &value,
                           Qt::CaseSensitivity cs)
{
    QList<QJsonObject> hits;
    for (const QJsonObject &pulse : corpus) {
        for (const QJsonValue &row : pulse[u"indicators"_s].toArray()) {
            QString candidate = row[u"indicator"_s].toString().trimmed();
            if (cs == Qt::CaseInsensitive && candidate.endsWith(u'.')) {
                candidate.chop(1);
            }
            if (types.contains(row[u"type"_s].toString()) && candidate.compare(value, cs) == 0) {
                hits.append(pulse);
                break;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[u"modified"_s].toString().left(19) > b[u"modified"_s].toString().left(19);
    });
    QStringList ids;
    for (const QJsonObject &pulse : hits) {
        ids.append(pulseId(pulse));
    }
    return ids;
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

    void severalKeys();
    void revokedKeyIsRejected();
    void perMinuteLimitsOnASteppedClock();
    void perDayLimitResetsAtMidnightUtc();
    void limitsMatchABruteForceModel();
    void limitsCoverIndicatorRequests();
    void recordedSectionsAreServed_data();
    void recordedSectionsAreServed();
    void urlListPagesAsRecorded();
    void recordedLinksPointAtTheFake();
    void encodedValuesRoundTrip();
    void generalIsSynthesisedFromTheCorpus();
    void generalKeysFollowTheRecordings();
    void emptySectionsForUnrecordedValues();
    void unknownValuesSlugsAndSections();
    void latencyKeepsRequestsInFlight();
    void faultsOnIndicatorRequests();

private:
    Response get(const QString &pathAndQuery, const QByteArray &key = TEST_KEY);
    Response getUrl(const QUrl &url, const QByteArray &key = TEST_KEY);
    QUrl url(const QString &pathAndQuery) const;
    /// `/api/v1/indicators/<slug>/<value percent-encoded>/<section>[?query]` on the fake.
    QUrl indicatorUrl(const QString &slug,
                      const QString &value,
                      const QString &section,
                      const QByteArray &query = QByteArray()) const;
    void useSteppedClock(qint64 startMs);

    FakeOtxServer *m_fake = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    qint64 m_now = 0; // the fake's clock in tests that step it
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

QUrl TestFakeOtxServer::indicatorUrl(const QString &slug,
                                     const QString &value,
                                     const QString &section,
                                     const QByteArray &query) const
{
    QByteArray encoded = m_fake->baseUrl().toEncoded() + "/api/v1/indicators/" + slug.toUtf8() + '/'
                         + QUrl::toPercentEncoding(value) + '/' + section.toUtf8();
    if (!query.isEmpty()) {
        encoded += '?' + query;
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void TestFakeOtxServer::useSteppedClock(qint64 startMs)
{
    m_now = startMs;
    m_fake->setClock([this] { return m_now; });
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
    QSignalSpy finished(reply.get(), &QNetworkReply::finished); // wakes at once, unlike qWaitFor
    r.finished = reply->isFinished() || finished.wait(10000);
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

void TestFakeOtxServer::severalKeys()
{
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys(
            {QString::fromLatin1(KEY_A), QString::fromLatin1(KEY_B), QString::fromLatin1(KEY_C)});
    const qint64 start = utcMs(2024, 1, 15, 10, 0);
    useSteppedClock(start);

    QCOMPARE(get(SUBSCRIBED, KEY_B).status, 200);
    m_now += 1500;
    QCOMPARE(get(SUBSCRIBED, KEY_C).status, 200);
    const Response wrong = get(SUBSCRIBED, TEST_KEY); // the old single key is gone
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.json, DENIED);
    QCOMPARE(get(SUBSCRIBED, QByteArray()).status, 403);
    m_now += 1;
    QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s), KEY_A).status, 200);

    const QList<FakeOtxServer::RecordedRequest> seen = m_fake->requests();
    QCOMPARE(seen.size(), 5);
    const QList<int> indexes{1, 2, -1, -1, 0};
    const QList<qint64> times{start, start + 1500, start + 1500, start + 1500, start + 1501};
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i].keyIndex, indexes[i]);
        QCOMPARE(seen[i].keyMatched, indexes[i] >= 0);
        QCOMPARE(seen[i].atMs, times[i]);
    }
    QVERIFY(seen[2].hadKey && !seen[3].hadKey);
    for (int key = 0; key < 3; ++key) {
        QCOMPARE(m_fake->ledger(key).accepted, 1);
        QCOMPARE(m_fake->ledger(key).throttled, 0);
        QCOMPARE(m_fake->ledger(key).rejected, 0);
    }
    QCOMPARE(m_fake->ledger(3).accepted, 0); // out of range: all zero
    QCOMPARE(m_fake->ledger(-1).accepted, 0);

    // setApiKey(k) is setApiKeys({k}); an empty list needs no key at all.
    m_fake->setApiKey(QString::fromLatin1(KEY_C));
    QCOMPARE(get(SUBSCRIBED, KEY_C).status, 200);
    QCOMPARE(m_fake->requests().last().keyIndex, 0);
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 403);
    m_fake->setApiKeys({});
    QCOMPARE(get(SUBSCRIBED, QByteArray()).status, 200);
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);
    QCOMPARE(m_fake->requests().last().keyIndex, -1);
}

void TestFakeOtxServer::revokedKeyIsRejected()
{
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys({QString::fromLatin1(KEY_A), QString::fromLatin1(KEY_B)});
    useSteppedClock(utcMs(2024, 1, 15, 10, 0));
    m_fake->setKeyLimits(1, 1, 0, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    m_fake->revokeKey(1);

    const Response revoked = get(SUBSCRIBED, KEY_B);
    QCOMPARE(revoked.status, 403);
    QCOMPARE(revoked.error, QNetworkReply::ContentAccessDenied);
    QCOMPARE(revoked.json, DENIED);
    QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s), KEY_B).status, 403);
    QCOMPARE(m_fake->requests().last().keyIndex, 1); // still recognised, just not honoured
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);    // the other key is unaffected
    QCOMPARE(m_fake->ledger(1).rejected, 2);
    QCOMPARE(m_fake->ledger(1).accepted, 0);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s), 0);

    // Rejected requests used none of the key's one-a-minute allowance.
    m_fake->restoreKey(1);
    QCOMPARE(get(SUBSCRIBED, KEY_B).status, 200);
    QCOMPARE(get(SUBSCRIBED, KEY_B).status, 429);
    const FakeOtxServer::KeyLedger ledger = m_fake->ledger(1);
    QCOMPARE(ledger.accepted, 1);
    QCOMPARE(ledger.throttled, 1);
    QCOMPARE(ledger.rejected, 2);
    m_fake->revokeKey(7); // out of range: ignored
}

void TestFakeOtxServer::perMinuteLimitsOnASteppedClock()
{
    using Mode = FakeOtxServer::RetryAfterMode;
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys(
            {QString::fromLatin1(KEY_A), QString::fromLatin1(KEY_B), QString::fromLatin1(KEY_C)});
    m_fake->setKeyLimits(0, 3, 0, Mode::WithRetryAfter);
    m_fake->setKeyLimits(1, 2, 0, Mode::WithoutRetryAfter);
    // key 2: no limit
    const qint64 t0 = utcMs(2024, 1, 15, 10, 0);
    useSteppedClock(t0);

    // Worked by hand from the rule: a slot frees when the oldest request that still counts
    // is 60 s old; the wait is rounded up to whole seconds, at least 1.
    struct Step
    {
        qint64 at; // ms after t0
        int key;
        int status;
        qint64 wait; // seconds in the 429 message; 0 for 200
    };
    const QList<Step> steps = {
            {0, 0, 200, 0},
            {0, 1, 200, 0},
            {100, 1, 200, 0},
            {200, 1, 429, 60}, // key 1's oldest (0) frees at 60.0 s: 59.8 s -> 60
            {500, 2, 200, 0},
            {10000, 0, 200, 0},
            {20000, 0, 200, 0},
            {30000, 0, 429, 30}, // key 0's oldest (0) frees at 60.0 s
            {30000, 1, 429, 30},
            {59500, 0, 429, 1}, // 0.5 s left: rounded up to 1, worded "1 second"
            {60000, 0, 200, 0}, // exactly 60 s: the request at 0 no longer counts
            {60000, 1, 200, 0}, // key 1: 0 dropped, 100 still counts -> 1 of 2
            {60050, 1, 429, 1}, // 100 frees at 60.1 s: 50 ms -> 1
            {61000, 0, 429, 9}, // counting 10, 20, 60 s: 10 frees at 70 s
            {70000, 0, 200, 0},
    };
    for (const Step &step : steps) {
        m_now = t0 + step.at;
        const QByteArray key = step.key == 0 ? KEY_A : step.key == 1 ? KEY_B : KEY_C;
        const Response r = get(SUBSCRIBED, key);
        const QByteArray where =
                "at " + QByteArray::number(step.at) + " ms, key " + QByteArray::number(step.key);
        QVERIFY2(r.finished, where.constData());
        QCOMPARE(r.status, step.status);
        if (step.status == 200) {
            continue;
        }
        QCOMPARE(r.error, QNetworkReply::UnknownContentError); // QNAM's name for a 429
        QCOMPARE(r.json, throttledDetail(step.wait));
        QCOMPARE(r.hasRetryAfter, step.key == 0);
        if (step.key == 0) {
            QCOMPARE(r.retryAfter, QByteArray::number(step.wait));
        }
    }
    // Key 2 is unlimited: a burst in one instant all passes.
    m_now = t0 + 500;
    for (int i = 0; i < 24; ++i) {
        QCOMPARE(get(SUBSCRIBED, KEY_C).status, 200);
    }

    // Throttled requests are not accepted and take no slot (else 70 s would be throttled).
    const FakeOtxServer::KeyLedger a = m_fake->ledger(0);
    QCOMPARE(a.accepted, 5);
    QCOMPARE(a.throttled, 3);
    QCOMPARE(a.rejected, 0);
    QCOMPARE(a.maxInAnyMinute, 3);
    QCOMPARE(a.maxInAnySecond, 1);
    QCOMPARE(a.maxInFlight, 1);
    const FakeOtxServer::KeyLedger b = m_fake->ledger(1);
    QCOMPARE(b.accepted, 3);
    QCOMPARE(b.throttled, 3);
    QCOMPARE(b.maxInAnyMinute, 2);
    QCOMPARE(b.maxInAnySecond, 2); // 0 and 100 ms
    const FakeOtxServer::KeyLedger c = m_fake->ledger(2);
    QCOMPARE(c.accepted, 25);
    QCOMPARE(c.throttled, 0);
    QCOMPARE(c.maxInAnyMinute, 25);
    QCOMPARE(c.maxInAnySecond, 25);
    QCOMPARE(m_fake->requests().size(), steps.size() + 24);
}

void TestFakeOtxServer::perDayLimitResetsAtMidnightUtc()
{
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys({QString::fromLatin1(KEY_A)});
    m_fake->setKeyLimits(0, 10, 3, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    useSteppedClock(utcMs(2024, 1, 15, 23, 57));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);
        m_now += 1000;
    }
    m_now = utcMs(2024, 1, 15, 23, 59);
    Response r = get(SUBSCRIBED, KEY_A);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray("60")); // until 00:00:00 UTC
    QCOMPARE(r.json, throttledDetail(60));
    m_now = utcMs(2024, 1, 15, 23, 59, 59) + 500;
    r = get(SUBSCRIBED, KEY_A);
    QCOMPARE(r.json, throttledDetail(1));
    m_now = utcMs(2024, 1, 16, 0, 0);
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200); // a new day
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);
    r = get(SUBSCRIBED, KEY_A);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray::number(24 * 60 * 60));

    // Both limits over: the longer wait is given. Day limit 3 reached; minute limit 2.
    m_fake->setKeyLimits(0, 2, 3, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    m_now += 30 * 1000;
    r = get(SUBSCRIBED, KEY_A);
    QCOMPARE(r.retryAfter, QByteArray::number(24 * 60 * 60 - 30));
    QCOMPARE(m_fake->ledger(0).accepted, 6);
    QCOMPARE(m_fake->ledger(0).throttled, 4);
}

void TestFakeOtxServer::limitsMatchABruteForceModel()
{
    const int perMinute = 4;
    const int perDay = 25;
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys({QString::fromLatin1(KEY_A)});
    m_fake->setKeyLimits(0, perMinute, perDay, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    useSteppedClock(utcMs(2024, 1, 15, 23, 45));

    // The model: a request is accepted unless `perMinute` accepted requests lie in the last
    // 60 s (exclusive at 60 s) or `perDay` since midnight UTC; the wait is until the
    // earliest moment both allow one more.
    QList<qint64> accepted;
    int maxMinute = 0;
    int maxSecond = 0;
    int minuteThrottles = 0;
    int dayThrottles = 0;
    bool acceptedAfterMidnight = false;
    quint32 seed = 12345;
    for (int i = 0; i < 160; ++i) {
        seed = seed * 1664525u + 1013904223u;
        m_now += i % 10 < 3 ? (seed >> 8) % 300 : (seed >> 8) % 20000; // bursts and gaps
        const qint64 t = m_now;
        const auto within = [&](qint64 span) {
            return int(std::count_if(accepted.cbegin(), accepted.cend(), [&](qint64 a) {
                return a > t - span && a <= t;
            }));
        };
        QList<qint64> window;
        for (qint64 a : std::as_const(accepted)) {
            if (a > t - 60000) {
                window.append(a);
            }
        }
        const qint64 day = t / MS_PER_DAY;
        const int today = int(std::count_if(accepted.cbegin(), accepted.cend(), [&](qint64 a) {
            return a / MS_PER_DAY == day;
        }));
        qint64 wait = -1;
        if (window.size() >= perMinute) {
            wait = window[window.size() - perMinute] + 60000 - t;
        }
        if (today >= perDay) {
            wait = std::max(wait, (day + 1) * MS_PER_DAY - t);
        }

        const Response r = get(SUBSCRIBED, KEY_A);
        QVERIFY(r.finished);
        if (wait < 0) {
            QCOMPARE(r.status, 200);
            accepted.append(t);
            maxMinute = std::max(maxMinute, within(60000));
            maxSecond = std::max(maxSecond, within(1000));
            acceptedAfterMidnight = acceptedAfterMidnight || t >= utcMs(2024, 1, 16, 0, 0);
        } else {
            const qint64 seconds = std::max<qint64>(1, (wait + 999) / 1000);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.retryAfter, QByteArray::number(seconds));
            QCOMPARE(r.json, throttledDetail(seconds));
            (today >= perDay ? dayThrottles : minuteThrottles) += 1;
        }
    }
    // The walk crossed midnight and met both limits, so the comparison above meant something.
    QVERIFY(minuteThrottles > 0);
    QVERIFY(dayThrottles > 0);
    QVERIFY(acceptedAfterMidnight);
    const FakeOtxServer::KeyLedger ledger = m_fake->ledger(0);
    QCOMPARE(ledger.accepted, accepted.size());
    QCOMPARE(ledger.throttled, minuteThrottles + dayThrottles);
    QCOMPARE(ledger.maxInAnyMinute, maxMinute);
    QCOMPARE(ledger.maxInAnySecond, maxSecond);
}

void TestFakeOtxServer::limitsCoverIndicatorRequests()
{
    m_fake->setPulses(threeTimestampPulses());
    m_fake->setApiKeys({QString::fromLatin1(KEY_A)});
    m_fake->setKeyLimits(0, 2, 0, FakeOtxServer::RetryAfterMode::WithoutRetryAfter);
    useSteppedClock(utcMs(2024, 1, 15, 10, 0));
    const QUrl general = indicatorUrl(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s);
    QCOMPARE(get(SUBSCRIBED, KEY_A).status, 200);
    QCOMPARE(getUrl(general, KEY_A).status, 200);
    const Response throttled = getUrl(general, KEY_A);
    QCOMPARE(throttled.status, 429);
    QVERIFY(!throttled.hasRetryAfter);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s), 1);
    m_now += 60000;
    QCOMPARE(getUrl(general, KEY_A).status, 200);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"203.0.113.1"_s, u"general"_s), 2);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"203.0.113.1"_s, u"geo"_s), 0);
    QCOMPARE(m_fake->ledger(0).accepted, 3);
    QCOMPARE(m_fake->ledger(0).throttled, 1);
}

void TestFakeOtxServer::recordedSectionsAreServed_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("file");  // under otx/indicators/
    QTest::addColumn<bool>("verbatim"); // bytes; else the JSON value (wrapper bodies)

    const auto row = [](const char *name,
                        const QString &slug,
                        const QString &value,
                        const QString &section,
                        const QString &file,
                        bool verbatim = true,
                        const QByteArray &query = QByteArray()) {
        QTest::newRow(name) << slug << value << section << query << file << verbatim;
    };
    row("IPv4 passive_dns",
        u"IPv4"_s,
        u"8.8.8.8"_s,
        u"passive_dns"_s,
        u"ipv4_8.8.8.8_passive_dns_2017-11-14.json"_s);
    row("IPv4 reputation null",
        u"IPv4"_s,
        u"8.8.8.8"_s,
        u"reputation"_s,
        u"ipv4_8.8.8.8_reputation_null_2017-11-16.json"_s);
    row("IPv4 reputation",
        u"IPv4"_s,
        u"69.73.130.198"_s,
        u"reputation"_s,
        u"ipv4_69.73.130.198_reputation_2017-02-01.json"_s);
    row("IPv4 geo", u"IPv4"_s, u"8.8.8.8"_s, u"geo"_s, u"ipv4_8.8.8.8_geo_2017-11-16.json"_s);
    row("IPv4 http_scans",
        u"IPv4"_s,
        u"8.8.8.8"_s,
        u"http_scans"_s,
        u"ipv4_8.8.8.8_http_scans_2017-11-14.json"_s);
    row("IPv4 passive_dns, 2022 over 2020",
        u"IPv4"_s,
        u"89.35.39.84"_s,
        u"passive_dns"_s,
        u"ipv4_89.35.39.84_passive_dns_2022-06-18.json"_s);
    row("domain passive_dns, 2022 over 2020",
        u"domain"_s,
        u"jppost-tu.top"_s,
        u"passive_dns"_s,
        u"domain_jppost-tu.top_passive_dns_2022-06-18.json"_s);
    row("domain whois",
        u"domain"_s,
        u"spywaresite.info"_s,
        u"whois"_s,
        u"domain_spywaresite.info_whois_2017-11-14.json"_s);
    row("domain in other case",
        u"domain"_s,
        u"SpywareSite.INFO"_s,
        u"whois"_s,
        u"domain_spywaresite.info_whois_2017-11-14.json"_s);
    row("domain geo",
        u"domain"_s,
        u"spywaresite.info"_s,
        u"geo"_s,
        u"domain_spywaresite.info_geo_2017-11-14.json"_s);
    row("domain url_list page 1",
        u"domain"_s,
        u"spywaresite.info"_s,
        u"url_list"_s,
        u"domain_spywaresite.info_url_list_page1_2017-11-14.json"_s,
        true,
        "limit=20&page=1");
    row("domain url_list, no query",
        u"domain"_s,
        u"spywaresite.info"_s,
        u"url_list"_s,
        u"domain_spywaresite.info_url_list_page1_2017-11-14.json"_s);
    row("domain general, 2017",
        u"domain"_s,
        u"spywaresite.info"_s,
        u"general"_s,
        u"domain_spywaresite.info_general_2017-11-14.json"_s);
    row("hostname http_scans error body",
        u"hostname"_s,
        u"mail.vspcord.com"_s,
        u"http_scans"_s,
        u"hostname_mail.vspcord.com_http_scans_2017-11-16.json"_s);
    row("hostname malware",
        u"hostname"_s,
        u"mail.vspcord.com"_s,
        u"malware"_s,
        u"hostname_mail.vspcord.com_malware_2017-11-16.json"_s);
    row("hostname passive_dns empty",
        u"hostname"_s,
        u"otx.alienvault.com"_s,
        u"passive_dns"_s,
        u"hostname_otx.alienvault.com_passive_dns_empty_2018-02-15.json"_s);
    row("hostname general",
        u"hostname"_s,
        u"mail.vspcord.com"_s,
        u"general"_s,
        u"hostname_mail.vspcord.com_general_2017-11-16.json"_s);
    row("file analysis",
        u"file"_s,
        u"6c5360d41bd2b14b1565f5b18e5c203cf512e493"_s,
        u"analysis"_s,
        u"file_6c5360d41bd2b14b1565f5b18e5c203cf512e493_analysis_2017-11-16.json"_s);
    row("file in upper case",
        u"file"_s,
        u"6C5360D41BD2B14B1565F5B18E5C203CF512E493"_s,
        u"analysis"_s,
        u"file_6c5360d41bd2b14b1565f5b18e5c203cf512e493_analysis_2017-11-16.json"_s);
    row("cve general, 2018-03 latest of four",
        u"cve"_s,
        u"CVE-2014-0160"_s,
        u"general"_s,
        u"cve_CVE-2014-0160_general_2018-03.json"_s);
    row("cve in lower case",
        u"cve"_s,
        u"cve-2014-0160"_s,
        u"general"_s,
        u"cve_CVE-2014-0160_general_2018-03.json"_s);
    row("nids_list empty",
        u"IPv4"_s,
        u"198.202.143.20"_s,
        u"nids_list"_s,
        u"ipv4_198.202.143.20_nids_list_empty_2018-02-15.json"_s);
    row("nids_list from a request sequence",
        u"IPv4"_s,
        u"195.154.243.7"_s,
        u"nids_list"_s,
        u"domain_firewall-gateway.com_passive_dns_then_ipv4_nids_list_2018-02-15/"
        "09_IPv4_195.154.243.7_nids_list.json"_s);
    row("passive_dns from a request sequence",
        u"domain"_s,
        u"firewall-gateway.com"_s,
        u"passive_dns"_s,
        u"domain_firewall-gateway.com_passive_dns_then_ipv4_nids_list_2018-02-15/"
        "00_domain_firewall-gateway.com_passive_dns.json"_s);
    // The 2023 captures are the latest `general`s of these values; they are stored inside a
    // wrapper, so the body is compared as JSON.
    row("IPv4 general, 2023 wrapper",
        u"IPv4"_s,
        u"8.8.8.8"_s,
        u"general"_s,
        u"recorded-wrapper_ipv4_8.8.8.8_general_2023-01-09.json"_s,
        false);
    row("file general, 2023 wrapper",
        u"file"_s,
        u"6c5360d41bd2b14b1565f5b18e5c203cf512e493"_s,
        u"general"_s,
        u"recorded-wrapper_file_sha1-6c5360d4_general_2023-01-09.json"_s,
        false);
    row("domain general, 2023 wrapper",
        u"domain"_s,
        u"swimlane.com"_s,
        u"general"_s,
        u"recorded-wrapper_domain_swimlane.com_general_2023-01-06.json"_s,
        false);
}

void TestFakeOtxServer::recordedSectionsAreServed()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, slug);
    QFETCH(QString, value);
    QFETCH(QString, section);
    QFETCH(QByteArray, query);
    QFETCH(QString, file);
    QFETCH(bool, verbatim);
    const Response r = getUrl(indicatorUrl(slug, value, section, query));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    if (verbatim) {
        const QByteArray expected = recordedBytes(file);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(r.body == expected, qPrintable(file));
    } else {
        QCOMPARE(r.json, recorded(file));
    }
    QCOMPARE(m_fake->indicatorRequestCount(slug, value, section), 1);
}

void TestFakeOtxServer::urlListPagesAsRecorded()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QString dir8 = u"ipv4_8.8.8.8_url_list_limit20_255pages_2017-11-14/"_s;
    for (int page : {1, 7, 255}) {
        const QByteArray query = "limit=20&page=" + QByteArray::number(page);
        const Response r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s, query));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body
                == recordedBytes(dir8 + u"page-%1.json"_s.arg(page, 3, 10, QLatin1Char('0'))));
    }
    // Without `limit` the recorded limit applies; without `page`, page 1.
    QVERIFY(getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s, "page=7")).body
            == recordedBytes(dir8 + u"page-007.json"_s));
    QVERIFY(getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s)).body
            == recordedBytes(dir8 + u"page-001.json"_s));

    // Past the last recorded page: page 1's envelope, emptied, with nothing next.
    const QJsonObject first = recorded(dir8 + u"page-001.json"_s);
    Response r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s, "limit=20&page=256"));
    QCOMPARE(r.status, 200);
    QJsonObject expected = first;
    expected[u"url_list"_s] = QJsonArray();
    expected[u"has_next"_s] = false;
    expected[u"page_num"_s] = 256;
    QCOMPARE(r.json, expected);
    // A limit nobody recorded: not recorded either.
    r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s, "limit=50&page=2"));
    QVERIFY(r.json[u"url_list"_s].toArray().isEmpty());
    QCOMPARE(r.json[u"limit"_s].toInt(), 50);
    QCOMPARE(r.json[u"page_num"_s].toInt(), 2);
    QCOMPARE(r.json[u"has_next"_s], QJsonValue(false));

    // Walking has_next over a complete recording yields every recorded row once.
    const QString dirOtx = u"hostname_otx.alienvault.com_url_list_limit20_8pages_2017-11-20/"_s;
    int expectedRows = 0;
    for (int page = 1; page <= 8; ++page) {
        expectedRows +=
                recorded(dirOtx + u"page-%1.json"_s.arg(page))[u"url_list"_s].toArray().size();
    }
    int rows = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const QByteArray query = "limit=20&page=" + QByteArray::number(pages + 1);
        r = getUrl(indicatorUrl(u"hostname"_s, u"otx.alienvault.com"_s, u"url_list"_s, query));
        QCOMPARE(r.status, 200);
        rows += r.json[u"url_list"_s].toArray().size();
        more = r.json[u"has_next"_s].toBool();
        QVERIFY(pages < 20);
    }
    QCOMPARE(pages, 8);
    QCOMPARE(rows, expectedRows);
    QCOMPARE(rows, recorded(dirOtx + u"page-1.json"_s)[u"full_size"_s].toInt());
    QCOMPARE(m_fake->indicatorRequestCount(u"hostname"_s, u"OTX.alienvault.com"_s, u"url_list"_s),
             8);
}

void TestFakeOtxServer::recordedLinksPointAtTheFake()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QString origin = u"https://otx.alienvault.com"_s;
    const auto rewritten = [&](const QString &file) {
        QJsonObject object = recorded(file);
        for (const QString &link : {u"next"_s, u"previous"_s}) {
            const QString target = object[link].toString();
            if (target.startsWith(origin)) {
                object[link] = m_fake->baseUrl().toString() + target.mid(origin.size());
            }
        }
        return object;
    };

    // malware: follow `next` from page 1; every link stays on the fake.
    QStringList files{u"ipv4_8.8.8.8_malware_page1_2017-11-14.json"_s,
                      u"ipv4_8.8.8.8_malware_page2_2017-11-14.json"_s,
                      u"ipv4_8.8.8.8_malware_page3_2017-11-14.json"_s};
    int expectedRows = 0;
    for (const QString &file : std::as_const(files)) {
        expectedRows += recorded(file)[u"data"_s].toArray().size();
    }
    QUrl next = indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"malware"_s);
    int rows = 0;
    int pages = 0;
    while (next.isValid()) {
        const Response r = getUrl(next);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, rewritten(files[pages]));
        for (const QString &link : {u"next"_s, u"previous"_s}) {
            QVERIFY(r.json[link].isNull()
                    || r.json[link].toString().startsWith(m_fake->baseUrl().toString()));
        }
        rows += r.json[u"data"_s].toArray().size();
        ++pages;
        next = r.json[u"next"_s].isNull() ? QUrl() : QUrl(r.json[u"next"_s].toString());
        QVERIFY(pages <= 3);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(rows, expectedRows);
    for (const FakeOtxServer::RecordedRequest &request : m_fake->requests()) {
        QCOMPARE(request.path, u"/api/v1/indicators/IPv4/8.8.8.8/malware"_s);
    }

    // A page past the recorded ones: the envelope, emptied, ends there.
    Response r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"malware"_s, "page=4"));
    QJsonObject expected = recorded(files[0]);
    expected[u"data"_s] = QJsonArray();
    expected[u"next"_s] = QJsonValue::Null;
    expected[u"previous"_s] = QJsonValue::Null;
    QCOMPARE(r.json, expected);

    // A recording whose `next` leads nowhere recorded: following it ends the walk.
    r = getUrl(indicatorUrl(u"domain"_s, u"spywaresite.info"_s, u"malware"_s));
    QCOMPARE(r.json, rewritten(u"domain_spywaresite.info_malware_2017-11-14.json"_s));
    r = getUrl(QUrl(r.json[u"next"_s].toString()));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json[u"data"_s].toArray().isEmpty());
    QVERIFY(r.json[u"next"_s].isNull());

    // nids_list pages the same way.
    r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"nids_list"_s));
    QCOMPARE(r.json, rewritten(u"ipv4_8.8.8.8_nids_list_page1_2018-02-13.json"_s));
    r = getUrl(QUrl(r.json[u"next"_s].toString()));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json[u"results"_s].toArray().isEmpty());
    QCOMPARE(r.json[u"page"_s].toInt(), 2);
    QVERIFY(r.json[u"next"_s].isNull());
}

void TestFakeOtxServer::encodedValuesRoundTrip()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QString fotoidea = u"http://www.fotoidea.com/sport/4x4_san_ponso/slides/IMG_0068.html"_s;
    const QJsonObject general2023 =
            recorded(u"recorded-wrapper_url_fotoidea-IMG_0068_general_2023-01-06.json"_s);
    QCOMPARE(general2023[u"indicator"_s].toString(), fotoidea);

    // Percent-encoded as a client should (`:` and `/` included) ...
    const QUrl encoded = indicatorUrl(u"url"_s, fotoidea, u"general"_s);
    QVERIFY(encoded.toEncoded().contains("http%3A%2F%2Fwww.fotoidea.com%2Fsport"));
    Response r = getUrl(encoded);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, general2023);
    // ... QHttpServer hands the path over decoded, %2F becoming `/` ...
    QCOMPARE(m_fake->requests().last().path,
             u"/api/v1/indicators/url/"_s + fotoidea + u"/general"_s);
    // ... unencoded, as the Python SDK sends it ...
    r = getUrl(QUrl::fromEncoded(m_fake->baseUrl().toEncoded() + "/api/v1/indicators/url/"
                                 + fotoidea.toLatin1() + "/general"));
    QCOMPARE(r.json, general2023);
    // ... and with the `//` collapsed by a proxy (the 2017 capture asked `http:/www…`).
    r = getUrl(QUrl::fromEncoded(m_fake->baseUrl().toEncoded()
                                 + "/api/v1/indicators/url/http:/www.fotoidea.com/sport/"
                                   "4x4_san_ponso/slides/IMG_0068.html/general"));
    QCOMPARE(r.json, general2023);
    QCOMPARE(m_fake->indicatorRequestCount(u"url"_s, fotoidea, u"general"_s), 3);
    r = getUrl(indicatorUrl(u"url"_s, fotoidea, u"url_list"_s, "limit=20&page=1"));
    QVERIFY(r.body == recordedBytes(u"url_fotoidea-IMG_0068_url_list_2022-07-12.json"_s));

    // A URL with its own query, `&`, an encoded slash and a fragment, unrecorded: the
    // value comes back exactly, and the corpus pulse carrying it is found.
    m_fake->setPulses(enrichmentCorpus());
    const QString odd = u"https://example.test/p/q?x=1&y=%2F"_s;
    r = getUrl(indicatorUrl(u"url"_s, odd, u"general"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"indicator"_s].toString(), odd);
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(),
             pulsesCarrying(enrichmentCorpus(), {u"URL"_s}, odd, Qt::CaseSensitive).size());
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), 1);
    const QString withFragment = odd + u"#top"_s;
    r = getUrl(indicatorUrl(u"url"_s, withFragment, u"general"_s));
    QCOMPARE(r.json[u"indicator"_s].toString(), withFragment);
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), 0);

    // IPv6, encoded (`:` as %3A), as recorded and in other spellings of the same address.
    const QJsonObject ipv6 =
            recorded(u"recorded-wrapper_ipv6_0-0-0-0-0-ffff-808-808_general_2023-01-09.json"_s);
    for (const QString &spelling :
         {u"0:0:0:0:0:ffff:808:808"_s, u"::ffff:8.8.8.8"_s, u"::FFFF:0808:0808"_s}) {
        r = getUrl(indicatorUrl(u"IPv6"_s, spelling, u"general"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, ipv6);
    }
    r = getUrl(QUrl::fromEncoded(m_fake->baseUrl().toEncoded()
                                 + "/api/v1/indicators/IPv6/0:0:0:0:0:ffff:808:808/general"));
    QCOMPARE(r.json, ipv6);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv6"_s, u"::ffff:808:808"_s, u"general"_s), 4);
    r = getUrl(indicatorUrl(u"IPv6"_s, u"2001:db8::1"_s, u"general"_s));
    QCOMPARE(r.json[u"indicator"_s].toString(), u"2001:db8::1"_s);
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), 1); // stored as 2001:DB8:0:0:0:0:0:1
}

void TestFakeOtxServer::generalIsSynthesisedFromTheCorpus()
{
    const QList<QJsonObject> corpus = enrichmentCorpus();
    m_fake->setPulses(corpus);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &pulse : corpus) {
        byId.insert(pulseId(pulse), pulse);
    }

    // 198.51.100.7 as IPv4: three pulses (one row inactive, one with a stray space); the
    // hostname row with the same text and 198.51.100.70 do not count.
    const QStringList ipIds =
            pulsesCarrying(corpus, {u"IPv4"_s}, u"198.51.100.7"_s, Qt::CaseSensitive);
    QCOMPARE(ipIds.size(), 3);
    Response r = getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.7"_s, u"general"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject info = r.json[u"pulse_info"_s].toObject();
    QCOMPARE(info[u"count"_s].toInt(), ipIds.size());
    const QJsonArray summaries = info[u"pulses"_s].toArray();
    QStringList gotIds;
    for (const QJsonValue &value : summaries) {
        const QJsonObject summary = value.toObject();
        gotIds.append(pulseId(summary));
        const QJsonObject pulse = byId.value(pulseId(summary));
        QJsonObject observation = pulse;
        observation.remove(u"indicators"_s);
        QVERIFY(!summary.contains(u"indicators"_s));
        QVERIFY(!summary.contains(u"tlp"_s));
        QCOMPARE(summary[u"observation"_s].toObject(), observation);
        QCOMPARE(summary[u"name"_s], pulse[u"name"_s]);
        QCOMPARE(summary[u"modified"_s], pulse[u"modified"_s]);
        QCOMPARE(summary[u"TLP"_s], pulse.contains(u"tlp"_s) ? pulse[u"tlp"_s] : pulse[u"TLP"_s]);
        QCOMPARE(summary[u"author"_s][u"username"_s], pulse[u"author_name"_s]);
        const QJsonArray rows = pulse[u"indicators"_s].toArray();
        QCOMPARE(summary[u"indicator_count"_s].toInt(), rows.size());
        QJsonObject counts;
        for (const QJsonValue &row : rows) {
            counts[row[u"type"_s].toString()] = counts[row[u"type"_s].toString()].toInt() + 1;
        }
        QCOMPARE(summary[u"indicator_type_counts"_s].toObject(), counts);
        for (const QString &list : {u"tags"_s,
                                    u"references"_s,
                                    u"malware_families"_s,
                                    u"attack_ids"_s,
                                    u"industries"_s,
                                    u"targeted_countries"_s}) {
            QVERIFY2(summary[list].isArray(), qPrintable(list));
            if (pulse.contains(list)) {
                QCOMPARE(summary[list], pulse[list]);
            }
        }
        QVERIFY(summary[u"adversary"_s].isString());
    }
    QCOMPARE(gotIds, ipIds); // newest first
    QCOMPARE(info[u"references"_s].toArray(),
             (QJsonArray{u"https://example.org/r1"_s, u"https://example.org/r2"_s}));
    const QJsonObject related = info[u"related"_s].toObject();
    QCOMPARE(related[u"alienvault"_s].toObject(),
             (QJsonObject{{u"adversary"_s, QJsonArray{u"APT-X"_s}},
                          {u"malware_families"_s, QJsonArray{u"Foo"_s}},
                          {u"industries"_s, QJsonArray{u"Finance"_s}}}));
    QCOMPARE(related[u"other"_s].toObject(),
             (QJsonObject{{u"adversary"_s, QJsonArray()},
                          {u"malware_families"_s, QJsonArray{u"Bar"_s, u"Foo"_s}},
                          {u"industries"_s, QJsonArray()}}));
    // base_indicator: the newest pulse's row.
    QCOMPARE(r.json[u"base_indicator"_s].toObject(),
             (QJsonObject{{u"id"_s, 101},
                          {u"indicator"_s, u"198.51.100.7"_s},
                          {u"type"_s, u"IPv4"_s},
                          {u"title"_s, u""_s},
                          {u"description"_s, u""_s},
                          {u"content"_s, u""_s},
                          {u"access_type"_s, u"public"_s},
                          {u"access_reason"_s, u""_s}}));
    QCOMPARE(r.json[u"indicator"_s].toString(), u"198.51.100.7"_s);
    QCOMPARE(r.json[u"type"_s].toString(), u"IPv4"_s);
    QCOMPARE(r.json[u"reputation"_s].toInt(), 0);
    QVERIFY(r.json[u"country_name"_s].isNull());
    QCOMPARE(r.json[u"validation"_s].toArray(), QJsonArray());
    QCOMPARE(r.json[u"false_positive"_s].toArray(), QJsonArray());

    // Domains and hashes ignore case (and a domain its trailing dot), in the query too.
    const QStringList domainIds =
            pulsesCarrying(corpus, {u"domain"_s}, u"example.test"_s, Qt::CaseInsensitive);
    QCOMPARE(domainIds.size(), 2);
    for (const QString &spelling : {u"example.test"_s, u"EXAMPLE.Test"_s, u"example.test."_s}) {
        r = getUrl(indicatorUrl(u"domain"_s, spelling, u"general"_s));
        QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), domainIds.size());
    }
    const QString md5 = u"d41d8cd98f00b204e9800998ecf8427e"_s;
    r = getUrl(indicatorUrl(u"file"_s, md5, u"general"_s));
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(),
             pulsesCarrying(corpus, {u"FileHash-MD5"_s}, md5, Qt::CaseInsensitive).size());
    QCOMPARE(r.json[u"type"_s].toString(), u"md5"_s);
    QCOMPARE(r.json[u"type_title"_s].toString(), u"FileHash-MD5"_s);
    r = getUrl(indicatorUrl(u"cve"_s, u"CVE-2024-0001"_s, u"general"_s));
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), 1);
    QCOMPARE(r.json[u"cve"_s].toString(), u"CVE-2024-0001"_s);
    r = getUrl(indicatorUrl(u"hostname"_s, u"mail.example.test"_s, u"general"_s));
    QCOMPARE(r.json[u"pulse_info"_s][u"count"_s].toInt(), 1);
    QCOMPARE(r.json[u"domain"_s].toString(), u"example.test"_s);
    r = getUrl(indicatorUrl(u"file"_s, u"abc"_s, u"general"_s)); // no hash OTX could know
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json, NOT_FOUND);

    // Nothing in the corpus: pulse_info as recorded for a value OTX has no pulse for.
    r = getUrl(indicatorUrl(u"domain"_s, u"nothing.example"_s, u"general"_s));
    QCOMPARE(r.json[u"base_indicator"_s].toObject(), QJsonObject());
    if (Fixtures::available()) {
        QCOMPARE(r.json[u"pulse_info"_s].toObject(),
                 recorded(u"recorded-wrapper_domain_swimlane.com_general_2023-01-06.json"_s)
                         [u"pulse_info"_s]
                                 .toObject());
    }
}

void TestFakeOtxServer::generalKeysFollowTheRecordings()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setPulses(enrichmentCorpus());
    struct Case
    {
        QString slug;
        QString value;
        QString template_; // the latest recorded `general` of that slug
        QStringList extra; // keys the fake adds that the template lacks
    };
    const QList<Case> cases = {
            {u"IPv4"_s,
             u"198.51.100.7"_s,
             u"recorded-wrapper_ipv4_8.8.8.8_general_2023-01-09.json"_s,
             {}},
            {u"IPv6"_s,
             u"2001:db8::1"_s,
             u"recorded-wrapper_ipv6_0-0-0-0-0-ffff-808-808_general_2023-01-09.json"_s,
             {}},
            {u"domain"_s,
             u"example.test"_s,
             u"recorded-wrapper_domain_swimlane.com_general_2023-01-06.json"_s,
             {}},
            {u"url"_s,
             u"https://example.test/p/q?x=1&y=%2F"_s,
             u"recorded-wrapper_url_fotoidea-IMG_0068_general_2023-01-06.json"_s,
             {}},
            {u"file"_s,
             u"d41d8cd98f00b204e9800998ecf8427e"_s,
             u"recorded-wrapper_file_sha1-6c5360d4_general_2023-01-09.json"_s,
             {}},
            // The only hostname captures are from 2017, before `false_positive` existed.
            {u"hostname"_s,
             u"mail.example.test"_s,
             u"hostname_mail.vspcord.com_general_2017-11-16.json"_s,
             {u"false_positive"_s}},
    };
    for (const Case &c : cases) {
        const Response r = getUrl(indicatorUrl(c.slug, c.value, u"general"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject recordedGeneral = recorded(c.template_);
        QStringList expectedKeys = keysOf(recordedGeneral) + c.extra;
        expectedKeys.sort();
        QCOMPARE(keysOf(r.json), expectedKeys);
        QCOMPARE(r.json[u"sections"_s].toArray(), recordedGeneral[u"sections"_s].toArray());
        QCOMPARE(FakeOtxServer::indicatorSections(c.slug),
                 recordedGeneral[u"sections"_s].toVariant().toStringList());
        QCOMPARE(r.json[u"type"_s].isString(), true);
        QCOMPARE(keysOf(r.json[u"pulse_info"_s].toObject()),
                 (QStringList{u"count"_s, u"pulses"_s, u"references"_s, u"related"_s}));
        QCOMPARE(keysOf(r.json[u"base_indicator"_s].toObject()),
                 keysOf(recorded(u"recorded-wrapper_ipv4_8.8.8.8_general_2023-01-09.json"_s)
                                [u"base_indicator"_s]
                                        .toObject()));
    }
    // type and type_title as recorded for the recorded kinds.
    const Response ip = getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.7"_s, u"general"_s));
    const QJsonObject ipRecorded =
            recorded(u"recorded-wrapper_ipv4_8.8.8.8_general_2023-01-09.json"_s);
    QCOMPARE(ip.json[u"type"_s], ipRecorded[u"type"_s]);
    QCOMPARE(ip.json[u"type_title"_s], ipRecorded[u"type_title"_s]);
    const Response sha1 = getUrl(
            indicatorUrl(u"file"_s, u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s, u"general"_s));
    const QJsonObject sha1Recorded =
            recorded(u"recorded-wrapper_file_sha1-6c5360d4_general_2023-01-09.json"_s);
    QCOMPARE(sha1.json[u"type"_s], sha1Recorded[u"type"_s]);
    QCOMPARE(sha1.json[u"type_title"_s], sha1Recorded[u"type_title"_s]);
    // The cve slug has only `general`, as recorded.
    QCOMPARE(FakeOtxServer::indicatorSections(u"cve"_s),
             recorded(u"cve_CVE-2014-0160_general_2018-03.json"_s)[u"sections"_s]
                     .toVariant()
                     .toStringList());
}

void TestFakeOtxServer::emptySectionsForUnrecordedValues()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QString ip = u"203.0.113.9"_s;
    const auto section = [&](const QString &slug, const QString &value, const QString &name) {
        const Response r = getUrl(indicatorUrl(slug, value, name));
        if (r.status != 200) {
            qWarning() << "status" << r.status << "for" << slug << name;
        }
        return r.json;
    };
    // Recorded empty answers, matched exactly.
    QCOMPARE(section(u"IPv4"_s, ip, u"reputation"_s),
             recorded(u"ipv4_8.8.8.8_reputation_null_2017-11-16.json"_s));
    QCOMPARE(section(u"IPv4"_s, ip, u"passive_dns"_s),
             recorded(u"hostname_otx.alienvault.com_passive_dns_empty_2018-02-15.json"_s));
    QCOMPARE(section(u"IPv4"_s, ip, u"nids_list"_s),
             recorded(u"ipv4_198.202.143.20_nids_list_empty_2018-02-15.json"_s));
    // Otherwise the recorded envelope's keys with nothing in them.
    const QJsonObject geo = section(u"IPv4"_s, ip, u"geo"_s);
    for (const QString &key : keysOf(recorded(u"ipv4_8.8.8.8_geo_2017-11-16.json"_s))) {
        QVERIFY2(geo.contains(key) && geo[key].isNull(), qPrintable(key));
    }
    for (const QString &key : keysOf(geo)) {
        QVERIFY2(geo[key].isNull(), qPrintable(key));
    }
    const QJsonObject urlList = section(u"domain"_s, u"nothing.example"_s, u"url_list"_s);
    QCOMPARE(keysOf(urlList),
             keysOf(recorded(u"domain_spywaresite.info_url_list_page1_2017-11-14.json"_s)));
    QVERIFY(urlList[u"url_list"_s].toArray().isEmpty());
    QCOMPARE(urlList[u"has_next"_s], QJsonValue(false));
    QCOMPARE(urlList[u"page_num"_s].toInt(), 1);
    const QJsonObject malware = section(u"hostname"_s, u"nothing.example"_s, u"malware"_s);
    QCOMPARE(keysOf(malware),
             keysOf(recorded(u"hostname_mail.vspcord.com_malware_2017-11-16.json"_s)));
    QVERIFY(malware[u"data"_s].toArray().isEmpty());
    QVERIFY(malware[u"next"_s].isNull());
    const QJsonObject scans = section(u"IPv4"_s, ip, u"http_scans"_s);
    QCOMPARE(keysOf(scans), keysOf(recorded(u"ipv4_8.8.8.8_http_scans_2017-11-14.json"_s)));
    QCOMPARE(scans[u"count"_s].toInt(), 0);
    const QJsonObject whois = section(u"domain"_s, u"nothing.example"_s, u"whois"_s);
    QCOMPARE(keysOf(whois), keysOf(recorded(u"domain_spywaresite.info_whois_2017-11-14.json"_s)));
    QVERIFY(whois[u"data"_s].toArray().isEmpty());
    const QJsonObject analysis =
            section(u"file"_s, u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s, u"analysis"_s);
    QCOMPARE(keysOf(analysis),
             keysOf(recorded(
                     u"file_6c5360d41bd2b14b1565f5b18e5c203cf512e493_analysis_2017-11-16.json"_s)));
    const QJsonObject urlUrlList =
            section(u"url"_s, u"https://www.example.test/a"_s, u"url_list"_s);
    QCOMPARE(keysOf(urlUrlList),
             keysOf(recorded(u"url_fotoidea-IMG_0068_url_list_2022-07-12.json"_s)));
    QCOMPARE(urlUrlList[u"net_loc"_s].toString(), u"www.example.test"_s);
    QCOMPARE(section(u"url"_s, u"https://www.example.test/a"_s, u"screenshot"_s), QJsonObject());
}

void TestFakeOtxServer::unknownValuesSlugsAndSections()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->addUnknownIndicator(u"IPv4"_s, u"203.0.113.50"_s);
    m_fake->addUnknownIndicator(u"domain"_s, u"SpywareSite.info"_s); // recorded, now unknown
    const auto expectNotFound = [&](const QUrl &target) {
        const Response r = getUrl(target);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error, QNetworkReply::ContentNotFoundError);
        QCOMPARE(r.json, NOT_FOUND);
    };
    for (const QString &name : FakeOtxServer::indicatorSections(u"IPv4"_s)) {
        expectNotFound(indicatorUrl(u"IPv4"_s, u"203.0.113.50"_s, name));
    }
    expectNotFound(indicatorUrl(u"domain"_s, u"spywaresite.info"_s, u"whois"_s));
    expectNotFound(indicatorUrl(u"domain"_s, u"spywaresite.info"_s, u"general"_s));
    QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"203.0.113.51"_s, u"general"_s)).status, 200);

    // Unknown slugs (the catalogue's `ip` included) and sections a slug does not have.
    for (const QString &slug : {u"ip"_s, u"ipv4"_s, u"email"_s, u"YARA"_s, u"nids"_s}) {
        expectNotFound(indicatorUrl(slug, u"8.8.8.8"_s, u"general"_s));
    }
    expectNotFound(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"whois"_s));
    expectNotFound(indicatorUrl(u"domain"_s, u"spywaresite.info"_s, u"reputation"_s));
    expectNotFound(
            indicatorUrl(u"file"_s, u"6c5360d41bd2b14b1565f5b18e5c203cf512e493"_s, u"geo"_s));
    expectNotFound(indicatorUrl(u"cve"_s, u"CVE-2014-0160"_s, u"geo"_s));
    expectNotFound(indicatorUrl(u"url"_s, u"http://example.test/"_s, u"geo"_s));
    expectNotFound(
            QUrl::fromEncoded(m_fake->baseUrl().toEncoded() + "/api/v1/indicators/IPv4//general"));
    // Too short for an indicator path: Django's own 404 page, as for any unknown path.
    Response r = get(u"/api/v1/indicators/IPv4/general"_s);
    QCOMPARE(r.status, 404);
    QVERIFY(r.contentType.startsWith("text/html"));
    // 404s passed key and limits, so they count as accepted requests.
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"203.0.113.50"_s, u"general"_s), 1);
    QCOMPARE(m_fake->indicatorRequestCount(u"ip"_s, u"8.8.8.8"_s, u"general"_s), 1);
}

void TestFakeOtxServer::latencyKeepsRequestsInFlight()
{
    m_fake->setPulses(enrichmentCorpus());
    m_fake->setApiKeys({QString::fromLatin1(KEY_A), QString::fromLatin1(KEY_B)});
    // Without latency every request is answered before the next is read.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.7"_s, u"general"_s), KEY_A).status,
                 200);
    }
    QCOMPARE(m_fake->maxInFlight(), 1);

    // Long enough for all five to arrive first even on a busy machine; nothing sleeps on it.
    m_fake->setLatencyMs(1000);
    const QStringList values{u"198.51.100.1"_s,
                             u"198.51.100.2"_s,
                             u"198.51.100.3"_s,
                             u"198.51.100.4"_s,
                             u"198.51.100.7"_s};
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QNetworkRequest request(indicatorUrl(u"IPv4"_s, values[i], u"general"_s));
        request.setRawHeader("X-OTX-API-KEY", i < 3 ? KEY_A : KEY_B);
        replies.emplace_back(m_nam->get(request));
    }
    // All five are read before the first answer leaves (QNAM opens up to 6 connections).
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->maxInFlight(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(),
                                         replies.cend(),
                                         [](const auto &reply) { return reply->isFinished(); }),
                             10000);
    for (qsizetype i = 0; i < values.size(); ++i) {
        QNetworkReply *reply = replies[size_t(i)].get();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject general = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(general[u"indicator"_s].toString(), values[i]);
    }
    QCOMPARE(m_fake->maxInFlight(), 5);
    QCOMPARE(m_fake->ledger(0).maxInFlight, 3);
    QCOMPARE(m_fake->ledger(1).maxInFlight, 2);
    QCOMPARE(m_fake->ledger(0).accepted, 6);

    // A client that gives up while the reply is held back: nothing is written to the
    // vanished socket, and the fake goes on serving. The next request's reply, held back as
    // long and queued later, is sent after the abandoned one's turn has come.
    m_fake->setLatencyMs(200);
    const int before = int(m_fake->requests().size());
    QNetworkRequest request(indicatorUrl(u"IPv4"_s, u"198.51.100.9"_s, u"geo"_s));
    request.setRawHeader("X-OTX-API-KEY", KEY_A);
    std::unique_ptr<QNetworkReply> abandoned(m_nam->get(request));
    QTRY_COMPARE(int(m_fake->requests().size()), before + 1);
    abandoned->abort();
    QCOMPARE(abandoned->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.9"_s, u"geo"_s), KEY_A).status, 200);
    QCOMPARE(m_fake->requests().size(), before + 2);

    // Faults are held back too, and still reach the client.
    m_fake->injectFault(u"/api/v1/indicators/"_s, 1, FakeOtxServer::Fault::DropConnection);
    const Response dropped =
            getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.9"_s, u"general"_s), KEY_A);
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(getUrl(indicatorUrl(u"IPv4"_s, u"198.51.100.9"_s, u"general"_s), KEY_A).status, 200);
}

void TestFakeOtxServer::faultsOnIndicatorRequests()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setApiKeys({QString::fromLatin1(KEY_A)});
    const QUrl general = indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"general"_s);
    m_fake->injectFault(u"/api/v1/indicators/"_s, 1, FakeOtxServer::Fault::GatewayTimeout);
    Response r = getUrl(general, KEY_A);
    QCOMPARE(r.status, 504);
    QVERIFY(r.body.contains("504 Gateway Time-out"));
    // A faulted request never reached the API: not accepted, not counted.
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"8.8.8.8"_s, u"general"_s), 0);
    QCOMPARE(m_fake->ledger(0).accepted, 0);
    QCOMPARE(m_fake->requests().size(), 1);
    const Response full = getUrl(general, KEY_A);
    QCOMPARE(full.status, 200);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"8.8.8.8"_s, u"general"_s), 1);

    m_fake->injectFault(u"/api/v1/indicators/IPv4/8.8.8.8/"_s,
                        1,
                        FakeOtxServer::Fault::TruncatedJson);
    r = getUrl(general, KEY_A);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.jsonOk);
    QVERIFY(r.body == full.body.left(full.body.size() / 2));

    m_fake->injectFault(u"/api/v1/indicators/"_s, 1, FakeOtxServer::Fault::DropConnection);
    r = getUrl(indicatorUrl(u"IPv4"_s, u"8.8.8.8"_s, u"url_list"_s, "page=2"), KEY_A);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);

    // Prefixes match the decoded path, so an encoded URL indicator can be targeted.
    const QString fotoidea = u"http://www.fotoidea.com/sport/4x4_san_ponso/slides/IMG_0068.html"_s;
    m_fake->injectFault(u"/api/v1/indicators/url/http://www.fotoidea.com/"_s,
                        1,
                        FakeOtxServer::Fault::TooManyRequestsRetryAfter);
    r = getUrl(indicatorUrl(u"url"_s, fotoidea, u"general"_s), KEY_A);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray("1"));
    QCOMPARE(getUrl(indicatorUrl(u"url"_s, fotoidea, u"general"_s), KEY_A).status, 200);
    QCOMPARE(m_fake->ledger(0).accepted, 2); // the two plain 200s; faulted ones never count
    QCOMPARE(m_fake->ledger(0).throttled, 0);
}

QTEST_GUILESS_MAIN(TestFakeOtxServer)
#include "TestFakeOtxServer.moc"
