#include "models/Database.h"
#include "models/KeyStore.h"
#include "models/PulseStore.h"
#include "models/Timestamps.h"
#include "services/KeyRing.h"
#include "services/PulseSyncService.h"
#include "services/SecretStore.h"
#include "tests/common/TestDatabases.h"
#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = u"0000000000000000000000000000000000000000000000000000000000000001"_s;

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

// The oracle for naive-UTC timestamps: Qt's ISO parser forced to UTC.
qint64 isoUtcMs(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

QJsonObject fieldCase(const QString &name)
{
    QFile file(Fixtures::root() + u"/../field-cases/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QJsonObject> fieldCasePulses(const QString &name)
{
    QList<QJsonObject> out;
    const QJsonArray results =
            fieldCase(name)[u"response_sequence"_s][0][u"body"_s][u"results"_s].toArray();
    for (const QJsonValue &v : results) {
        out.append(v.toObject());
    }
    return out;
}

} // namespace

class TestPulseSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullSyncStoresTheCorpus_data() { TestDatabases::addEngineRows(); }
    void fullSyncStoresTheCorpus();
    void secondSyncIsIdempotent_data() { TestDatabases::addEngineRows(); }
    void secondSyncIsIdempotent();
    void incrementalAsksOnlyForNewer();
    void newRevisionReplacesLinks_data() { TestDatabases::addEngineRows(); }
    void newRevisionReplacesLinks();
    void faultMidSyncThenRerunCompletes_data();
    void faultMidSyncThenRerunCompletes();
    void retriesAbsorbTransientFaults_data();
    void retriesAbsorbTransientFaults();
    void cancelKeepsCommittedPages();
    void incompletePulsesAreCompleted();
    void unknownIndicatorTypesSurvive();
    void timestampShapesF01();
    void nullFieldsF04();
    void searchAndSinglePulseLeaveTheCursor();
    void badKeyFailsClearly();
    void keyRingRotatesOnRefusalAndLimit();

private:
    SyncOutcome runSync(const SyncRequest &request = {});
    SyncOptions options() const;

    FakeOtxServer *m_fake = nullptr;
    QTemporaryDir *m_dir = nullptr;
    DatabaseConfig m_config;
    int m_maxRetries = 3;
};

void TestPulseSync::init()
{
    m_fake = new FakeOtxServer(this);
    m_fake->setApiKey(TEST_KEY);
    QVERIFY(m_fake->listen() != 0);
    m_dir = new QTemporaryDir;
    m_maxRetries = 3;
}

void TestPulseSync::cleanup()
{
    delete m_fake;
    m_fake = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

SyncOptions TestPulseSync::options() const
{
    SyncOptions o;
    o.database = m_config;
    o.otx.baseUrl = m_fake->baseUrl();
    o.otx.apiKey = TEST_KEY;
    o.otx.timeoutMs = 10000;
    o.otx.maxRetries = m_maxRetries;
    o.otx.backoffBaseMs = 20;
    o.otx.backoffCapMs = 2000;
    o.keyName = u"test"_s;
    o.pageSize = 5;
    o.indicatorPageSize = 10;
    return o;
}

SyncOutcome TestPulseSync::runSync(const SyncRequest &request)
{
    QThreadPool pool;
    QFuture<SyncOutcome> future = PulseSyncService::start(&pool, request, options());
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    pool.waitForDone();
    return future.resultCount() ? future.result() : SyncOutcome{};
}

#define OTXDESK_USE_ENGINE(engine)          \
    OTXDESK_REQUIRE_ENGINE(engine, *m_dir); \
    m_config = config;

void TestPulseSync::fullSyncStoresTheCorpus()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OTXDESK_USE_ENGINE(engine);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    QVERIFY(expected.pulses >= 30);

    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.kind, u"full"_s);
    QCOMPARE(outcome.counts.pulsesNew, expected.pulses);
    QCOMPARE(outcome.counts.indicatorsNew, qint64(expected.indicators));
    QCOMPARE(outcome.counts.indicatorsLinked, qint64(expected.links));

    ScopedConnection c(m_config, u"check"_s);
    PulseStore store(c.db());
    const QJsonObject stats = store.stats().value();
    QCOMPARE(stats[u"pulses"_s].toInteger(), expected.pulses);
    QCOMPARE(stats[u"indicators"_s].toInteger(), expected.indicators);
    QCOMPARE(stats[u"links"_s].toInteger(), expected.links);
    const QJsonObject byType = stats[u"indicators_by_type"_s].toObject();
    QCOMPARE(byType.size(), expected.indicatorsByType.size());
    for (auto it = expected.indicatorsByType.cbegin(); it != expected.indicatorsByType.cend();
         ++it) {
        QCOMPARE(byType[it.key()].toInteger(), it.value());
    }
    QCOMPARE(stats[u"sync_runs"_s][u"completed"_s].toInt(), 1);
    // Every pulse's count matches its linked rows: no half-written pulse.
    QCOMPARE(scalar(c.db(),
                    u"SELECT COUNT(*) FROM pulses p WHERE p.indicator_count <> "
                    "(SELECT COUNT(*) FROM pulse_indicators pi WHERE pi.pulse_id = p.id "
                    "AND pi.linked = 1)"_s),
             0);
    // Every request carried the key, and none went anywhere but the fake: the client's own
    // count of requests sent equals what the fake received.
    QCOMPARE(outcome.httpRequests, m_fake->requests().size());
    for (const auto &request : m_fake->requests()) {
        QVERIFY(request.keyMatched);
    }
}

