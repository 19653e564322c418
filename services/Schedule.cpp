#include "services/Schedule.h"

#include <QDateTime>

#include <algorithm>
#include <cstdlib>

namespace Schedule {

std::optional<qint64> occurrence(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid() || !date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time) {
        const qint64 at = local.toMSecsSinceEpoch();
        // A time that happens twice (clocks went back over it): Qt may give the later one;
        // the earlier is the offset difference before it.
        const auto offsetAt = [&zone](qint64 ms) {
            return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        };
        const int before = offsetAt(at - 6LL * 3600 * 1000);
        const int after = offsetAt(at);
        if (before > after) {
            const qint64 earlier = at - qint64(before - after) * 1000;
            const QDateTime e = QDateTime::fromMSecsSinceEpoch(earlier, zone);
            if (e.date() == date && e.time() == time) {
                return earlier;
            }
        }
        return at;
    }
    // The time falls in a gap: the job is due when the gap ends, at the day's transition.
    const QDateTime dayBefore(date.addDays(-1), QTime(12, 0), zone);
    const QTimeZone::OffsetData transition = zone.nextTransition(dayBefore);
    if (transition.atUtc.isValid() && transition.atUtc.toTimeZone(zone).date() == date) {
        return transition.atUtc.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<qint64> nextDue(const QList<QTime> &times, const QTimeZone &zone, qint64 afterMs)
{
    if (times.isEmpty() || !zone.isValid()) {
        return std::nullopt;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(afterMs, zone).date();
    std::optional<qint64> best;
    // Yesterday to two days on covers every offset and transition.
    for (int day = -1; day <= 2; ++day) {
        for (const QTime &time : times) {
            const auto at = occurrence(today.addDays(day), time, zone);
            if (at && *at > afterMs) {
                best = std::min(best.value_or(*at), *at);
            }
        }
    }
    return best;
}

std::optional<qint64> lastDueBetween(const QList<QTime> &times,
                                     const QTimeZone &zone,
                                     qint64 fromMs,
                                     qint64 toMs)
{
    if (times.isEmpty() || !zone.isValid() || toMs <= fromMs) {
        return std::nullopt;
    }
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    std::optional<qint64> latest;
    // Walk back from the end; a long absence needs only the most recent due time.
    for (QDate date = last.addDays(1); date >= first.addDays(-1); date = date.addDays(-1)) {
        for (const QTime &time : times) {
            const auto at = occurrence(date, time, zone);
            if (at && *at > fromMs && *at <= toMs) {
                latest = std::max(latest.value_or(*at), *at);
            }
        }
        if (latest && date < QDateTime::fromMSecsSinceEpoch(*latest, zone).date().addDays(-1)) {
            break;
        }
    }
    return latest;
}

bool wallClockJumped(qint64 wallAtStartMs,
                     qint64 wallNowMs,
                     qint64 monotonicElapsedMs,
                     qint64 toleranceMs)
{
    return std::llabs((wallNowMs - wallAtStartMs) - monotonicElapsedMs) > toleranceMs;
}

} // namespace Schedule
