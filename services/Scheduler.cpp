#include "services/Scheduler.h"

#include "services/Logging.h"
#include "services/Schedule.h"

#include <QDateTime>

#include <algorithm>

namespace {

/// Timers fire a little late; more than this apart from the monotonic clock is a jump.
constexpr qint64 JUMP_TOLERANCE_MS = 2000;
/// QTimer takes an int: a timer further out is re-armed when it fires.
constexpr qint64 LONGEST_WAIT_MS = 24LL * 3600 * 1000;

} // namespace

Scheduler::Scheduler(QTimeZone zone,
                     StartJob startJob,
                     std::function<bool(const QString &)> isRunning,
                     std::function<qint64()> wallClock,
                     QObject *parent)
    : QObject(parent)
    , m_zone(std::move(zone))
    , m_startJob(std::move(startJob))
    , m_isRunning(std::move(isRunning))
    , m_wallClock(std::move(wallClock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
}

qint64 Scheduler::now() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch();
}

void Scheduler::setJobs(const QList<ScheduledJob> &jobs)
{
    m_jobs = jobs;
    if (m_running) {
        arm();
    }
}

void Scheduler::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (m_running) {
        arm();
    }
}

void Scheduler::start(std::optional<qint64> lastSeenMs)
{
    m_running = true;
    const qint64 t = now();
    m_lastCheckMs = t;
    if (lastSeenMs && *lastSeenMs < t) {
        runDue(*lastSeenMs, t, true);
    }
    arm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_armedFor.reset();
}

std::optional<qint64> Scheduler::nextRun(const QString &id) const
{
    for (const ScheduledJob &job : m_jobs) {
        if (job.id == id && job.enabled) {
            return Schedule::nextDue(job.times, m_zone, std::max(now(), m_lastCheckMs));
        }
    }
    return std::nullopt;
}

bool Scheduler::runNow(const QString &id)
{
    if (m_isRunning(id)) {
        emit jobSkipped(id, tr("It is running already."));
        return false;
    }
    if (!m_startJob(id, std::nullopt)) {
        emit jobSkipped(id, tr("It could not start."));
        return false;
    }
    emit jobStarted(id, false);
    return true;
}

void Scheduler::check()
{
    if (!m_running) {
        return;
    }
    const qint64 t = now();
    if (Schedule::wallClockJumped(m_armedAtWallMs, t, m_monotonic.elapsed(), JUMP_TOLERANCE_MS)) {
        qCInfo(lcScheduler) << "The wall clock jumped; the schedule is computed again."
                            << "seconds:" << ((t - m_armedAtWallMs) - m_monotonic.elapsed()) / 1000;
    }
    if (t >= m_lastCheckMs) {
        runDue(m_lastCheckMs, t, false);
        m_lastCheckMs = t;
    }
    // Else the clock went back: due times up to the last check have had their run, and the
    // timer is armed for the first due time after it, so nothing runs twice.
    arm();
}

void Scheduler::runDue(qint64 fromMs, qint64 toMs, bool startUp)
{
    for (const ScheduledJob &job : std::as_const(m_jobs)) {
        if (!job.enabled || (startUp && !job.catchUp)) {
            continue;
        }
        const auto due = Schedule::lastDueBetween(job.times, m_zone, fromMs, toMs);
        if (!due) {
            continue;
        }
        if (m_isRunning(job.id)) {
            qCInfo(lcScheduler) << "A scheduled job is still running; this run is skipped."
                                << "job:" << job.id;
            emit jobSkipped(job.id, tr("The previous run was still going."));
            continue;
        }
        if (!m_startJob(job.id, due)) {
            emit jobSkipped(job.id, tr("It could not start."));
            continue;
        }
        qCInfo(lcScheduler) << "A scheduled job is due; it starts unless another desktop has it."
                            << "job:" << job.id << "catching up:" << startUp;
        emit jobStarted(job.id, true);
    }
}

void Scheduler::arm()
{
    m_timer.stop();
    m_armedFor.reset();
    const qint64 t = now();
    const qint64 after = std::max(t, m_lastCheckMs);
    for (const ScheduledJob &job : std::as_const(m_jobs)) {
        if (!job.enabled) {
            continue;
        }
        if (const auto due = Schedule::nextDue(job.times, m_zone, after)) {
            m_armedFor = std::min(m_armedFor.value_or(*due), *due);
        }
    }
    if (m_armedFor) {
        m_armedAtWallMs = t;
        m_monotonic.start();
        // A few ms past the due time, so that the check sees it as passed.
        const qint64 wait = std::clamp<qint64>(*m_armedFor - t + 5, 0, LONGEST_WAIT_MS);
        m_timer.start(static_cast<int>(wait));
    }
    emit scheduleChanged();
}