void TestPulseSync::secondSyncIsIdempotent()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OTXDESK_USE_ENGINE(engine);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    QCOMPARE(runSync().status, SyncStatus::Completed);

    SyncRequest again;
    again.fullResync = true;
    const SyncOutcome second = runSync(again);
    QCOMPARE(second.status, SyncStatus::Completed);
    QCOMPARE(second.counts.pulsesFetched, expected.pulses);
    QCOMPARE(second.counts.pulsesUnchanged, expected.pulses);
    QCOMPARE(second.counts.pulsesNew + second.counts.pulsesUpdated, 0);
    QCOMPARE(second.counts.indicatorsNew + second.counts.indicatorsLinked
                     + second.counts.indicatorsUnlinked,
             qint64(0));
    ScopedConnection c(m_config, u"check"_s);
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM indicators"_s), qint64(expected.indicators));
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulse_indicators"_s), qint64(expected.links));
}

void TestPulseSync::incrementalAsksOnlyForNewer()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    qint64 newest = 0;
    QJsonObject changed;
    for (const QJsonObject &p : m_fake->pulses()) {
        const qint64 modified = isoUtcMs(p[u"modified"_s].toString());
        if (modified > newest) {
            newest = modified;
        }
        if (changed.isEmpty() && p[u"indicators"_s].toArray().size() > 2) {
            changed = p;
        }
    }
    QCOMPARE(runSync().status, SyncStatus::Completed);
    m_fake->clearRequests();

    // Nothing changed: the incremental sync asks from the newest `modified` and gets nothing.
    const SyncOutcome quiet = runSync();
    QCOMPARE(quiet.status, SyncStatus::Completed);
    QCOMPARE(quiet.kind, u"incremental"_s);
    QCOMPARE(quiet.counts.pulsesFetched, 0);
    QVERIFY(!m_fake->requests().isEmpty());
    const auto first = m_fake->requests().first();
    QCOMPARE(first.path, u"/api/v1/pulses/subscribed"_s);
    const QString since = first.query.queryItemValue(u"modified_since"_s, QUrl::FullyDecoded);
    QCOMPARE(isoUtcMs(since), newest);
    QVERIFY(since.endsWith(u'Z'));

    // One pulse changes later: only it comes back.
    changed[u"modified"_s] = QDateTime::fromMSecsSinceEpoch(newest + 60000, Qt::UTC)
                                     .toString(u"yyyy-MM-ddTHH:mm:ss.zzz000"_s);
    changed[u"revision"_s] = changed[u"revision"_s].toInt() + 1;
    m_fake->upsertPulse(changed);
    const SyncOutcome next = runSync();
    QCOMPARE(next.status, SyncStatus::Completed);
    QCOMPARE(next.counts.pulsesFetched, 1);
    QCOMPARE(next.counts.pulsesUpdated, 1);
}

