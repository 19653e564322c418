#pragma once

#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

/// The scheduler's due-time arithmetic, pure and separate from any timer: when a daily job at
/// given local times is next due, whether a run was missed while the app was closed, and
/// whether the wall clock jumped while a timer waited. Instants are milliseconds since the
/// epoch (UTC).
///
/// Local times follow the zone's daylight-saving rules: a time that does not exist on a day
/// (clocks go forward over it) is due when the gap ends; a time that occurs twice (clocks go
/// back) is due once, at its first occurrence.
namespace Schedule {

/// The instant `time` happens on `date` in `zone`; nothing when the zone is invalid.
std::optional<qint64> occurrence(QDate date, QTime time, const QTimeZone &zone);

/// The first instant strictly after `afterMs` at which one of `times` (local to `zone`) is
/// due; nothing when `times` is empty.
std::optional<qint64> nextDue(const QList<QTime> &times, const QTimeZone &zone, qint64 afterMs);

/// The latest instant in (`fromMs`, `toMs`] at which one of `times` was due: a run missed
/// between the last run (or the last time the app was open) and now; nothing when none was.
std::optional<qint64> lastDueBetween(const QList<QTime> &times,
                                     const QTimeZone &zone,
                                     qint64 fromMs,
                                     qint64 toMs);

/// Whether the wall clock moved differently from the monotonic clock by more than
/// `toleranceMs` while `monotonicElapsedMs` passed (a change of time or time zone, or a wake
/// from sleep): the next due time must then be computed again.
bool wallClockJumped(qint64 wallAtStartMs,
                     qint64 wallNowMs,
                     qint64 monotonicElapsedMs,
                     qint64 toleranceMs);

} // namespace Schedule
