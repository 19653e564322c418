#include "models/Database.h"
#include "models/JobRunStore.h"
#include "models/KeyStore.h"
#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "services/JobRunner.h"
#include "services/KeyRing.h"
#include "services/PulseSyncService.h"
#include "services/Scheduler.h"
#include "services/SecretStore.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/TrayIcon.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = QString(63, u'0') + u'5'; // a placeholder, not a real key

} // namespace

// The scheduler in the window, on a shortened schedule against the fake OTX: a sync due a
// moment from now starts by itself, shows in history as scheduled, and the schedule view shows
// how it ended; Run now resets the keys' usage.
class TestScheduleGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void aScheduledSyncRunsAndShowsInHistory();
    void closingWhileAJobRunsAsks();
    void aScheduledSyncWithoutAKeyEndsQuietly();
};

void TestScheduleGui::aScheduledSyncRunsAndShowsInHistory()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeOtxServer otx;
    otx.setApiKey(TEST_KEY);
    QVERIFY(otx.loadFixtureCorpus());
    QVERIFY(otx.listen() != 0);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setOtxBaseUrl(otx.baseUrl());
    settings.setScheduleTimeZone("UTC");
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"schedule.sqlite"_s);
    settings.setDatabase(database);
    {
        ScopedConnection c(database, u"setup"_s, true);
        QVERIFY(c.ok());
        QVERIFY(KeyStore(c.db()).add(u"main"_s, 9000, 0, 0));
        QVERIFY(KeyStore(c.db()).recordUse(u"main"_s, u"2000-01-01"_s, 5));
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::otxKey(u"main"_s), TEST_KEY));
    // Every job off but the sync, due two seconds from now; it must not catch up at start.
    const QTime soon = QDateTime::currentDateTimeUtc().addSecs(2).time();
    for (ScheduledJob job : settings.scheduledJobs()) {
        job.enabled = job.id == u"sync"_s;
        if (job.enabled) {
            job.times = {QTime(soon.hour(), soon.minute(), soon.second())};
        }
        settings.setScheduledJob(job);
    }
    QThreadPool pool;
    MainWindow window(settings, secrets, pool, database);
    window.setSyncOptionsOverride([](SyncOptions &o) { o.pageSize = 5; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.scheduler()->armedFor());
    QVERIFY(!window.isSyncBusy()); // nothing ran at start-up

    QSignalSpy finished(&window, &MainWindow::syncFinished);
    QSignalSpy notified(window.trayIcon(), &TrayIcon::notified);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto outcome = finished.first().first().value<SyncOutcome>();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(outcome.counts.pulsesFetched, qsizetype(otx.pulses().size()));
    // A desktop notification says what the scheduled sync brought: every pulse is new.
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(1).toString(),
             MainWindow::tr("From the scheduled sync: new pulses %L1, updated pulses %L2.")
                     .arg(otx.pulses().size())
                     .arg(0));

    // Sync history marks it as scheduled; the schedule view shows how it ended.
    {
        ScopedConnection c(database, u"history"_s);
        SyncHistoryModel history(c.db());
        history.refresh();
        QCOMPARE(history.rowCount(), 1);
        QVERIFY(history.index(0, SyncHistoryModel::Kind)
                        .data()
                        .toString()
                        .contains(SyncHistoryModel::tr("%1 (scheduled)").section(u' ', 1)));
    }
    auto *outcomeLabel = window.findChild<QLabel *>(u"scheduleOutcome-sync"_s);
    QVERIFY(outcomeLabel && outcomeLabel->toolTip() == PulseSyncService::summary(outcome));
    // Re-armed for tomorrow at the same time, not again today.
    QVERIFY(*window.scheduler()->armedFor() > QDateTime::currentMSecsSinceEpoch() + 3600000);

    // The batch sizes of the scheduled enrichment and export are set beside their jobs.
    auto *enrichCount = window.findChild<QSpinBox *>(u"scheduleCount-enrich"_s);
    QVERIFY(enrichCount && window.findChild<QSpinBox *>(u"scheduleCount-export"_s));
    QCOMPARE(enrichCount->value(), settings.scheduledEnrichCount());
    enrichCount->setValue(37);
    QCOMPARE(settings.scheduledEnrichCount(), 37);

    // Run now on the reset: the key's count from another day starts afresh.
    window.findChild<QPushButton *>(u"scheduleRunNow-reset-usage"_s)->click();
    QTRY_VERIFY(window.findChild<QLabel *>(u"scheduleOutcome-reset-usage"_s)
                        ->text()
                        .contains(u"new day"_s));
    ScopedConnection c(database, u"keys"_s);
    const OtxKeyInfo key = KeyStore(c.db()).key(u"main"_s).value();
    QCOMPARE(key.usageDay, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
}