void TestPulseSync::newRevisionReplacesLinks()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    OTXDESK_USE_ENGINE(engine);
    QVERIFY(m_fake->loadFixtureCorpus());
    QCOMPARE(runSync().status, SyncStatus::Completed);

    // Take a pulse, drop its first indicator and add a new one, as a new revision.
    QJsonObject pulse;
    for (const QJsonObject &p : m_fake->pulses()) {
        if (p[u"indicators"_s].toArray().size() >= 3 && p.contains(u"id"_s)) {
            pulse = p;
            break;
        }
    }
    QVERIFY(!pulse.isEmpty());
    QJsonArray indicators = pulse[u"indicators"_s].toArray();
    const QString dropped = indicators.first()[u"indicator"_s].toString();
    indicators.removeFirst();
    indicators.append(QJsonObject{{u"id"_s, 9999999999.0},
                                  {u"type"_s, u"IPv4"_s},
                                  {u"indicator"_s, u"203.0.113.250"_s},
                                  {u"created"_s, u"2026-01-01T00:00:00"_s}});
    pulse[u"indicators"_s] = indicators;
    pulse[u"revision"_s] = pulse[u"revision"_s].toInt() + 1;
    m_fake->upsertPulse(pulse);

    SyncRequest one;
    one.mode = SyncRequest::Mode::Pulse;
    one.pulseId = pulse[u"id"_s].toString();
    const SyncOutcome outcome = runSync(one);
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.pulsesUpdated, 1);
    QCOMPARE(outcome.counts.indicatorsUnlinked, 1);
    QCOMPARE(outcome.counts.indicatorsLinked, 1);
    QCOMPARE(outcome.counts.indicatorsNew, 1);

    ScopedConnection c(m_config, u"check"_s);
    QSqlQuery q(c.db());
    q.prepare(u"SELECT pi.linked FROM pulse_indicators pi JOIN pulses p ON p.id = pi.pulse_id "
              "WHERE p.otx_id = ? AND pi.raw_value = ?"_s);
    q.addBindValue(one.pulseId);
    q.addBindValue(dropped);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // unlinked, still there
    q.finish();
    QCOMPARE(scalar(c.db(),
                    u"SELECT indicator_count FROM pulses WHERE otx_id = '%1'"_s.arg(one.pulseId)),
             qint64(indicators.size()));
}

void TestPulseSync::faultMidSyncThenRerunCompletes_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("fault");
    const QList<std::pair<const char *, FakeOtxServer::Fault>> faults = {
            {"429", FakeOtxServer::Fault::TooManyRequests},
            {"429 Retry-After", FakeOtxServer::Fault::TooManyRequestsRetryAfter},
            {"500", FakeOtxServer::Fault::InternalError},
            {"504", FakeOtxServer::Fault::GatewayTimeout},
            {"truncated JSON", FakeOtxServer::Fault::TruncatedJson},
            {"dropped connection", FakeOtxServer::Fault::DropConnection},
    };
    for (const QString &engine : {u"sqlite"_s, u"postgres"_s}) {
        for (const auto &[name, fault] : faults) {
            QTest::addRow("%s %s", qPrintable(engine), name) << engine << int(fault);
        }
    }
}

void TestPulseSync::faultMidSyncThenRerunCompletes()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    QFETCH(int, fault);
    OTXDESK_USE_ENGINE(engine);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    // No retries: the fault on the third page ends the sync.
    m_maxRetries = 0;
    m_fake->injectFault(u"/api/v1/pulses/subscribed"_s, 3, FakeOtxServer::Fault(fault));
    const SyncOutcome failed = runSync();
    QCOMPARE(failed.status, SyncStatus::Failed);
    QVERIFY(!failed.error.message.isEmpty());
    QCOMPARE(failed.counts.pages, 2);

    {
        ScopedConnection c(m_config, u"check"_s);
        PulseStore store(c.db());
        // The two committed pages are there, whole; the cursor has not moved.
        QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulses"_s), qint64(failed.counts.pulsesNew));
        QCOMPARE(scalar(c.db(),
                        u"SELECT COUNT(*) FROM pulses p WHERE p.indicator_count <> "
                        "(SELECT COUNT(*) FROM pulse_indicators pi WHERE pi.pulse_id = p.id "
                        "AND pi.linked = 1)"_s),
                 0);
        QVERIFY(!store.incrementalCursor().value().has_value());
        const SyncRun run = store.run(failed.runId).value();
        QCOMPARE(run.status, SyncStatus::Failed);
        QCOMPARE(run.error, failed.error.text());
    }

    m_maxRetries = 3;
    const SyncOutcome rerun = runSync();
    QCOMPARE(rerun.status, SyncStatus::Completed);
    QCOMPARE(rerun.kind, u"full"_s);
    ScopedConnection c(m_config, u"check"_s);
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulses"_s), qint64(expected.pulses));
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM indicators"_s), qint64(expected.indicators));
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulse_indicators WHERE linked = 1"_s),
             qint64(expected.links));
}

