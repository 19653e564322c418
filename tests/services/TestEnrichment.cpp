#include "models/Database.h"
#include "models/EnrichmentStore.h"
#include "models/KeyStore.h"
#include "models/PulseStore.h"
#include "services/EnrichmentService.h"
#include "services/KeyRing.h"
#include "services/OtxParser.h"
#include "services/SecretStore.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

// Placeholders in the shape of OTX keys (64 hex characters), not real keys.
QString otxKey(int i)
{
    return QString(63, u'0') + QString::number(i + 1, 16);
}

const QStringList KEY_NAMES = {u"KEY_A"_s, u"KEY_B"_s, u"KEY_C"_s};

/// Everything a test's log said, to check that no secret appears in it.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    previousHandler(type, context, message);
}

template <typename T>
T waitFor(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.isFinished() && !future.isCanceled() && future.resultCount() > 0 ? future.result()
                                                                                   : T{};
}

QJsonObject pulseWith(const QString &id, const QString &name, const QJsonArray &indicators)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"description"_s, u""_s},
                       {u"created"_s, u"2025-01-01T00:00:00.000000"_s},
                       {u"modified"_s, u"2025-01-02T00:00:00.000000"_s},
                       {u"revision"_s, 1},
                       {u"tlp"_s, u"white"_s},
                       {u"indicators"_s, indicators}};
}

QJsonObject indicator(int id, const QString &type, const QString &value)
{
    return QJsonObject{{u"id"_s, id}, {u"type"_s, type}, {u"indicator"_s, value}};
}

/// A store, three keys in it (A primary) with their secrets, and the fake that knows them.
struct Setup
{
    QTemporaryDir dir;
    DatabaseConfig database;
    std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
    FakeOtxServer otx;
    QThreadPool pool;

    bool init(int keys, int dailyLimit = 9000, int perMinute = 600)
    {
        database.sqlitePath = dir.filePath(u"enrich.sqlite"_s);
        ScopedConnection c(database, u"setup"_s, true);
        if (!c.ok()) {
            return false;
        }
        KeyStore store(c.db());
        QStringList all;
        for (int i = 0; i < keys; ++i) {
            if (!store.add(KEY_NAMES[i], dailyLimit, perMinute, 0)
                || !secrets->write(SecretKeys::otxKey(KEY_NAMES[i]), otxKey(i))) {
                return false;
            }
            all.append(otxKey(i));
        }
        otx.setApiKeys(all);
        return otx.listen() != 0;
    }

    bool storePulses(const QList<QJsonObject> &pulses)
    {
        ScopedConnection c(database, u"setup-pulses"_s);
        PulseStore store(c.db());
        QList<Pulse> parsed;
        for (const QJsonObject &json : pulses) {
            auto p = OtxParser::parsePulse(json);
            if (!p) {
                return false;
            }
            parsed.append(p.value());
        }
        auto run = store.startRun(u"pulse"_s, {}, u"test"_s, std::nullopt);
        return run && store.writePage(parsed, run.value());
    }

    EnrichOptions options() const
    {
        EnrichOptions o;
        o.database = database;
        o.otxBaseUrl = otx.baseUrl();
        o.secrets = secrets;
        o.ring.zone = QTimeZone::utc();
        o.backoffBaseMs = 20;
        // The summary needs only general here; other sections are tested on their own.
        for (const QString &slug : {u"IPv4"_s, u"IPv6"_s, u"domain"_s, u"hostname"_s}) {
            o.sections.insert(slug, {u"general"_s});
        }
        return o;
    }

    EnrichOutcome enrich(const EnrichRequest &request, const EnrichOptions &options)
    {
        return waitFor(EnrichmentService::start(&pool, request, options));
    }

