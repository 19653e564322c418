#include "models/Database.h"
#include "models/JobRunStore.h"
#include "models/KeyStore.h"
#include "services/AppSettings.h"
#include "services/JobRunner.h"
#include "services/KeyRing.h"
#include "services/Scheduler.h"
#include "services/SecretStore.h"
#include "tests/common/TestDatabases.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"
#include "ui/Dialogs.h"
#include "ui/EnrichmentPanel.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Placeholders, not real keys.
const QString KEY_A = QString(63, u'0') + u'a';
const QString KEY_B = QString(63, u'0') + u'b';
const QString MISP_KEY = u"team0000000000000000000000000000000000ab"_s;
constexpr int BUDGET = 70; // requests per key and day, enforced by the fake too
const QStringList JOBS = {u"sync"_s, u"reset-usage"_s, u"enrich"_s, u"export"_s};

/// One analyst's desktop: its own settings file, keychain and thread pool, on the shared
/// database.
struct Desktop
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    MemorySecretStore secrets;
    QThreadPool pool;
    std::unique_ptr<MainWindow> window;
};

qint64 count(const DatabaseConfig &config, const QString &sql)
{
    ScopedConnection c(config, u"count"_s);
    QSqlQuery q(c.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

// Team mode: two desktops on one Postgres (or one SQLite file) with the same schedule. Each
// scheduled job runs exactly once, on one of them, and the other says who ran it; two desktops
// enriching at once never take a key past its daily budget.
class TestTeamMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void twoDesktopsRunEachJobOnce_data() { TestDatabases::addEngineRows(); }
    void twoDesktopsRunEachJobOnce();
};

void TestTeamMode::twoDesktopsRunEachJobOnce()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    FakeOtxServer otx;
    otx.setApiKeys({KEY_A, KEY_B});
    otx.setKeyLimits(0, 0, BUDGET, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    otx.setKeyLimits(1, 0, BUDGET, FakeOtxServer::RetryAfterMode::WithRetryAfter);
    QVERIFY(otx.loadFixtureCorpus());
    QVERIFY(otx.listen() != 0);
    FakeMispServer misp;
    misp.setApiKey(MISP_KEY);
    QVERIFY(misp.listen());
    {
        ScopedConnection c(config, u"setup"_s, true);
        QVERIFY(c.ok());
        KeyStore keys(c.db());
        QVERIFY(keys.add(u"a"_s, BUDGET, 0, 0));
        QVERIFY(keys.add(u"b"_s, BUDGET, 0, 0));
    }

    // The sync and the reset a few seconds from now; enrichment and export once the sync has
    // brought pulses. Times are whole seconds, as both desktops read them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTime first = now.addSecs(4).time();
    const QTime second = now.addSecs(12).time();
    const auto due = [&](const QTime &t) {
        return QDateTime(now.date(), QTime(t.hour(), t.minute(), t.second()), Qt::UTC)
                .addDays(t < now.time() ? 1 : 0)
                .toMSecsSinceEpoch();
    };
    const QHash<QString, qint64> dueAt = {{u"sync"_s, due(first)},
                                          {u"reset-usage"_s, due(first)},
                                          {u"enrich"_s, due(second)},
                                          {u"export"_s, due(second)}};

    const QStringList names = {u"alice@ws1"_s, u"bob@ws2"_s};
    std::array<Desktop, 2> desktops;
    for (int d = 0; d < 2; ++d) {
        Desktop &desk = desktops[d];
        desk.settings = std::make_unique<AppSettings>(desk.dir.filePath(u"settings.ini"_s));
        AppSettings &s = *desk.settings;
        s.setDatabase(config);
        s.setOtxBaseUrl(otx.baseUrl());
        s.setMispBaseUrl(misp.baseUrl());
        s.setScheduleTimeZone("UTC");
        s.setDesktopName(names[d]);
        // Seen just now: were the windows slow to open past a due time, that run catches up at
        // start instead of being lost.
        s.setSchedulerLastSeen(now.toMSecsSinceEpoch());
        s.setScheduledEnrichCount(20);
        s.setScheduledExportCount(5);
        for (ScheduledJob job : s.scheduledJobs()) {
            const QTime t = dueAt[job.id] == due(first) ? first : second;
            job.times = {QTime(t.hour(), t.minute(), t.second())};
            job.enabled = true;
            s.setScheduledJob(job);
        }
        QVERIFY(desk.secrets.write(SecretKeys::otxKey(u"a"_s), KEY_A));
        QVERIFY(desk.secrets.write(SecretKeys::otxKey(u"b"_s), KEY_B));
        QVERIFY(desk.secrets.write(SecretKeys::MispApiKey, MISP_KEY));
    }
    for (Desktop &desk : desktops) {
        desk.window = std::make_unique<MainWindow>(*desk.settings, desk.secrets, desk.pool, config);
        desk.window->setSyncOptionsOverride([](SyncOptions &o) { o.pageSize = 5; });
        desk.window->show();
    }

    // Every job ran and recorded its end.
    QTRY_COMPARE_WITH_TIMEOUT(
            count(config, u"SELECT COUNT(*) FROM job_runs WHERE finished_at IS NOT NULL"_s),
            qint64(JOBS.size()),
            90000);
    QTest::qWait(1000); // a second run, were there one, would have started by now
    QTRY_VERIFY(!desktops[0].window->isSyncBusy() && !desktops[1].window->isSyncBusy());

    // Each job once, for its due time, on one desktop.
    {
        ScopedConnection c(config, u"runs"_s);
        JobRunStore runs(c.db());
        for (const QString &job : JOBS) {
            const auto list = runs.runs(job);
            QVERIFY(list);
            QVERIFY2(list->size() == 1, qPrintable(job));
            QCOMPARE(list->first().dueAtMs, std::optional<qint64>(dueAt[job]));
            QVERIFY(names.contains(list->first().desktop));
            QVERIFY(list->first().finishedAtMs);
            // The other desktop skipped it and says who ran it.
            const int other = names.indexOf(list->first().desktop) == 0 ? 1 : 0;
            auto *label = desktops[other].window->findChild<QLabel *>(u"scheduleOutcome-"_s + job);
            QVERIFY(label);
            QVERIFY2(label->text().contains(list->first().desktop), qPrintable(label->text()));
        }
    }
    QCOMPARE(count(config, u"SELECT COUNT(*) FROM sync_runs WHERE started_by = 'scheduled'"_s),
             qint64(1));
    QCOMPARE(count(config, u"SELECT COUNT(*) FROM sync_runs"_s), qint64(1));
    int firstPages = 0;
    QSet<QString> indicatorRequests;
    int repeatedIndicatorRequests = 0;
    for (const FakeOtxServer::RecordedRequest &r : otx.requests()) {
        if (r.path.startsWith(u"/api/v1/pulses/subscribed"_s)
            && r.query.queryItemValue(u"page"_s).toInt() <= 1) {
            ++firstPages;
        }
        if (r.path.startsWith(u"/api/v1/indicators/"_s)) {
            repeatedIndicatorRequests += indicatorRequests.contains(r.path) ? 1 : 0;
            indicatorRequests.insert(r.path);
        }
    }
    QCOMPARE(firstPages, 1);
    QCOMPARE(repeatedIndicatorRequests, 0);
    const QList<QJsonObject> events = misp.events();
    QSet<QString> uuids;
    for (const QJsonObject &event : events) {
        uuids.insert(event[u"Event"_s][u"uuid"_s].toString());
    }
    QVERIFY(!events.isEmpty());
    QVERIFY(events.size() <= 5);
    QCOMPARE(uuids.size(), events.size());
    QCOMPARE(misp.requestCount(u"POST"_s, u"/events/add"_s), int(events.size()));

    // Both desktops enrich everything waiting at once, on the same two keys: between them
    // they spend each key's budget exactly, never more.
    QSignalSpy doneA(desktops[0].window->enrichmentPanel(), &EnrichmentPanel::enrichmentFinished);
    QSignalSpy doneB(desktops[1].window->enrichmentPanel(), &EnrichmentPanel::enrichmentFinished);
    QVERIFY(desktops[0].window->enrichmentPanel()->enrichPending(100000));
    QVERIFY(desktops[1].window->enrichmentPanel()->enrichPending(100000));
    QTRY_VERIFY_WITH_TIMEOUT(doneA.size() == 1 && doneB.size() == 1, 120000);
    ScopedConnection c(config, u"keys"_s);
    const auto keys = KeyStore(c.db()).keys();
    QVERIFY(keys);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (int k = 0; k < 2; ++k) {
        const FakeOtxServer::KeyLedger ledger = otx.ledger(k);
        QCOMPARE(ledger.throttled, 0); // the fake never had to refuse: nobody overspent
        QCOMPARE(ledger.accepted, BUDGET);
        QCOMPARE(keys->at(k).usedOn(today), BUDGET);
    }
}

QTEST_MAIN(TestTeamMode)
#include "TestTeamMode.moc"
