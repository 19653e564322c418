#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <optional>

/// One job the scheduler runs every day at the given local times.
struct ScheduledJob
{
    QString id; ///< "sync", "enrich", "export", "reset-usage"
    QList<QTime> times;
    bool enabled = true;
    /// When a due time passed while the app was closed, run once at start-up.
    bool catchUp = true;
};

/// Runs daily jobs while the window is open, with one QTimer on the GUI thread armed for the
/// next due time (never a poll). After each firing it re-arms; when the wall clock jumped
/// (a change of time or zone, a wake from sleep) it re-computes instead of trusting the timer.
/// A job is never started while it runs; one whose time passed while it ran, or while the app
/// was closed, runs once.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    /// `startJob(id, dueMs)` starts the job for its due time (nothing for Run now), or begins
    /// claiming it from the other desktops, and says whether it did; `isRunning(id)` says
    /// whether it runs now. `wallClock` gives milliseconds since the epoch (tests step their
    /// own).
    using StartJob = std::function<bool(const QString &id, std::optional<qint64> dueMs)>;

    Scheduler(QTimeZone zone,
              StartJob startJob,
              std::function<bool(const QString &)> isRunning,
              std::function<qint64()> wallClock = {},
              QObject *parent = nullptr);

    void setJobs(const QList<ScheduledJob> &jobs);
    void setTimeZone(const QTimeZone &zone);
    /// Starts scheduling. Jobs due since `lastSeenMs` (when the app last ran; nothing for a
    /// first start) run now, once each, when they catch up.
    void start(std::optional<qint64> lastSeenMs);
    void stop();

    /// The next time `id` is due (nothing when it is off or unknown).
    std::optional<qint64> nextRun(const QString &id) const;
    /// When the timer fires next; nothing when no job is on.
    std::optional<qint64> armedFor() const { return m_armedFor; }
    /// Runs `id` now unless it is running; true when it started.
    bool runNow(const QString &id);

    /// What the timer does when it fires; public for tests, which step the clock instead of
    /// waiting.
    void check();

signals:
    /// A job was started (`scheduled` false for Run now).
    void jobStarted(const QString &id, bool scheduled);
    /// A due job did not start (it was still running, or would not start).
    void jobSkipped(const QString &id, const QString &reason);
    /// The next due times changed.
    void scheduleChanged();

private:
    qint64 now() const;
    void arm();
    void runDue(qint64 fromMs, qint64 toMs, bool startUp);

    QTimeZone m_zone;
    StartJob m_startJob;
    std::function<bool(const QString &)> m_isRunning;
    std::function<qint64()> m_wallClock;
    QList<ScheduledJob> m_jobs;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_armedAtWallMs = 0;
    qint64 m_lastCheckMs = 0;
    std::optional<qint64> m_armedFor;
    bool m_running = false;
};