    qint64 scalar(const QString &sql)
    {
        ScopedConnection c(database, Database::uniqueConnectionName(u"read"_s));
        QSqlQuery q(c.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::optional<IndicatorSummary> summaryOf(const QString &value)
    {
        ScopedConnection c(database, Database::uniqueConnectionName(u"read"_s));
        QSqlQuery q(c.db());
        q.prepare(u"SELECT id FROM indicators WHERE value = ?"_s);
        q.addBindValue(value);
        if (!q.exec() || !q.next()) {
            return std::nullopt;
        }
        auto s = EnrichmentStore(c.db()).summary(q.value(0).toLongLong());
        return s ? s.value() : std::nullopt;
    }

    OtxKeyInfo key(const QString &name)
    {
        ScopedConnection c(database, Database::uniqueConnectionName(u"read"_s));
        return KeyStore(c.db()).key(name).value();
    }

    int totalRequests(int keys)
    {
        int n = 0;
        for (int i = 0; i < keys; ++i) {
            const auto l = otx.ledger(i);
            n += l.accepted + l.throttled + l.rejected;
        }
        return n;
    }
};

} // namespace

// Bulk enrichment against the fake OTX: key rotation (F05), limits counted from the fake's
// ledger, freshness, 404s, types OTX cannot enrich, faults, and what is stored.
class TestEnrichment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void followsFieldCaseF05();
    void limitsAreKeptAndEachIndicatorIsFetchedOnce();
    void dailyBudgetStopsAndTheNextDayResumes();
    void freshIndicatorsAreNotFetched();
    void notFoundAndNotEnrichable();
    void faultsAreRetriedAndFailuresWaitForTheNextRun();
    void mispAttributesHighThreatFirst_data();
    void mispAttributesHighThreatFirst();
};

void TestEnrichment::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureLog);
}

void TestEnrichment::init()
{
    QMutexLocker lock(&logMutex);
    logLines.clear();
}