void TestPulseSync::retriesAbsorbTransientFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("429") << int(FakeOtxServer::Fault::TooManyRequests);
    QTest::newRow("429 Retry-After") << int(FakeOtxServer::Fault::TooManyRequestsRetryAfter);
    QTest::newRow("500") << int(FakeOtxServer::Fault::InternalError);
    QTest::newRow("504") << int(FakeOtxServer::Fault::GatewayTimeout);
    QTest::newRow("truncated JSON") << int(FakeOtxServer::Fault::TruncatedJson);
    QTest::newRow("dropped connection") << int(FakeOtxServer::Fault::DropConnection);
}

void TestPulseSync::retriesAbsorbTransientFaults()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(int, fault);
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    m_fake->injectFault(u"/api/v1/pulses/subscribed"_s, 2, FakeOtxServer::Fault(fault));
    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.pulsesNew, expected.pulses);
    const int pages = (expected.pulses + 4) / 5;
    int subscribedRequests = 0;
    for (const auto &r : m_fake->requests()) {
        subscribedRequests += r.path == u"/api/v1/pulses/subscribed"_s ? 1 : 0;
    }
    QCOMPARE(subscribedRequests, pages + 1); // one page asked twice
}

void TestPulseSync::cancelKeepsCommittedPages()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    // The third page answers 429 with Retry-After: 30, so the job is waiting when cancelled.
    m_fake->setRetryAfterSeconds(30);
    m_fake->injectFault(u"/api/v1/pulses/subscribed"_s,
                        3,
                        FakeOtxServer::Fault::TooManyRequestsRetryAfter);
    SyncOptions o = options();
    o.otx.backoffCapMs = 60000;
    QThreadPool pool;
    QFuture<SyncOutcome> future = PulseSyncService::start(&pool, {}, o);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->requests().size() >= 3, 30000);
    QTest::qWait(200);
    future.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    pool.waitForDone();
    // A cancelled QFuture drops its result; the run's record in the store says what happened.
    QCOMPARE(future.resultCount(), 0);
    SyncRun run;
    {
        ScopedConnection c(m_config, u"check"_s);
        PulseStore store(c.db());
        const QList<SyncRun> runs = store.runs(10).value();
        QCOMPARE(runs.size(), 1);
        run = runs.first();
        QCOMPARE(run.status, SyncStatus::Cancelled);
        QCOMPARE(run.counts.pages, 2);
        QVERIFY(run.finishedMs.has_value());
        QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulses"_s), qint64(run.counts.pulsesNew));
        QVERIFY(!store.incrementalCursor().value().has_value());
    }
    m_fake->setRetryAfterSeconds(1);
    const SyncOutcome rerun = runSync();
    QCOMPARE(rerun.status, SyncStatus::Completed);
    QCOMPARE(rerun.counts.pulsesNew, expected.pulses - run.counts.pulsesNew);
}

void TestPulseSync::incompletePulsesAreCompleted()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    m_fake->setEmbeddedIndicatorLimit(3);
    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.indicatorsNew, qint64(expected.indicators));
    QCOMPARE(outcome.counts.indicatorsLinked, qint64(expected.links));
    int indicatorRequests = 0;
    for (const auto &r : m_fake->requests()) {
        indicatorRequests += r.path.endsWith(u"/indicators"_s) ? 1 : 0;
    }
    QVERIFY(indicatorRequests > 0);
    QCOMPARE(outcome.httpRequests, m_fake->requests().size());
}

void TestPulseSync::unknownIndicatorTypesSurvive()
{
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    const QStringList types = {u"JA3"_s,
                               u"osquery"_s,
                               u"SSLCertFingerprint"_s,
                               u"BitcoinAddress"_s,
                               u"X-FutureType"_s};
    QJsonArray indicators;
    for (int i = 0; i < types.size(); ++i) {
        indicators.append(QJsonObject{{u"id"_s, 4200000000.0 + i},
                                      {u"type"_s, types[i]},
                                      {u"indicator"_s, u"value-%1"_s.arg(i)},
                                      {u"created"_s, u"2024-01-01T00:00:00"_s}});
    }
    m_fake->setPulses({QJsonObject{{u"id"_s, u"65a500000000000000000077"_s},
                                   {u"name"_s, u"Types from the future"_s},
                                   {u"modified"_s, u"2024-01-02T00:00:00"_s},
                                   {u"revision"_s, 1},
                                   {u"indicators"_s, indicators}}});
    QCOMPARE(runSync().status, SyncStatus::Completed);
    ScopedConnection c(m_config, u"check"_s);
    PulseStore store(c.db());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(store.writePulsesJson(out));
    const QJsonArray dumped = QJsonDocument::fromJson(out.data()).array();
    QCOMPARE(dumped.size(), 1);
    QStringList got;
    for (const QJsonValue &v : dumped[0][u"indicators"_s].toArray()) {
        got.append(v[u"type"_s].toString());
    }
    got.sort();
    QStringList want = types;
    want.sort();
    QCOMPARE(got, want);
}