// Closing the window while a sync runs asks: keep running in the background (the window goes
// to the tray, or is minimised where there is none, and the sync goes on), or cancel and quit.
void TestScheduleGui::closingWhileAJobRunsAsks()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeOtxServer otx;
    otx.setApiKey(TEST_KEY);
    QVERIFY(otx.loadFixtureCorpus());
    otx.setLatencyMs(150); // one pulse a page: the sync takes a few seconds
    QVERIFY(otx.listen() != 0);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setOtxBaseUrl(otx.baseUrl());
    settings.setSchedulerActive(false);
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"close.sqlite"_s);
    settings.setDatabase(database);
    {
        ScopedConnection c(database, u"setup"_s, true);
        QVERIFY(c.ok());
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::OtxApiKey, TEST_KEY));
    QThreadPool pool;
    MainWindow window(settings, secrets, pool, database);
    window.setSyncOptionsOverride([](SyncOptions &o) { o.pageSize = 1; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::syncFinished);

    // Keep running: the window leaves the screen, the sync goes on to the end.
    window.syncNow();
    QTRY_VERIFY(window.isSyncBusy());
    Dialogs::takeShown();
    Dialogs::setTestAnswer(true);
    window.close();
    QTRY_VERIFY(window.isMinimized() || !window.isVisible());
    const auto asked = Dialogs::takeShown();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().kind, Dialogs::Kind::Question);
    QVERIFY(asked.first().text.contains(MainWindow::tr("Sync")));
    QVERIFY(window.isSyncBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().value<SyncOutcome>().status, SyncStatus::Completed);

    // Cancel and quit: the sync is cancelled and the window closes.
    window.showNormal();
    window.syncEverything();
    QTRY_VERIFY(window.isSyncBusy());
    Dialogs::setTestAnswer(false);
    window.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(!window.isVisible());
    const QString status = finished.last().first().value<SyncOutcome>().status;
    QVERIFY2(status == SyncStatus::Cancelled, qPrintable(status));
}

// No OTX key at all: the scheduled sync does not start, says why in the schedule view, asks
// nothing (nobody is at the desk), and its run is recorded as ended, so the next one can run.
void TestScheduleGui::aScheduledSyncWithoutAKeyEndsQuietly()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setScheduleTimeZone("UTC");
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"nokey.sqlite"_s);
    settings.setDatabase(database);
    {
        ScopedConnection c(database, u"setup"_s, true);
        QVERIFY(c.ok());
    }
    const QTime soon = QDateTime::currentDateTimeUtc().addSecs(2).time();
    for (ScheduledJob job : settings.scheduledJobs()) {
        job.enabled = job.id == u"sync"_s;
        job.times = {QTime(soon.hour(), soon.minute(), soon.second())};
        settings.setScheduledJob(job);
    }
    MemorySecretStore secrets; // empty
    QThreadPool pool;
    MainWindow window(settings, secrets, pool, database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Dialogs::takeShown();
    QSignalSpy recorded(window.jobRunner(), &JobRunner::allRunsRecorded);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 30000);
    for (const Dialogs::Shown &shown : Dialogs::takeShown()) {
        QVERIFY2(shown.kind != Dialogs::Kind::Question, qPrintable(shown.text));
    }
    auto *label = window.findChild<QLabel *>(u"scheduleOutcome-sync"_s);
    QVERIFY(label->toolTip().startsWith(
            MainWindow::tr("The sync did not start: %1").section(u'%', 0, 0)));
    QVERIFY(!window.isSyncBusy());
    ScopedConnection c(database, u"runs"_s);
    const auto runs = JobRunStore(c.db()).runs(u"sync"_s);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QVERIFY(runs->first().finishedAtMs);
    QCOMPARE(runs->first().outcome, label->toolTip());
    // The next Run now is not refused as "running".
    QVERIFY(!window.jobRunner()->isRunning(u"sync"_s));
}

QTEST_MAIN(TestScheduleGui)
#include "TestScheduleGui.moc"