void TestEnrichment::followsFieldCaseF05()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject f05 = Fixtures::fieldCase(u"F05-rate-limit-key-rotation.json"_s);
    QVERIFY(!f05.isEmpty());
    Setup s;
    QVERIFY(s.init(3));
    // .22 is in one pulse in OTX, .21 in none (as the case's bodies say).
    const QJsonArray steps = f05[u"response_sequence"_s].toArray();
    const QJsonObject lastBody = steps.last()[u"body"_s].toObject();
    const QString pulseName = lastBody[u"pulse_info"_s][u"pulses"_s][0][u"name"_s].toString();
    const QString pulseId = lastBody[u"pulse_info"_s][u"pulses"_s][0][u"id"_s].toString();
    s.otx.setPulses({pulseWith(pulseId,
                               pulseName,
                               {indicator(1, u"IPv4"_s, lastBody[u"indicator"_s].toString())})});

    // The case's answers: A is over its limit (429, no Retry-After) - it spent its one request
    // of the day before the job; C is revoked (403); B's second request meets a 429 with
    // Retry-After (a fault on the 4th indicator request; 1 s rather than the case's 7 s).
    s.otx.setKeyLimits(0, 0, 1, FakeOtxServer::RetryAfterMode::WithoutRetryAfter);
    {
        QNetworkAccessManager nam;
        QNetworkRequest r(
                s.otx.baseUrl().resolved(QUrl(u"/api/v1/indicators/cve/CVE-2014-0160/general"_s)));
        r.setRawHeader("X-OTX-API-KEY", otxKey(0).toUtf8());
        std::unique_ptr<QNetworkReply> reply(nam.get(r));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    s.otx.revokeKey(2);
    s.otx.setRetryAfterSeconds(1);
    s.otx.injectFault(u"/api/v1/indicators/"_s, 4, FakeOtxServer::Fault::TooManyRequestsRetryAfter);

    EnrichRequest request;
    request.source = EnrichRequest::Source::Values;
    for (const QJsonValue &w : f05[u"setup"_s][u"work"_s].toArray()) {
        request.values.append(w[u"type"_s].toString() + u' ' + w[u"indicator"_s].toString());
    }
    EnrichOptions options = s.options();
    options.ring.cooldownMs =
            f05[u"setup"_s][u"default_cooldown_when_no_retry_after_s"_s].toInt() * 1000LL;
    options.maxInFlight = 1; // one request at a time, as the case's sequence is
    const EnrichOutcome outcome = s.enrich(request, options);
    QCOMPARE(outcome.status, u"completed"_s);
    QCOMPARE(outcome.enriched, 2);

    // The fake's ledger: five requests in all (the fault's 429 is not in a ledger, so count
    // it apart), none with C after its 403, A once.
    const QJsonObject expected = f05[u"expected"_s].toObject();
    QCOMPARE(s.totalRequests(3) - 1 /* A's request before the job */ + 1 /* the fault */,
             expected[u"total_http_requests"_s].toInt());
    QCOMPARE(outcome.requests, expected[u"total_http_requests"_s].toInt());
    QCOMPARE(s.otx.ledger(2).rejected, 1);
    QCOMPARE(s.otx.ledger(2).accepted, expected[u"requests_with_KEY_C_after_403"_s].toInt());
    QCOMPARE(s.otx.ledger(0).throttled, 1);
    QCOMPARE(s.otx.ledger(1).accepted, 2);

    // What is stored: pulse counts 0 and 1; A limited, B fine, C invalid.
    QCOMPARE(s.summaryOf(u"198.51.100.21"_s).value().pulseCount, std::optional<int>(0));
    QCOMPARE(s.summaryOf(u"198.51.100.22"_s).value().pulseCount, std::optional<int>(1));
    QCOMPARE(s.key(u"KEY_A"_s).health, OtxKeyHealth::Limited);
    QCOMPARE(s.key(u"KEY_B"_s).health, OtxKeyHealth::Ok);
    QCOMPARE(s.key(u"KEY_C"_s).health, OtxKeyHealth::Invalid);
    QVERIFY(std::any_of(outcome.notices.cbegin(), outcome.notices.cend(), [](const QString &n) {
        return n.contains(u"KEY_C"_s) && n.contains(u"403"_s);
    }));

    // No key material in the log or the notices.
    QMutexLocker lock(&logMutex);
    for (const QString &line : logLines + outcome.notices) {
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(!line.contains(otxKey(i)), "a key reached the log");
        }
    }
}

