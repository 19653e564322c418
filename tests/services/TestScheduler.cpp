#include "services/Scheduler.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QList<ScheduledJob> defaultJobs()
{
    // The defaults analysts use (issue 5), in UTC for the test.
    return {{u"sync"_s, {QTime(9, 0), QTime(21, 0)}, true, true},
            {u"enrich"_s, {QTime(3, 0)}, true, true},
            {u"export"_s, {QTime(4, 0)}, true, false},
            {u"reset-usage"_s, {QTime(0, 0)}, true, true}};
}

/// A scheduler on a stepped clock, recording what it started.
struct Rig
{
    qint64 clock = 0;
    QStringList started;
    QList<std::optional<qint64>> dues; ///< the due time each start was for
    QSet<QString> running;
    Scheduler scheduler{QTimeZone::utc(),
                        [this](const QString &id, std::optional<qint64> due) {
                            started.append(id);
                            dues.append(due);
                            return true;
                        },
                        [this](const QString &id) { return running.contains(id); },
                        [this] {
                            return clock;
                        }};
};

} // namespace

// The scheduler's decisions on a stepped clock: the timer armed for the next due time, runs at
// their times, never twice, catch-up at start-up, clock jumps, Run now.
class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void armsForTheNextDueTimeAndRunsOnce();
    void skipsAJobStillRunning();
    void catchesUpOnceAtStartUp();
    void clockJumps();
    void runNow();
    void theTimerFiresAtTheDueTime();
};

void TestScheduler::armsForTheNextDueTimeAndRunsOnce()
{
    Rig r;
    r.clock = utc(u"2026-12-04T08:00:00"_s);
    r.scheduler.setJobs(defaultJobs());
    r.scheduler.start(std::nullopt); // first start: nothing to catch up
    QVERIFY(r.started.isEmpty());
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-04T09:00:00"_s)));
    QCOMPARE(r.scheduler.nextRun(u"enrich"_s),
             std::optional<qint64>(utc(u"2026-12-05T03:00:00"_s)));

    // The timer fires just after 09:00: sync runs, once.
    r.clock = utc(u"2026-12-04T09:00:00"_s) + 5;
    r.scheduler.check();
    QCOMPARE(r.started, QStringList{u"sync"_s});
    // It runs for its 09:00, which desktops sharing a database agree on.
    QCOMPARE(r.dues.first(), std::optional<qint64>(utc(u"2026-12-04T09:00:00"_s)));
    r.scheduler.check(); // a spurious second firing runs nothing
    QCOMPARE(r.started.size(), 1);
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-04T21:00:00"_s)));

    // Through the night: 21:00 sync, 00:00 reset, 03:00 enrich, 04:00 export.
    for (const QString &at : {u"2026-12-04T21:00:01"_s,
                              u"2026-12-05T00:00:01"_s,
                              u"2026-12-05T03:00:01"_s,
                              u"2026-12-05T04:00:01"_s}) {
        r.clock = utc(at);
        r.scheduler.check();
    }
    QCOMPARE(r.started,
             (QStringList{u"sync"_s, u"sync"_s, u"reset-usage"_s, u"enrich"_s, u"export"_s}));
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-05T09:00:00"_s)));
}

void TestScheduler::skipsAJobStillRunning()
{
    Rig r;
    r.clock = utc(u"2026-12-04T08:00:00"_s);
    r.scheduler.setJobs(defaultJobs());
    r.scheduler.start(std::nullopt);
    QSignalSpy skipped(&r.scheduler, &Scheduler::jobSkipped);
    r.running.insert(u"sync"_s);
    r.clock = utc(u"2026-12-04T09:00:01"_s);
    r.scheduler.check();
    QVERIFY(r.started.isEmpty());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().first().toString(), u"sync"_s);
    // It does not start late once the running one ends: the next run is at 21:00.
    r.running.clear();
    r.clock = utc(u"2026-12-04T09:30:00"_s);
    r.scheduler.check();
    QVERIFY(r.started.isEmpty());
    QCOMPARE(r.scheduler.nextRun(u"sync"_s), std::optional<qint64>(utc(u"2026-12-04T21:00:00"_s)));
}