void TestPulseSync::timestampShapesF01()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    const QJsonObject expected =
            fieldCase(u"F01-otx-timestamp-formats.json"_s)[u"expected"_s].toObject();
    m_fake->setPulses(fieldCasePulses(u"F01-otx-timestamp-formats.json"_s));
    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.pulsesNew, expected[u"pulses_stored"_s].toInt());
    ScopedConnection c(m_config, u"check"_s);
    const QJsonObject epochs = expected[u"modified_utc_epoch_ms"_s].toObject();
    for (auto it = epochs.constBegin(); it != epochs.constEnd(); ++it) {
        QCOMPARE(scalar(c.db(), u"SELECT modified FROM pulses WHERE otx_id = '%1'"_s.arg(it.key())),
                 qint64(it.value().toDouble()));
    }
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulses WHERE modified IS NULL"_s), 0);
    PulseStore store(c.db());
    const auto cursor = store.incrementalCursor().value();
    QVERIFY(cursor);
    QCOMPARE(Timestamps::toIsoUtc(*cursor), expected[u"cursor_after_sync_utc"_s].toString());
    m_fake->clearRequests();
    QCOMPARE(runSync().status, SyncStatus::Completed);
    QCOMPARE(m_fake->requests().first().query.queryItemValue(u"modified_since"_s,
                                                             QUrl::FullyDecoded),
             expected[u"cursor_after_sync_utc"_s].toString());
}

void TestPulseSync::nullFieldsF04()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    const QList<QJsonObject> pulses = fieldCasePulses(u"F04-pulse-null-fields.json"_s);
    QCOMPARE(pulses.size(), 2);
    m_fake->setPulses(pulses);
    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.pulsesNew, 2);
    ScopedConnection c(m_config, u"check"_s);
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT description, adversary, tags, industries, refs, indicator_count "
                   "FROM pulses WHERE otx_id = '6560a1b2c3d4e5f601234567'"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    QCOMPARE(q.value(2).toString(), u"[]"_s);
    QCOMPARE(q.value(3).toString(), u"[]"_s);
    QCOMPARE(q.value(4).toString(), u"[]"_s);
    QCOMPARE(q.value(5).toInt(), 2);
    q.finish();
    // No "None" or "null" text anywhere in the store's text columns.
    for (const QString &sql :
         {u"SELECT COUNT(*) FROM pulses WHERE description IN ('None', 'null', 'NULL') "
          "OR adversary IN ('None', 'null', 'NULL') OR refs LIKE '%null%'"_s,
          u"SELECT COUNT(*) FROM pulse_indicators WHERE title IN ('None', 'null', 'NULL') "
          "OR description IN ('None', 'null', 'NULL') OR role IN ('None', 'null', 'NULL')"_s}) {
        QCOMPARE(scalar(c.db(), sql), 0);
    }
    QCOMPARE(scalar(c.db(), u"SELECT COUNT(*) FROM pulse_indicators"_s), 3);
}

void TestPulseSync::searchAndSinglePulseLeaveTheCursor()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    const QJsonObject target = m_fake->pulses().first();
    const QString word = target[u"name"_s].toString().split(u' ').first();

    SyncRequest search;
    search.mode = SyncRequest::Mode::Search;
    search.query = word;
    const SyncOutcome found = runSync(search);
    QCOMPARE(found.status, SyncStatus::Completed);
    QCOMPARE(found.kind, u"search"_s);
    // The expected hits: pulses whose name, description or tags contain the word.
    int hits = 0;
    for (const QJsonObject &p : m_fake->pulses()) {
        QString haystack = p[u"name"_s].toString() + u' ' + p[u"description"_s].toString();
        for (const QJsonValue &t : p[u"tags"_s].toArray()) {
            haystack += u' ' + t.toString();
        }
        hits += haystack.contains(word, Qt::CaseInsensitive) ? 1 : 0;
    }
    QCOMPARE(found.counts.pulsesFetched, hits);

    SyncRequest one;
    one.mode = SyncRequest::Mode::Pulse;
    one.pulseId = target[u"id"_s].toString(target[u"_id"_s].toString());
    const SyncOutcome single = runSync(one);
    QCOMPARE(single.status, SyncStatus::Completed);
    QCOMPARE(single.counts.pulsesFetched, 1);

    ScopedConnection c(m_config, u"check"_s);
    PulseStore store(c.db());
    QVERIFY(!store.incrementalCursor().value().has_value());
}