void TestEnrichment::limitsAreKeptAndEachIndicatorIsFetchedOnce()
{
    Setup s;
    constexpr int PER_MINUTE = 600;
    QVERIFY(s.init(3, 9000, PER_MINUTE));
    for (int i = 0; i < 3; ++i) {
        s.otx.setKeyLimits(i, PER_MINUTE, 0, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    }
    s.otx.setLatencyMs(30);
    QStringList values;
    QJsonArray indicators;
    for (int i = 0; i < 60; ++i) {
        values.append(u"203.0.113.%1"_s.arg(i + 1));
        indicators.append(indicator(i + 1, u"IPv4"_s, values.last()));
    }
    s.otx.setPulses({pulseWith(u"65aa00000000000000000042"_s, u"Many"_s, indicators)});
    QVERIFY(s.storePulses(s.otx.pulses()));

    EnrichRequest request; // every pending indicator
    EnrichOptions options = s.options();
    options.maxInFlight = 4;
    options.sections[u"IPv4"_s] = {u"general"_s, u"reputation"_s};
    const EnrichOutcome outcome = s.enrich(request, options);
    QCOMPARE(outcome.status, u"completed"_s);
    QCOMPARE(outcome.enriched, 60);

    int accepted = 0;
    for (int i = 0; i < 3; ++i) {
        const auto l = s.otx.ledger(i);
        QCOMPARE(l.throttled, 0); // never over a key's limit
        QVERIFY(l.maxInAnyMinute <= PER_MINUTE);
        accepted += l.accepted;
    }
    QCOMPARE(accepted, 120);
    QVERIFY2(s.otx.maxInFlight() <= options.maxInFlight,
             qPrintable(QString::number(s.otx.maxInFlight())));
    for (const QString &v : std::as_const(values)) {
        QCOMPARE(s.otx.indicatorRequestCount(u"IPv4"_s, v, u"general"_s), 1);
        QCOMPARE(s.otx.indicatorRequestCount(u"IPv4"_s, v, u"reputation"_s), 1);
        QCOMPARE(s.summaryOf(v).value().pulseCount, std::optional<int>(1));
    }
    // Usage counted in the store, per key, adds up to what the fake accepted.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    int used = 0;
    for (const QString &name : KEY_NAMES) {
        used += s.key(name).usedOn(today);
    }
    QCOMPARE(used, 120);
}

void TestEnrichment::dailyBudgetStopsAndTheNextDayResumes()
{
    Setup s;
    QVERIFY(s.init(2, 10));
    QStringList values;
    for (int i = 0; i < 25; ++i) {
        values.append(u"mail%1.example.net"_s.arg(i));
    }
    EnrichRequest request;
    request.source = EnrichRequest::Source::Values;
    request.values = values;
    EnrichOptions options = s.options();
    const EnrichOutcome first = s.enrich(request, options);
    QCOMPARE(first.status, u"stopped"_s);
    QVERIFY(first.stopReason.contains(u"daily budget"_s));
    QCOMPARE(first.enriched, 20);
    QCOMPARE(s.totalRequests(2), 20);

    // Tomorrow (the job's clock a day ahead): the five left, and nothing twice.
    options.clock = [] {
        return QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000;
    };
    const EnrichOutcome second = s.enrich(request, options); // the same list again
    QCOMPARE(second.status, u"completed"_s);
    QCOMPARE(second.enriched, 5);
    QCOMPARE(second.fresh, 20);
    for (const QString &v : std::as_const(values)) {
        QCOMPARE(s.otx.indicatorRequestCount(u"hostname"_s, v, u"general"_s), 1);
    }
}

void TestEnrichment::freshIndicatorsAreNotFetched()
{
    Setup s;
    QVERIFY(s.init(1));
    QJsonArray indicators;
    for (int i = 0; i < 10; ++i) {
        indicators.append(indicator(i + 1, u"domain"_s, u"site%1.example"_s.arg(i)));
    }
    s.otx.setPulses({pulseWith(u"65aa00000000000000000043"_s, u"Ten"_s, indicators)});
    QVERIFY(s.storePulses(s.otx.pulses()));
    EnrichRequest byPulse;
    byPulse.source = EnrichRequest::Source::Pulse;
    byPulse.pulseId = u"65aa00000000000000000043"_s;
    QCOMPARE(s.enrich(byPulse, s.options()).enriched, 10);
    QCOMPARE(s.totalRequests(1), 10);

    // Again within the freshness window: nothing is fetched, by pulse or as pending.
    const EnrichOutcome again = s.enrich(byPulse, s.options());
    QCOMPARE(again.fresh, 10);
    QCOMPARE(again.requests, 0);
    QCOMPARE(s.enrich(EnrichRequest{}, s.options()).requests, 0);
    QCOMPARE(s.totalRequests(1), 10);

    // Forced, or once stale: fetched again.
    byPulse.force = true;
    QCOMPARE(s.enrich(byPulse, s.options()).requests, 10);
    EnrichOptions later = s.options();
    later.clock = [] {
        return QDateTime::currentMSecsSinceEpoch() + 8LL * 24 * 3600 * 1000;
    };
    QCOMPARE(s.enrich(EnrichRequest{}, later).requests, 10);
}

void TestEnrichment::notFoundAndNotEnrichable()
{
    Setup s;
    QVERIFY(s.init(1, 9000, 0)); // no pacing: sections could all go out at once
    s.otx.addUnknownIndicator(u"IPv4"_s, u"192.0.2.200"_s);
    EnrichRequest request;
    request.source = EnrichRequest::Source::Values;
    request.values = {u"192.0.2.200"_s,
                      u"192.0.2.201"_s,
                      u"someone@example.org"_s,
                      u"FilePath C:\\evil.exe"_s,
                      u"no-type-here"_s};
    EnrichOptions options = s.options();
    options.sections[u"IPv4"_s] = {u"general"_s, u"reputation"_s, u"passive_dns"_s};
    const EnrichOutcome outcome = s.enrich(request, options);
    QCOMPARE(outcome.status, u"completed"_s);
    QCOMPARE(outcome.notFound, 1);
    QCOMPARE(outcome.enriched, 1);
    QCOMPARE(outcome.notEnrichable, 2); // the e-mail and the file path, never sent
    QCOMPARE(outcome.unknownValues, 1);
    // OTX knew nothing of .200: only general was asked.
    QCOMPARE(s.otx.indicatorRequestCount(u"IPv4"_s, u"192.0.2.200"_s, u"reputation"_s), 0);
    QCOMPARE(s.otx.indicatorRequestCount(u"IPv4"_s, u"192.0.2.201"_s, u"passive_dns"_s), 1);
    QCOMPARE(s.totalRequests(1), 1 + 3);
    ScopedConnection c(s.database, u"check"_s);
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT i.value, e.status FROM indicator_enrichment e JOIN indicators i ON "
                   "i.id = e.indicator_id ORDER BY i.value"_s));
    QStringList rows;
    while (q.next()) {
        rows.append(q.value(0).toString() + u'=' + q.value(1).toString());
    }
    QCOMPARE(rows, (QStringList{u"192.0.2.200=not_found"_s, u"192.0.2.201=enriched"_s}));
}