void TestScheduler::catchesUpOnceAtStartUp()
{
    Rig r;
    // Closed at 22:00 on the 3rd, opened at 10:00 on the 4th: sync (09:00), reset (00:00) and
    // enrich (03:00) were missed and run once; export (04:00) does not catch up.
    r.clock = utc(u"2026-12-04T10:00:00"_s);
    r.scheduler.setJobs(defaultJobs());
    r.scheduler.start(utc(u"2026-12-03T22:00:00"_s));
    QStringList started = r.started;
    started.sort();
    QCOMPARE(started, (QStringList{u"enrich"_s, u"reset-usage"_s, u"sync"_s}));
    // Each for the time it missed last.
    QCOMPARE(r.dues.at(r.started.indexOf(u"sync"_s)),
             std::optional<qint64>(utc(u"2026-12-04T09:00:00"_s)));
    QCOMPARE(r.dues.at(r.started.indexOf(u"enrich"_s)),
             std::optional<qint64>(utc(u"2026-12-04T03:00:00"_s)));
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-04T21:00:00"_s)));
}

void TestScheduler::clockJumps()
{
    Rig r;
    r.clock = utc(u"2026-12-04T08:00:00"_s);
    r.scheduler.setJobs(defaultJobs());
    r.scheduler.start(std::nullopt);
    // A wake from a long sleep: the clock is now past two sync times; sync runs once.
    r.clock = utc(u"2026-12-05T10:00:00"_s);
    r.scheduler.check();
    QCOMPARE(r.started.count(u"sync"_s), 1);
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-05T21:00:00"_s)));
    // The clock is set back an hour: nothing runs again, and the timer still aims at 21:00.
    r.started.clear();
    r.clock = utc(u"2026-12-05T09:00:00"_s);
    r.scheduler.check();
    QVERIFY(r.started.isEmpty());
    QCOMPARE(r.scheduler.armedFor(), std::optional<qint64>(utc(u"2026-12-05T21:00:00"_s)));
    // A job switched off is not armed for.
    QList<ScheduledJob> jobs = defaultJobs();
    for (ScheduledJob &job : jobs) {
        job.enabled = false;
    }
    r.scheduler.setJobs(jobs);
    QVERIFY(!r.scheduler.armedFor());
    QVERIFY(!r.scheduler.nextRun(u"sync"_s));
}

void TestScheduler::runNow()
{
    Rig r;
    r.clock = utc(u"2026-12-04T08:00:00"_s);
    r.scheduler.setJobs(defaultJobs());
    r.scheduler.start(std::nullopt);
    QSignalSpy startedSpy(&r.scheduler, &Scheduler::jobStarted);
    QVERIFY(r.scheduler.runNow(u"export"_s));
    QCOMPARE(startedSpy.size(), 1);
    QCOMPARE(startedSpy.first().at(1).toBool(), false); // not scheduled
    QCOMPARE(r.dues, QList<std::optional<qint64>>{std::nullopt});
    r.running.insert(u"export"_s);
    QVERIFY(!r.scheduler.runNow(u"export"_s));
    QCOMPARE(r.started, QStringList{u"export"_s});
}

void TestScheduler::theTimerFiresAtTheDueTime()
{
    // The real clock and the real timer: a job due a second from now starts by itself.
    QStringList started;
    Scheduler scheduler(
            QTimeZone::utc(),
            [&](const QString &id, std::optional<qint64>) {
                started.append(id);
                return true;
            },
            [](const QString &) { return false; });
    const QDateTime due = QDateTime::currentDateTimeUtc().addMSecs(1200);
    scheduler.setJobs({{u"soon"_s, {due.time()}, true, true}});
    scheduler.start(std::nullopt);
    QCOMPARE(scheduler.armedFor(), std::optional<qint64>(due.toMSecsSinceEpoch()));
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{u"soon"_s}, 10000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= due.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