void TestPulseSync::badKeyFailsClearly()
{
    OTXDESK_REQUIRE_FIXTURES();
    OTXDESK_USE_ENGINE(u"sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    m_fake->setApiKey(u"another-key"_s);
    const SyncOutcome outcome = runSync();
    QCOMPARE(outcome.status, SyncStatus::Failed);
    QCOMPARE(outcome.error.code, OtxError::BadKey);
    QVERIFY(outcome.error.message.contains(u"Settings"_s));
    QVERIFY(!outcome.error.text().contains(TEST_KEY));
    QCOMPARE(m_fake->requests().size(), 1); // a bad key is not retried
}

void TestPulseSync::keyRingRotatesOnRefusalAndLimit()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_config.sqlitePath = m_dir->filePath(u"ring.sqlite"_s);
    QVERIFY(m_fake->loadFixtureCorpus());
    // Three keys: the primary is revoked, the second allows 3 requests a day, the third any.
    const QStringList secrets = {QString(63, u'0') + u'a',
                                 QString(63, u'0') + u'b',
                                 QString(63, u'0') + u'c'};
    m_fake->setApiKeys(secrets);
    m_fake->revokeKey(0);
    m_fake->setKeyLimits(1, 0, 3, FakeOtxServer::RetryAfterMode::WithoutRetryAfter);
    auto store = std::make_shared<MemorySecretStore>();
    {
        ScopedConnection c(m_config, u"keys"_s, true);
        QVERIFY(c.ok());
        KeyStore keys(c.db());
        for (int i = 0; i < 3; ++i) {
            const QString name = u"k%1"_s.arg(i);
            // k1 has the most budget, so it goes before k2 once k0 is refused.
            QVERIFY(keys.add(name, i == 1 ? 100000 : 50000, 0, 0));
            QVERIFY(store->write(SecretKeys::otxKey(name), secrets[i]));
        }
    }
    SyncOptions o = options();
    o.otx.apiKey.clear();
    o.keyRingSecrets = store;
    QThreadPool pool;
    QFuture<SyncOutcome> future = PulseSyncService::start(&pool, {}, o);
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    pool.waitForDone();
    QVERIFY(future.resultCount() > 0);
    const SyncOutcome outcome = future.result();
    QVERIFY2(outcome.status == SyncStatus::Completed, qPrintable(outcome.error.text()));
    QCOMPARE(outcome.counts.pulsesFetched, qsizetype(m_fake->pulses().size()));

    // From the fake's ledger: k0 refused once and never again; k1 took 3 and its limit once;
    // k2 the rest. Every request the sync counted reached the fake.
    QCOMPARE(m_fake->ledger(0).rejected, 1);
    QCOMPARE(m_fake->ledger(0).accepted, 0);
    QCOMPARE(m_fake->ledger(1).accepted, 3);
    QCOMPARE(m_fake->ledger(1).throttled, 1);
    const int accepted = m_fake->ledger(1).accepted + m_fake->ledger(2).accepted;
    QCOMPARE(outcome.httpRequests, accepted + 2);
    // And the store knows: k0 invalid, k1 resting, usage per key as the fake saw it.
    ScopedConnection c(m_config, u"keys-read"_s);
    KeyStore keys(c.db());
    const QString today = KeyRing({}, {}, nullptr).dayOf(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(keys.key(u"k0"_s)->health, OtxKeyHealth::Invalid);
    QCOMPARE(keys.key(u"k1"_s)->health, OtxKeyHealth::Limited);
    QCOMPARE(keys.key(u"k1"_s)->usedOn(today), 4);
    QCOMPARE(keys.key(u"k2"_s)->usedOn(today), m_fake->ledger(2).accepted);
}

QTEST_GUILESS_MAIN(TestPulseSync)
#include "TestPulseSync.moc"