void TestEnrichment::faultsAreRetriedAndFailuresWaitForTheNextRun()
{
    Setup s;
    QVERIFY(s.init(1));
    const QString prefix = u"/api/v1/indicators/domain/"_s;
    // The first request: a 500; the second: cut off; the third: half a JSON body. Each is
    // retried and the three indicators end enriched.
    s.otx.injectFault(prefix, 1, FakeOtxServer::Fault::InternalError);
    s.otx.injectFault(prefix, 2, FakeOtxServer::Fault::DropConnection);
    s.otx.injectFault(prefix, 3, FakeOtxServer::Fault::TruncatedJson);
    EnrichRequest request;
    request.source = EnrichRequest::Source::Values;
    request.values = {u"a.example"_s, u"b.example"_s, u"c.example"_s};
    EnrichOptions options = s.options();
    options.maxInFlight = 1;
    EnrichOutcome outcome = s.enrich(request, options);
    QCOMPARE(outcome.enriched, 3);
    QCOMPARE(outcome.failed, 0);

    // A value that fails every attempt is stored as failed and waits for the next run.
    request.values = {u"d.example"_s};
    for (int i = 1; i <= options.maxAttempts; ++i) {
        s.otx.injectFault(prefix, i, FakeOtxServer::Fault::GatewayTimeout);
    }
    outcome = s.enrich(request, options);
    QCOMPARE(outcome.failed, 1);
    QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM indicator_enrichment WHERE status = 'failed'"_s), 1);
    outcome = s.enrich(request, options); // not fresh: it failed
    QCOMPARE(outcome.enriched, 1);
    QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM indicator_enrichment WHERE status = 'failed'"_s), 0);
}

void TestEnrichment::mispAttributesHighThreatFirst_data()
{
    QTest::addColumn<bool>("ignoreLimit");
    QTest::newRow("as MISP pages") << false;
    QTest::newRow("MISP ignores the page size") << true;
}

void TestEnrichment::mispAttributesHighThreatFirst()
{
    QFETCH(bool, ignoreLimit);
    OTXDESK_REQUIRE_FIXTURES(); // the fake MISP answers from the recorded tables
    Setup s;
    QVERIFY(s.init(1));
    FakeMispServer misp;
    const QString mispKey = u"enrich0000000000000000000000000000000000"_s;
    misp.setApiKey(mispKey);
    QVERIFY(misp.listen());
    FakeMispServer::AttributeSearchQuirks quirks;
    quirks.ignoreLimit = ignoreLimit;
    misp.setAttributeSearchQuirks(quirks);
    auto attribute = [](const QString &type, const QString &category, const QString &value) {
        return QJsonObject{{u"type"_s, type}, {u"category"_s, category}, {u"value"_s, value}};
    };
    // A Low event seeded first (lower ids), then a High one: High must still go first.
    QVERIFY(!misp.seedEvent(QJsonObject{
                                    {u"info"_s, u"Low"_s},
                                    {u"threat_level_id"_s, u"3"_s},
                                    {u"Attribute"_s,
                                     QJsonArray{attribute(u"ip-dst"_s,
                                                          u"Network activity"_s,
                                                          u"198.51.100.30"_s),
                                                attribute(u"domain"_s,
                                                          u"Network activity"_s,
                                                          u"low.example"_s),
                                                attribute(u"text"_s, u"Other"_s, u"just words"_s)}},
                            })
                     .isEmpty());
    QVERIFY(!misp
                     .seedEvent(QJsonObject{
                             {u"info"_s, u"High"_s},
                             {u"threat_level_id"_s, u"1"_s},
                             {u"Attribute"_s,
                              QJsonArray{
                                      attribute(u"ip-dst|port"_s,
                                                u"Network activity"_s,
                                                u"198.51.100.10|443"_s),
                                      attribute(u"md5"_s, u"Payload delivery"_s, QString(32, u'a')),
                                      attribute(u"email-src"_s,
                                                u"Payload delivery"_s,
                                                u"bad@example.org"_s),
                                      attribute(u"domain"_s,
                                                u"Network activity"_s,
                                                u"low.example"_s)}},
                     })
                     .isEmpty());

    EnrichRequest request;
    request.source = EnrichRequest::Source::Misp;
    request.misp.pageSize = 2;
    EnrichOptions options = s.options();
    options.misp.baseUrl = misp.baseUrl();
    options.misp.apiKey = mispKey;
    options.maxInFlight = 1; // in order, to see the order
    options.sections[u"file"_s] = {u"general"_s};
    const EnrichOutcome outcome = s.enrich(request, options);
    QCOMPARE(outcome.status, u"completed"_s);
    QCOMPARE(outcome.mispAttributes, 7);
    QCOMPARE(outcome.mispSkipped, 1);   // the text attribute
    QCOMPARE(outcome.notEnrichable, 1); // the e-mail address
    QCOMPARE(outcome.enriched, 4);      // two addresses, the hash, the shared domain
    // The High event's indicators were asked first, the Low event's address last.
    QStringList asked;
    for (const auto &r : s.otx.requests()) {
        if (r.path.startsWith(u"/api/v1/indicators/"_s)) {
            asked.append(r.path.section(u'/', 5, 5));
        }
    }
    QCOMPARE(asked.size(), 4);
    QCOMPARE(asked.last(), u"198.51.100.30"_s);
    QVERIFY(asked.indexOf(u"198.51.100.10"_s) < 3 && asked.indexOf(QString(32, u'a')) < 3);
    // Every attribute is tied to its indicator, with its event's threat level; the shared
    // domain carries both.
    QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM misp_attributes"_s), 6);
    QCOMPARE(s.scalar(u"SELECT MIN(threat_level) FROM misp_attributes a JOIN indicators i ON "
                      "i.id = a.indicator_id WHERE i.value = 'low.example'"_s),
             1);
    QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM indicators WHERE value = '198.51.100.10'"_s), 1);
}

QTEST_GUILESS_MAIN(TestEnrichment)
#include "TestEnrichment.moc"
